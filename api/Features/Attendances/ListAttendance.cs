using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Search;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Attendances;

/// <summary>An event's list of participants, with search, filters, sorting, paging and the counts of the whole list.</summary>
/// <param name="Id">The event.</param>
/// <param name="Q">Free text in the name or positions, ignoring case and diacritics.</param>
/// <param name="Role">Only this role.</param>
/// <param name="Status">Only this status.</param>
/// <param name="Page">1-based page number (default 1).</param>
/// <param name="PageSize">Items per page, 1..100 (default 20).</param>
/// <param name="Sort">fullName, role, status, checkedInAt or addedAt; prefix with - for descending (default fullName).</param>
public sealed record ListAttendanceQuery(
    Guid Id, string? Q = null, QueryEnum<AttendanceRole>? Role = null, QueryEnum<AttendanceStatus>? Status = null,
    int? Page = null, int? PageSize = null, string? Sort = null)
    : IQuery<AttendanceList>, IPagedQuery;

public sealed class ListAttendanceValidator() : PagedQueryValidator<ListAttendanceQuery, Attendance>(ListAttendanceHandler.Sorts);

public sealed class ListAttendanceHandler(AntqReadDbContext db, CurrentActor actor) : IQueryHandler<ListAttendanceQuery, AttendanceList>
{
    internal static readonly SortMap<Attendance> Sorts = new SortMap<Attendance>("fullName")
        .Add("fullName", a => a.Participant.FullName)
        .Add("role", a => a.Role)
        .Add("status", a => a.Status)
        // Not checked in (or without a time) counts as earliest, so "-checkedInAt" starts with the latest arrivals.
        .Add("checkedInAt", a => a.CheckedInAt ?? DateTimeOffset.MinValue)
        .Add("addedAt", a => a.CreatedAt);

    /// <summary>An event's list narrowed by the list's filters (the export takes the same).</summary>
    internal static IQueryable<Attendance> Filter(IQueryable<Attendance> attendances, Guid eventId, string? q, AttendanceRole? role, AttendanceStatus? status)
    {
        attendances = attendances.Where(a => a.EventId == eventId).WhereMatches(q, a => a.Participant.SearchText);
        if (role is { } r)
            attendances = attendances.Where(a => a.Role == r);
        if (status is { } s)
            attendances = attendances.Where(a => a.Status == s);
        return attendances;
    }

    public async ValueTask<AttendanceList> Handle(ListAttendanceQuery query, CancellationToken cancellationToken)
    {
        var speakers = await AttendanceReading.SpeakersOfVisibleEventAsync(db, actor, query.Id, cancellationToken);
        var attendances = Filter(db.Attendances.AsNoTracking(), query.Id, query.Q, query.Role?.Value, query.Status?.Value);
        var page = await Sorts.Apply(attendances, query.Sort).ProjectToResponse().ToPagedListAsync(query, cancellationToken);
        var counts = await AttendanceReading.CountsAsync(db, query.Id, cancellationToken);
        return new AttendanceList([.. page.Items.Select(a => a.For(actor, speakers))], page.Page, page.PageSize, page.TotalCount, counts);
    }
}
