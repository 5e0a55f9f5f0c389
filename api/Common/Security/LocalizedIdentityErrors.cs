using Antq.Api.Common.Api;
using Microsoft.AspNetCore.Identity;

namespace Antq.Api.Common.Security;

/// <summary>Identity's reasons for refusing a password or an account, in the request's language like every other message.</summary>
public sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort),
        $"Mật khẩu phải có ít nhất {length} ký tự.", $"Passwords must be at least {length} characters.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit),
        "Mật khẩu phải có ít nhất một chữ số (0-9).", "Passwords must have at least one digit ('0'-'9').");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower),
        "Mật khẩu phải có ít nhất một chữ thường (a-z).", "Passwords must have at least one lowercase ('a'-'z').");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper),
        "Mật khẩu phải có ít nhất một chữ hoa (A-Z).", "Passwords must have at least one uppercase ('A'-'Z').");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric),
        "Mật khẩu phải có ít nhất một ký tự không phải chữ hoặc số.", "Passwords must have at least one non alphanumeric character.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars),
        $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau.", $"Passwords must use at least {uniqueChars} different characters.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch),
        "Mật khẩu hiện tại không đúng.", "The current password is not correct.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail),
        "Đã có tài khoản với email này.", "An account with this email already exists.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName),
        "Đã có tài khoản với email này.", "An account with this email already exists.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail),
        "Email không hợp lệ.", "The email is not valid.");

    private static IdentityError Error(string code, string vi, string en) => new() { Code = code, Description = Localized.Text(vi, en) };
}
