using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Antq.Api.Data;
using Antq.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Common.Search;

/// <summary>
/// The one accent- and case-insensitive search every list's <c>q</c> uses. The database folds both the stored
/// column (a generated column with a trigram GIN index) and the query terms with the same immutable
/// <c>antq_fold</c> function (unaccent + lower), so "dinh cong", "ĐỊNH CÔNG" and "Định Công" all match.
/// </summary>
public static class SearchText
{
    /// <summary>The SQL function, created by the initial migration, that folds text for search.</summary>
    public const string FoldFunction = "antq_fold";

    private const int MaxTerms = 8;

    /// <summary>Keeps the rows whose search text contains every whitespace-separated term of <paramref name="q"/>.</summary>
    public static IQueryable<T> WhereMatches<T>(this IQueryable<T> query, string? q) where T : ISearchable =>
        query.WhereMatches(q, e => e.SearchText);

    /// <summary>The same search over another record's search text, e.g. the participant behind an attendance.</summary>
    public static IQueryable<T> WhereMatches<T>(this IQueryable<T> query, string? q, Expression<Func<T, string>> searchText)
    {
        foreach (var term in Terms(q))
        {
            var pattern = "%" + EscapeLike(term) + "%";
            // The escape character is named: without it Npgsql writes ESCAPE '' and the escaped % and _ would never match.
            Expression<Func<string, bool>> matches = text => EF.Functions.Like(text, AntqDbContext.Fold(pattern), @"\");
            var body = new Substitution(matches.Parameters[0], searchText.Body).Visit(matches.Body);
            query = query.Where(Expression.Lambda<Func<T, bool>>(body, searchText.Parameters));
        }
        return query;
    }

    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }

    /// <summary>The SQL expression that folds a column for a generated search column.</summary>
    public static string FoldSql(params string[] columns) =>
        $"{FoldFunction}({string.Join(" || ' ' || ", columns.Select(c => $"coalesce({c}, '')"))})";

    internal static IEnumerable<string> Terms(string? q) =>
        string.IsNullOrWhiteSpace(q)
            ? []
            : q.Normalize(NormalizationForm.FormC)
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true))
                .Take(MaxTerms);

    private static string EscapeLike(string term) =>
        term.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
