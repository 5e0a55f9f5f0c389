using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Search;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Units;

/// <summary>Lists units with search, filters, sorting and paging.</summary>
/// <param name="Q">Free text in the name, ignoring case and diacritics ("dinh cong" finds "phường Định Công").</param>
/// <param name="Kind">Only units of this kind.</param>
/// <param name="Level">Only units at this level.</param>
/// <param name="ParentId">Only the direct children of this unit.</param>
/// <param name="Dissolved">true: only dissolved units; false: only units that exist today; absent: both.</param>
/// <param name="Page">1-based page number (default 1).</param>
/// <param name="PageSize">Items per page, 1..100 (default 20).</param>
/// <param name="Sort">name, kind, level or createdAt; prefix with - for descending (default name).</param>
public sealed record ListUnitsQuery(
    string? Q = null,
    QueryEnum<UnitKind>? Kind = null,
    QueryEnum<UnitLevel>? Level = null,
    Guid? ParentId = null,
    bool? Dissolved = null,
    int? Page = null,
    int? PageSize = null,
    string? Sort = null) : IQuery<PagedList<UnitResponse>>, IPagedQuery;

public sealed class ListUnitsValidator() : PagedQueryValidator<ListUnitsQuery, Unit>(ListUnitsHandler.Sorts);

public sealed class ListUnitsHandler(AntqReadDbContext db) : IQueryHandler<ListUnitsQuery, PagedList<UnitResponse>>
{
    internal static readonly SortMap<Unit> Sorts = new SortMap<Unit>("name")
        .Add("name", u => u.Name)
        .Add("kind", u => u.Kind)
        .Add("level", u => u.Level)
        .Add("createdAt", u => u.CreatedAt);

    public async ValueTask<PagedList<UnitResponse>> Handle(ListUnitsQuery query, CancellationToken cancellationToken)
    {
        var units = db.Units.AsNoTracking().WhereMatches(query.Q);
        if (query.Kind?.Value is { } kind)
            units = units.Where(u => u.Kind == kind);
        if (query.Level?.Value is { } level)
            units = units.Where(u => u.Level == level);
        if (query.ParentId is { } parentId)
            units = units.Where(u => u.ParentId == parentId);
        if (query.Dissolved is { } dissolved)
            units = dissolved ? units.Where(u => u.DissolvedOn != null) : units.Where(u => u.DissolvedOn == null);

        return await Sorts.Apply(units, query.Sort).ProjectToResponse().ToPagedListAsync(query, cancellationToken);
    }
}
