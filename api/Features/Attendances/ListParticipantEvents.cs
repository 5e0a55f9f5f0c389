using Antq.Api.Common.Errors;
using Antq.Api.Common.Paging;
using Antq.Api.Data;
using Antq.Api.Common.Security;
using Antq.Api.Domain;
using Antq.Api.Features.Events;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Attendances;

/// <summary>The events a participant is on the list of, newest first.</summary>
/// <param name="Id">The participant.</param>
/// <param name="Page">1-based page number (default 1).</param>
/// <param name="PageSize">Items per page, 1..100 (default 20).</param>
public sealed record ListParticipantEventsQuery(Guid Id, int? Page = null, int? PageSize = null) : IQuery<PagedList<ParticipantEventResponse>>, IPageRequest;

/// <summary>An event on a participant's page: the event, their role and whether they came.</summary>
public sealed record ParticipantEventResponse(
    Guid EventId, string Title, EventKind Kind, EventStatus EventStatus, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Venue,
    AttendanceRole Role, AttendanceStatus Status, DateTimeOffset? CheckedInAt, bool Speaks);

public sealed class ListParticipantEventsValidator : PageRequestValidator<ListParticipantEventsQuery>;

public sealed class ListParticipantEventsHandler(AntqReadDbContext db, CurrentActor actor) : IQueryHandler<ListParticipantEventsQuery, PagedList<ParticipantEventResponse>>
{
    public async ValueTask<PagedList<ParticipantEventResponse>> Handle(ListParticipantEventsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Participants.AnyAsync(p => p.Id == query.Id, cancellationToken))
            throw NotFoundException.Of<Participant>(query.Id);

        var visibleEvents = db.Events.AsNoTracking().VisibleTo(actor);
        var rows = from a in db.Attendances.AsNoTracking()
                   join e in visibleEvents on a.EventId equals e.Id
                   where a.ParticipantId == query.Id
                   orderby e.StartsAt descending, e.Id
                   select new { e.Id, e.Title, e.Kind, e.Status, e.StartsAt, e.EndsAt, e.Venue, a.Role, AttendanceStatus = a.Status, a.CheckedInAt, e.Agenda };
        var page = await rows.ToPagedListAsync(query, cancellationToken);
        return page.Select(r => new ParticipantEventResponse(r.Id, r.Title, r.Kind, r.Status, r.StartsAt, r.EndsAt, r.Venue, r.Role, r.AttendanceStatus, r.CheckedInAt,
            r.Agenda.Any(i => i.SpeakerId == query.Id)));
    }
}
