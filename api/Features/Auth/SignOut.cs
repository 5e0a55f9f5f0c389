using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Auth;

/// <summary>Ends the caller's sign-in on the server: its refresh tokens and access tokens stop working at once.</summary>
[AuditRecord(AuditRecordType.User)]
public sealed record SignOutCommand : ICommand, IOwnAccountCommand;

public sealed class SignOutHandler(AntqDbContext db, CurrentActor actor, TimeProvider time) : ICommandHandler<SignOutCommand>
{
    public async ValueTask<Mediator.Unit> Handle(SignOutCommand command, CancellationToken cancellationToken)
    {
        // Only this sign-in: the person's other devices stay signed in.
        var now = time.GetUtcNow();
        await db.RefreshTokens.Where(t => t.FamilyId == actor.SessionId && t.UserId == actor.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
        return Mediator.Unit.Value;
    }
}
