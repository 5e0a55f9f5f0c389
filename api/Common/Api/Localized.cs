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
}
