using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;

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
        db.Events.Remove(evt);
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}
