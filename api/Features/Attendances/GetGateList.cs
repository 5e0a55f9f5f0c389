using Antq.Api.Common.Errors;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Antq.Api.Features.Events;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Attendances;

/// <summary>The whole list of an event in one answer, with check-in codes: what a gate device keeps to work offline.</summary>
public sealed record GetGateListQuery(Guid EventId) : IQuery<GateList>, IScopedQuery;

/// <summary>Only those who may check people in to this event get its codes.</summary>
public sealed class GetGateListScope(AntqDbContext db) : IUnitScope<GetGateListQuery>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(GetGateListQuery query, CancellationToken ct) =>
        EventScope.HostUnitsAsync(db, query.EventId, null, ct);
}

/// <summary>An event's whole list for the gate, with the time it was read (check-ins after it are not in it).</summary>
public sealed record GateList(
    Guid EventId, string Title, EventStatus Status, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Venue,
    bool AcceptsCheckIns, DateTimeOffset ReadAt, AttendanceCounts Counts, IReadOnlyList<AttendanceResponse> Items);

public sealed class GetGateListHandler(AntqDbContext db, CurrentActor actor, TimeProvider time) : IQueryHandler<GetGateListQuery, GateList>
{
    public async ValueTask<GateList> Handle(GetGateListQuery query, CancellationToken cancellationToken)
    {
        var readAt = time.GetUtcNow();
        var evt = await db.Events.AsNoTracking().Where(e => e.Id == query.EventId)
            .Select(e => new { e.Title, e.Status, e.StartsAt, e.EndsAt, e.Venue, e.Agenda })
            .SingleOrDefaultAsync(cancellationToken) ?? throw NotFoundException.Of<Event>(query.EventId);
        var speakers = Event.SpeakersOf(evt.Agenda);
        var items = await db.Attendances.AsNoTracking().Where(a => a.EventId == query.EventId)
            .OrderBy(a => a.Participant.FullName).ThenBy(a => a.Id)
            .ProjectToResponse().ToListAsync(cancellationToken);
        var counts = await AttendanceReading.CountsAsync(db, query.EventId, cancellationToken);
        return new GateList(query.EventId, evt.Title, evt.Status, evt.StartsAt, evt.EndsAt, evt.Venue,
            evt.Status is not (EventStatus.Completed or EventStatus.Cancelled), readAt, counts, [.. items.Select(a => a.For(actor, speakers))]);
    }
}
