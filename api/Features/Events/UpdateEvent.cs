using System.Text.Json.Serialization;
using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;

namespace Antq.Api.Features.Events;

/// <summary>Revises an event's details, services and programme (not its status).</summary>
[AuditRecord(AuditRecordType.Event)]
[AcceptsRepresentation(typeof(EventResponse))]
public sealed record UpdateEventCommand : EventFields, ICommand<EventResponse>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

public sealed class UpdateEventValidator(AntqDbContext db) : EventFieldsValidator<UpdateEventCommand>(db);

public sealed class UpdateEventScope(AntqDbContext db) : IUnitScope<UpdateEventCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(UpdateEventCommand command, CancellationToken ct) =>
        EventScope.HostUnitsAsync(db, command.Id, command.HostUnitId, ct);
}

public sealed class UpdateEventHandler(AntqDbContext db, ISender sender) : ICommandHandler<UpdateEventCommand, EventResponse>
{
    public async ValueTask<EventResponse> Handle(UpdateEventCommand command, CancellationToken cancellationToken)
    {
        var evt = await db.Events.FindForWriteAsync(command, cancellationToken);
        evt.Revise(command.ToPlan());
        await EventSpeakers.PutOnListAsync(db, evt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetEventQuery(evt.Id), cancellationToken);
    }
}
