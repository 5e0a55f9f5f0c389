using System.Globalization;

namespace Antq.Api.Common.Api;

/// <summary>
/// Messages a person reads (validation and problem details) in the request's language: Vietnamese when the client
/// asks for it (the web client does), English otherwise. FluentValidation's built-in messages follow the same culture.
/// </summary>
public static class Localized
{
    public static readonly CultureInfo[] Cultures = [new("en"), new("vi")];

    public static bool IsVietnamese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi";

    public static string Text(string vi, string en) => IsVietnamese ? vi : en;

    /// <summary>
    /// For code outside request localization (the exception handler, status-code pages), whose culture does not flow back
    /// out to it: take the caller's language from the request.
    /// </summary>
    public static void FollowRequest(HttpContext http)
    {
        if (http.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>()?.RequestCulture.UICulture is { } culture)
            CultureInfo.CurrentUICulture = culture;
    }
}
