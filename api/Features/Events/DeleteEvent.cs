using Antq.Api.Common.Api;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Events;

/// <summary>Deletes an event. Records that refer to it (awards, attendance) make this a 409.</summary>
[AuditRecord(AuditRecordType.Event)]
public sealed record DeleteEventCommand(Guid Id, int? ExpectedVersion) : ICommand, IVersionedCommand;

public sealed class DeleteEventScope(AntqDbContext db) : IUnitScope<DeleteEventCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(DeleteEventCommand command, CancellationToken ct) =>
        EventScope.HostUnitsAsync(db, command.Id, null, ct);
}

public sealed class DeleteEventHandler(AntqDbContext db) : ICommandHandler<DeleteEventCommand>
{
    public async ValueTask<Mediator.Unit> Handle(DeleteEventCommand command, CancellationToken cancellationToken)
    {
        var evt = await db.Events.FindForWriteAsync(command, cancellationToken);
        // Its list goes with it; the awards presented at it are records of their own and stay.
        var awards = await db.Awards.CountAsync(a => a.EventId == command.Id, cancellationToken);
        if (awards > 0)
            throw new DomainRuleException(Localized.Text(
                $"Sự kiện có {awards} khen thưởng được trao: bỏ sự kiện khỏi các khen thưởng đó trước.",
                $"The event has {awards} award(s) presented at it: take the event off those awards first."));
        db.Events.Remove(evt);
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}
