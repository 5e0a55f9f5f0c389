using System.Text.Json.Serialization;
using Antq.Api.Common.Api;
using Antq.Api.Common.Behaviors;
using Antq.Api.Common.Security;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Antq.Api.Features.Auth;

/// <summary>Sign-in with email and password.</summary>
[AuditRecord(AuditRecordType.User)]
public sealed record LoginCommand : ICommand<AccessTokenResponse>, IKeepsWritesWhenRefused, INamesItsActor, IOwnAccountCommand
{
    /// <example>admin@antq.local</example>
    [FieldLabel("Email", "Email")]
    public string? Email { get; init; }

    [FieldLabel("Mật khẩu", "Password")]

    public string? Password { get; init; }

    /// <summary>The audit log names the email tried, never the password.</summary>
    [JsonIgnore]
    public string? ActorName => Email?.Trim();
}

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(1024);
    }
}

/// <summary>
/// Identity's password check with lockout. Unknown emails, wrong passwords and locked accounts get the same 401, and an
/// unknown email costs a password hash too, so neither the answer nor its time tells whether an account exists.
/// </summary>
public sealed class LoginHandler(UserManager<AppUser> users, SignInManager<AppUser> signIn, TokenIssuer tokens)
    : ICommandHandler<LoginCommand, AccessTokenResponse>
{
    private static string? _unknownUserHash;

    public async ValueTask<AccessTokenResponse> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email!.Trim());
        if (user is null)
        {
            var nobody = new AppUser();
            _unknownUserHash ??= users.PasswordHasher.HashPassword(nobody, Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(nobody, _unknownUserHash, command.Password!);
            throw AuthMessages.SignInRefused();
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        if (wasLockedOut)
            // Identity refuses a locked account before hashing: hash anyway, so the time does not tell it apart either.
            users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? "", command.Password!);
        var result = await signIn.CheckPasswordSignInAsync(user, command.Password!, lockoutOnFailure: true);
        if (result.IsLockedOut && !wasLockedOut)
            await users.UpdateSecurityStampAsync(user); // the lockout ends the sessions for good, not only while it lasts
        if (!result.Succeeded)
            throw AuthMessages.SignInRefused();
        return await tokens.IssueAsync(user, familyId: null, cancellationToken);
    }
}
