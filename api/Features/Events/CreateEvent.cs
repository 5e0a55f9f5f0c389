using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;

namespace Antq.Api.Features.Events;

/// <summary>Plans a new event; it starts as a draft.</summary>
[AuditRecord(AuditRecordType.Event)]
[AcceptsRepresentation(typeof(EventResponse))]
public sealed record CreateEventCommand : EventFields, ICommand<EventResponse>;

public sealed class CreateEventValidator(AntqDbContext db) : EventFieldsValidator<CreateEventCommand>(db);

public sealed class CreateEventScope : IUnitScope<CreateEventCommand>
{
    // Without a host the validator answers 400; there is nothing to authorize yet.
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(CreateEventCommand command, CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyCollection<Guid>?>(command.HostUnitId is { } host ? [host] : null);
}

public sealed class CreateEventHandler(AntqDbContext db, ISender sender) : ICommandHandler<CreateEventCommand, EventResponse>
{
    public async ValueTask<EventResponse> Handle(CreateEventCommand command, CancellationToken cancellationToken)
    {
        var evt = new Event(command.ToPlan());
        db.Events.Add(evt);
        await EventSpeakers.PutOnListAsync(db, evt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetEventQuery(evt.Id), cancellationToken);
    }
}
