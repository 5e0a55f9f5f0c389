using Antq.Api.Common.Api;
using Antq.Api.Common.Behaviors;
using Antq.Api.Common.Security;
using Antq.Api.Domain;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Antq.Api.Features.Auth;

/// <summary>Changes the signed-in person's own password.</summary>
[AuditRecord(AuditRecordType.User)]
public sealed record ChangePasswordCommand : ICommand<AccessTokenResponse>, IOwnAccountCommand, IKeepsWritesWhenRefused
{
    [FieldLabel("Mật khẩu hiện tại", "Current password")]
    public string CurrentPassword { get; init; } = "";

    /// <summary>At least 10 characters, with a digit and a lower-case letter.</summary>
    [FieldLabel("Mật khẩu mới", "New password")]
    public string NewPassword { get; init; } = "";
}

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().MaximumLength(1024);
        RuleFor(x => x.NewPassword).NotEmpty().MaximumLength(1024)
            .NotEqual(x => x.CurrentPassword).WithMessage(_ => Localized.Text(
                "Mật khẩu mới phải khác mật khẩu hiện tại.", "The new password must differ from the current one."));
    }
}

/// <summary>
/// Checks the current password, applies Identity's password rules to the new one, and clears "must change password".
/// The security stamp changes, which ends every token the account had; the answer is a fresh pair so the caller stays
/// signed in. A wrong current password counts towards the lockout as at sign-in (so a stolen token cannot be used to
/// guess the password), which is why this command keeps its writes when refused; the change itself is one save.
/// </summary>
public sealed class ChangePasswordHandler(UserManager<AppUser> users, CurrentActor actor, TokenIssuer tokens)
    : ICommandHandler<ChangePasswordCommand, AccessTokenResponse>
{
    public async ValueTask<AccessTokenResponse> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(actor.Id.ToString()!) ?? throw AuthMessages.SessionEnded();
        if (!await users.CheckPasswordAsync(user, command.CurrentPassword))
        {
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
                await users.UpdateSecurityStampAsync(user);
            throw new ValidationException([new ValidationFailure(nameof(command.CurrentPassword), AuthMessages.WrongCurrentPassword())]);
        }

        user.MustChangePassword = false;
        var changed = await users.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword);
        if (!changed.Succeeded)
            throw new ValidationException(changed.Errors.Select(e => new ValidationFailure(nameof(command.NewPassword), e.Description)));
        await users.ResetAccessFailedCountAsync(user);
        return await tokens.IssueAsync(user, familyId: null, cancellationToken);
    }
}
