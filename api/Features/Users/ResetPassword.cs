using System.Security.Cryptography;
using Antq.Api.Common.Api;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Antq.Api.Features.Users;

/// <summary>An admin sets a one-time password for an account that lost its own.</summary>
[AuditRecord(AuditRecordType.User)]
public sealed record ResetPasswordCommand(Guid Id) : ICommand<TemporaryPasswordResponse>;

/// <summary>The temporary password, shown this once: hand it to the account's owner, who must change it at sign-in.</summary>
public sealed record TemporaryPasswordResponse(string TemporaryPassword);

/// <summary>
/// Replaces the password with a generated one, ends the account's tokens (the security stamp changes), lifts a lockout
/// and makes the owner change the password before anything else. Admins change their own password at /auth/password.
/// </summary>
public sealed class ResetPasswordHandler(UserManager<AppUser> users, AntqDbContext db, CurrentActor actor)
    : ICommandHandler<ResetPasswordCommand, TemporaryPasswordResponse>
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789"; // no l, o, 0, 1: read aloud or copied by hand
    private const int GroupLength = 4;
    private const int Groups = 4;

    public async ValueTask<TemporaryPasswordResponse> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await UserQueries.FindAsync(db, command.Id, cancellationToken);
        if (user.Id == actor.Id)
            throw new DomainRuleException(Localized.Text(
                $"Hãy đổi mật khẩu của chính bạn tại {AuthPaths.Password}.", $"Change your own password at {AuthPaths.Password} instead."));

        var temporary = Generate();
        user.MustChangePassword = true;
        await users.RemovePasswordAsync(user);
        var added = await users.AddPasswordAsync(user, temporary);
        if (!added.Succeeded)
            throw new InvalidOperationException("A generated password was refused: " + string.Join(" ", added.Errors.Select(e => e.Code)));
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return new TemporaryPasswordResponse(temporary);
    }

    /// <summary>Four groups of four random characters (about 80 bits), always with a letter and a digit.</summary>
    private static string Generate()
    {
        while (true)
        {
            var characters = RandomNumberGenerator.GetItems<char>(Alphabet, GroupLength * Groups);
            if (characters.Any(char.IsDigit) && characters.Any(char.IsLetter))
                return string.Join('-', characters.Chunk(GroupLength).Select(group => new string(group)));
        }
    }
}
