using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Search;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Initiatives;

/// <summary>Lists initiatives with search, filters, sorting and paging.</summary>
/// <param name="Q">Free text in the name or description, ignoring case and diacritics.</param>
/// <param name="Kind">Only this kind.</param>
/// <param name="Category">Only this category.</param>
/// <param name="Status">Only this status.</param>
/// <param name="UnitId">Only initiatives this unit, or a unit below it, leads or takes part in.</param>
/// <param name="EventId">Only initiatives presented or reviewed at this event.</param>
/// <param name="Year">Only initiatives running during this year: started by its end (or undated) and not ended before it.</param>
/// <param name="Page">1-based page number (default 1).</param>
/// <param name="PageSize">Items per page, 1..100 (default 20).</param>
/// <param name="Sort">name, startDate, status or createdAt; prefix with - for descending (default name).</param>
public sealed record ListInitiativesQuery(
    string? Q = null, QueryEnum<InitiativeKind>? Kind = null, QueryEnum<InitiativeCategory>? Category = null, QueryEnum<InitiativeStatus>? Status = null,
    Guid? UnitId = null, Guid? EventId = null, int? Year = null, int? Page = null, int? PageSize = null, string? Sort = null)
    : IQuery<PagedList<InitiativeResponse>>, IPagedQuery;

public sealed class ListInitiativesValidator : PagedQueryValidator<ListInitiativesQuery, Initiative>
{
    public ListInitiativesValidator() : base(ListInitiativesHandler.Sorts) =>
        RuleFor(x => x.Year).InclusiveBetween(Common.Json.VietnamTime.FirstDay.Year, Common.Json.VietnamTime.LastDay.Year);
}

public sealed class ListInitiativesHandler(AntqReadDbContext db, CurrentActor actor) : IQueryHandler<ListInitiativesQuery, PagedList<InitiativeResponse>>
{
    internal static readonly SortMap<Initiative> Sorts = new SortMap<Initiative>("name")
        .Add("name", i => i.Name)
        .Add("startDate", i => i.StartDate)
        .Add("status", i => i.Status)
        .Add("createdAt", i => i.CreatedAt);

    public async ValueTask<PagedList<InitiativeResponse>> Handle(ListInitiativesQuery query, CancellationToken cancellationToken)
    {
        var initiatives = db.Initiatives.AsNoTracking().VisibleTo(actor).WhereMatches(query.Q);
        if (query.Kind?.Value is { } kind)
            initiatives = initiatives.Where(i => i.Kind == kind);
        if (query.Category?.Value is { } category)
            initiatives = initiatives.Where(i => i.Category == category);
        if (query.Status?.Value is { } status)
            initiatives = initiatives.Where(i => i.Status == status);
        if (query.UnitId is { } unit)
        {
            var units = db.WithDescendants([unit]);
            initiatives = initiatives.Where(i => units.Contains(i.LeadUnitId) || i.Partners.Any(p => units.Contains(p.UnitId)));
        }
        if (query.EventId is { } eventId)
            initiatives = initiatives.Where(i => i.Events.Any(e => e.EventId == eventId));
        if (query.Year is { } year)
        {
            DateOnly first = new(year, 1, 1), last = new(year, 12, 31);
            initiatives = initiatives.Where(i => (i.StartDate == null || i.StartDate <= last) && (i.EndDate == null || i.EndDate >= first));
        }
        return await Sorts.Apply(initiatives, query.Sort).ProjectToResponse().ToPagedListAsync(query, cancellationToken);
    }
}
