using Antq.Api.Common.Api;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Units;

/// <summary>Deletes a unit that nothing refers to. Units with history are dissolved instead.</summary>
[AuditRecord(AuditRecordType.Unit)]
public sealed record DeleteUnitCommand(Guid Id, int? ExpectedVersion) : ICommand, IVersionedCommand;

public sealed class DeleteUnitScope(AntqDbContext db) : IUnitScope<DeleteUnitCommand>
{
    public async ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(DeleteUnitCommand command, CancellationToken ct) =>
        await db.Units.AnyAsync(u => u.Id == command.Id, ct) ? [command.Id] : null;
}

public sealed class DeleteUnitHandler(AntqDbContext db, TimeProvider time) : ICommandHandler<DeleteUnitCommand>
{
    public async ValueTask<Mediator.Unit> Handle(DeleteUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FindForWriteAsync(command, cancellationToken);
        var now = time.GetUtcNow();
        var references = await UnitReferences.CountAsync(db, unit.Id, now, cancellationToken);
        if (references.Any)
        {
            throw new DomainRuleException(Localized.Text(
                $"Đơn vị vẫn được tham chiếu bởi {references.Describe()}. Hãy đánh dấu giải thể, hoặc chuyển các bản ghi đó trước.",
                $"The unit is still referenced by {references.Describe()}. Mark it dissolved instead, or move those records first."));
        }

        // Keys that no longer work keep no hold on the unit: their limit to it goes with it.
        await db.ApiKeys.Where(k => k.RevokedAt != null || (k.ExpiresAt != null && k.ExpiresAt <= now))
            .SelectMany(k => k.Units).Where(x => x.UnitId == unit.Id).ExecuteDeleteAsync(cancellationToken);
        db.Units.Remove(unit);
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}
