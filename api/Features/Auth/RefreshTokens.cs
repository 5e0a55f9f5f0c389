using Antq.Api.Common.Api;
using Antq.Api.Common.Behaviors;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Auth;

/// <summary>A refresh token from an earlier sign-in, refresh or password change; it works once.</summary>
[AuditRecord(AuditRecordType.User)]
public sealed record RefreshTokenCommand : ICommand<AccessTokenResponse>, IKeepsWritesWhenRefused, IOwnAccountCommand
{
    [FieldLabel("Mã làm mới phiên", "Refresh token")]
    public string? RefreshToken { get; init; }
}

public sealed class RefreshTokenValidator : AbstractValidator<RefreshTokenCommand>
{
    public RefreshTokenValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(8192);
}

/// <summary>
/// Spends the refresh token and issues the next of its family. A token already spent (or revoked) means a copy is in
/// someone else's hands: the whole family is revoked, its access tokens included, and the answer is 401.
/// </summary>
public sealed class RefreshTokenHandler(TokenIssuer tokens, SignInManager<AppUser> signIn, AntqDbContext db, TimeProvider time)
    : ICommandHandler<RefreshTokenCommand, AccessTokenResponse>
{
    public async ValueTask<AccessTokenResponse> Handle(RefreshTokenCommand command, CancellationToken cancellationToken)
    {
        if (tokens.Read(command.RefreshToken!) is not var (tokenId, principal)
            || await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tokenId, cancellationToken) is not { } token)
            throw AuthMessages.SessionEnded();

        // Spent with one conditional update, so of two requests racing with the same token only one wins.
        var now = time.GetUtcNow();
        var spent = await db.RefreshTokens.Where(t => t.Id == token.Id && t.UsedAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (spent == 0)
        {
            await db.RefreshTokens.Where(t => t.FamilyId == token.FamilyId && t.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
            throw AuthMessages.SessionEnded();
        }

        if (await signIn.ValidateSecurityStampAsync(principal) is not { } user || await signIn.UserManager.IsLockedOutAsync(user))
            throw AuthMessages.SessionEnded();
        return await tokens.IssueAsync(user, token.FamilyId, cancellationToken);
    }
}
