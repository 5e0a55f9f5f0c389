using Antq.Api.Common.Api;
using Antq.Api.Common.Http;
using Antq.Api.Common.Json;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Search;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Events;

/// <summary>Lists events with search, filters, sorting and paging.</summary>
/// <param name="Q">Free text in the title or venue, ignoring case and diacritics ("dinh cong" finds "Định Công").</param>
/// <param name="Status">Only events in this status.</param>
/// <param name="Kind">Only events of this kind.</param>
/// <param name="HostUnitId">Only events hosted by this unit.</param>
/// <param name="From">Only events starting on or after this day (Vietnam time), YYYY-MM-DD.</param>
/// <param name="To">Only events starting on or before this day (Vietnam time), YYYY-MM-DD.</param>
/// <param name="Page">1-based page number (default 1).</param>
/// <param name="PageSize">Items per page, 1..100 (default 20).</param>
/// <param name="Sort">startsAt, title, status or createdAt; prefix with - for descending (default -startsAt, newest first).</param>
/// <param name="After">Walk the whole list in id order: the records after this id — 00000000-0000-0000-0000-000000000000 to start, then the last id of the previous page — until a page comes back shorter than pageSize. Not with page or sort; filters and q still apply.</param>
public sealed record ListEventsQuery(
    string? Q = null,
    QueryEnum<EventStatus>? Status = null,
    QueryEnum<EventKind>? Kind = null,
    Guid? HostUnitId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int? Page = null,
    int? PageSize = null,
    string? Sort = null,
    Guid? After = null) : IQuery<PagedList<EventResponse>>, ICursorQuery;

public sealed class ListEventsValidator : PagedQueryValidator<ListEventsQuery, Event>
{
    public ListEventsValidator() : base(ListEventsHandler.Sorts)
    {
        RuleFor(x => x.From).InclusiveBetween(VietnamTime.FirstDay, VietnamTime.LastDay);
        RuleFor(x => x.To).InclusiveBetween(VietnamTime.FirstDay, VietnamTime.LastDay);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessage(_ => Localized.Text("Đến ngày không được trước Từ ngày.", "To must not be before From."));
    }
}

public sealed class ListEventsHandler(AntqReadDbContext db, CurrentActor actor) : IQueryHandler<ListEventsQuery, PagedList<EventResponse>>
{
    internal static readonly SortMap<Event> Sorts = new SortMap<Event>("-startsAt")
        .Add("startsAt", e => e.StartsAt)
        .Add("title", e => e.Title)
        .Add("status", e => e.Status)
        .Add("createdAt", e => e.CreatedAt);

    public async ValueTask<PagedList<EventResponse>> Handle(ListEventsQuery query, CancellationToken cancellationToken)
    {
        var events = db.Events.AsNoTracking().VisibleTo(actor).WhereMatches(query.Q);
        if (query.Status?.Value is { } status)
            events = events.Where(e => e.Status == status);
        if (query.Kind?.Value is { } kind)
            events = events.Where(e => e.Kind == kind);
        if (query.HostUnitId is { } hostUnitId)
            events = events.Where(e => e.HostUnitId == hostUnitId);
        if (query.From is { } from)
        {
            var start = VietnamTime.StartOf(from);
            events = events.Where(e => e.StartsAt >= start);
        }
        if (query.To is { } to)
        {
            var end = VietnamTime.StartOf(to.AddDays(1));
            events = events.Where(e => e.StartsAt < end);
        }

        var page = await Sorts.ApplyOrWalk(events, query).ProjectToResponse().ToPagedListAsync(query, cancellationToken);
        return page with { Items = await EventSpeakers.WithNamesAsync(db, page.Items, cancellationToken) };
    }
}
