using Antq.Api.Common.Api;
using Antq.Api.Common.Errors;

namespace Antq.Api.Features.Auth;

/// <summary>The refusals sign-in, refresh and password change give, written once.</summary>
internal static class AuthMessages
{
    /// <summary>
    /// The one answer to a refused sign-in, whether the email is unknown, the password wrong or the account locked: it
    /// must not tell whether an account exists.
    /// </summary>
    public static UnauthorizedException SignInRefused() => new(Localized.Text(
        "Email hoặc mật khẩu không đúng. Sau nhiều lần nhập sai, tài khoản bị tạm khóa một thời gian: hãy thử lại sau.",
        "The email or password is not correct. After too many wrong passwords an account is locked for a while: try again later."));

    public static UnauthorizedException SessionEnded() => new(Localized.Text(
        "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.", "The session has ended. Sign in again."));

    public static string WrongCurrentPassword() => Localized.Text("Mật khẩu hiện tại không đúng.", "The current password is not correct.");
}
