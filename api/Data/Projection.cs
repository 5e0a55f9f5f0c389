using System.Linq.Expressions;

namespace Antq.Api.Data;

/// <summary>
/// Mapperly writes a query projection as a method that builds its expression tree anew on every call; building the
/// event's tree was a measurable share of reading one event (bench/RESULTS.md). The hot mappers take the tree once
/// from their generated method and reuse it.
/// </summary>
public static class Projection
{
    public static Expression<Func<TSource, TResult>> Of<TSource, TResult>(Func<IQueryable<TSource>, IQueryable<TResult>> project)
    {
        var select = (MethodCallExpression)project(Enumerable.Empty<TSource>().AsQueryable()).Expression;
        return (Expression<Func<TSource, TResult>>)((UnaryExpression)select.Arguments[1]).Operand;
    }
}
