using System.Linq.Expressions;
using Antq.Api.Domain;

namespace Antq.Api.Common.Paging;

/// <summary>The fields a list may be sorted by, by their public (camelCase) names. Ties are broken by id so pages are stable.</summary>
public sealed class SortMap<T> where T : Entity
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _fields = new(StringComparer.OrdinalIgnoreCase);

    public SortMap(string defaultSort) => Default = defaultSort;

    public string Default { get; }

    public SortMap<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _fields[name] = (query, descending) => descending ? query.OrderByDescending(key) : query.OrderBy(key);
        return this;
    }

    public bool IsValid(string? sort) => sort is null || _fields.ContainsKey(sort.TrimStart('-'));

    public string Describe() => string.Join(", ", _fields.Keys) + Api.Localized.Text(" (thêm - phía trước để xếp giảm dần)", " (prefix with - for descending)");

    /// <summary>
    /// The list's order — or, for a walk with a cursor (<see cref="ICursorQuery.After"/>), the records after that id in id
    /// order, straight from the primary key's index however far the walk has gone.
    /// </summary>
    public IQueryable<T> ApplyOrWalk(IQueryable<T> query, ICursorQuery request) => request.After is { } after
        ? query.Where(e => e.Id.CompareTo(after) > 0).OrderBy(e => e.Id)
        : Apply(query, request.Sort);

    public IQueryable<T> Apply(IQueryable<T> query, string? sort)
    {
        sort ??= Default;
        var descending = sort.StartsWith('-');
        return _fields[sort.TrimStart('-')](query, descending).ThenBy(e => e.Id);
    }
}
