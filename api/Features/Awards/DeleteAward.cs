using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;

namespace Antq.Api.Features.Awards;

/// <summary>Deletes a proposal; an award with a decision is revoked, never deleted.</summary>
[AuditRecord(AuditRecordType.Award)]
public sealed record DeleteAwardCommand(Guid Id, int? ExpectedVersion) : ICommand, IVersionedCommand;

public sealed class DeleteAwardScope(AntqDbContext db) : IUnitScope<DeleteAwardCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(DeleteAwardCommand command, CancellationToken ct) =>
        AwardScope.IssuersAsync(db, command.Id, null, ct);
}

public sealed class DeleteAwardHandler(AntqDbContext db) : ICommandHandler<DeleteAwardCommand>
{
    public async ValueTask<Mediator.Unit> Handle(DeleteAwardCommand command, CancellationToken cancellationToken)
    {
        var award = await db.Awards.FindForWriteAsync(command, cancellationToken);
        award.EnsureDeletable();
        db.Awards.Remove(award);
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}
