using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Common.Paging;

/// <summary>One page of a list, with the total so clients can show "1–20 of 123".</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

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

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, IPageRequest request, CancellationToken ct)
    {
        var page = request.Page ?? 1;
        var size = request.PageSize ?? DefaultPageSize;
        var total = await query.CountAsync(ct);
        // A page past the end is empty, never an error, however large the number (page × size may not fit an int).
        var skip = (long)(page - 1) * size;
        IReadOnlyList<T> items = skip >= total ? [] : await query.Skip((int)skip).Take(size).ToListAsync(ct);
        return new PagedList<T>(items, page, size, total);
    }
}
