using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Common.Paging;

/// <summary>
/// One page of a list, with the total so clients can show "1–20 of 123". Totals are counted exactly up to
/// <see cref="Paging.ExactCountLimit"/> items past the start of the page; beyond that <see cref="TotalCount"/> is a lower
/// bound and <see cref="TotalCountIsLowerBound"/> is true ("1.000+"): counting a million matches costs more than the page.
/// </summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, bool TotalCountIsLowerBound = false)
{
    /// <summary>The same page with each item turned into another shape.</summary>
    public PagedList<TOut> Select<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Page, PageSize, TotalCount, TotalCountIsLowerBound);
}

/// <summary>A page of a list: what <see cref="Paging.ToPagedListAsync{T}"/> needs.</summary>
public interface IPageRequest
{
    /// <summary>1-based page number.</summary>
    int? Page { get; }

    /// <summary>Items per page, 1..100.</summary>
    int? PageSize { get; }
}

/// <summary>A list with free-text search and sorting by name, as the resource lists have.</summary>
public interface IPagedQuery : IPageRequest
{
    /// <summary>Free text, matched without regard to case or Vietnamese diacritics.</summary>
    string? Q { get; }

    /// <summary>A field name, or the name prefixed with "-" for descending order.</summary>
    string? Sort { get; }
}

/// <summary>
/// A list an integrator can walk from end to end: instead of page numbers (whose offsets grow with the depth), start
/// with after=00000000-0000-0000-0000-000000000000 and ask for the records after the last id received, until a page
/// comes back shorter than pageSize.
/// </summary>
public interface ICursorQuery : IPagedQuery
{
    /// <summary>
    /// Walk the whole list in id order: the records after this id (the last one of the previous page; the nil id to
    /// start). Not with page or sort. Filters and q still apply.
    /// </summary>
    Guid? After { get; }
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Totals are exact up to this many items past the start of the page asked for; then a lower bound.</summary>
    public const int ExactCountLimit = 1000;

    /// <summary>
    /// The page and its (capped) total in one round trip: the count rides along each row as a scalar subquery, which
    /// PostgreSQL runs once. Only a page past the end, which has no rows to carry it, counts on its own.
    /// </summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, IPageRequest request, CancellationToken ct)
    {
        var page = request.Page ?? 1;
        var size = request.PageSize ?? DefaultPageSize;
        // page × size may not fit an int: such a page is past any end, and empty.
        var skip = (long)(page - 1) * size;
        var countTo = (int)Math.Min(int.MaxValue - 1, skip + Math.Max(ExactCountLimit, size));
        // The count needs no order: sorting every match (or walking the sort's index past rare ones) is what it must avoid.
        var unordered = Ordering.Without(query);
        if (skip < countTo)
        {
            var rows = await query.Skip((int)skip).Take(size)
                .Select(item => new { Item = item, Counted = unordered.Take(countTo + 1).Count() })
                .ToListAsync(ct);
            if (rows.Count > 0)
                return Page(rows.ConvertAll(r => r.Item), rows[0].Counted);
        }
        return Page([], await unordered.Take(countTo + 1).CountAsync(ct));

        PagedList<T> Page(IReadOnlyList<T> items, int counted) =>
            new(items, page, size, Math.Min(counted, countTo), TotalCountIsLowerBound: counted > countTo);
    }
}

/// <summary>
/// Drops the orderings from a query's own chain of operators, for counting: not those inside its lambdas (a subquery's
/// order can decide what it returns) nor those under a Skip or Take (they decide what is kept).
/// </summary>
internal static class Ordering
{
    private static readonly HashSet<string> Orderings = [nameof(Queryable.OrderBy), nameof(Queryable.OrderByDescending), nameof(Queryable.ThenBy), nameof(Queryable.ThenByDescending)];
    private static readonly HashSet<string> Limits = [nameof(Queryable.Skip), nameof(Queryable.Take)];

    public static IQueryable<T> Without<T>(IQueryable<T> query) => query.Provider.CreateQuery<T>(Strip(query.Expression));

    private static Expression Strip(Expression expression)
    {
        if (expression is not MethodCallExpression { Method.DeclaringType: var type } call || type != typeof(Queryable) || Limits.Contains(call.Method.Name))
            return expression;
        if (Orderings.Contains(call.Method.Name))
            return Strip(call.Arguments[0]);
        return call.Update(call.Object, [Strip(call.Arguments[0]), .. call.Arguments.Skip(1)]);
    }
}
