namespace Antq.Api.Common.Http;

public static class EndpointConventions
{
    /// <summary>Documents the problem responses every endpoint of a resource can give.</summary>
    public static RouteGroupBuilder WithProblemResponses(this RouteGroupBuilder group)
    {
        group.ProducesValidationProblem();
        group.ProducesProblem(StatusCodes.Status500InternalServerError);
        return group;
    }

    /// <summary>Answers carrying a secret (tokens, a new key, a one-time password) must never be kept by a cache (RFC 6749 §5.1).</summary>
    public static RouteHandlerBuilder SendsSecrets(this RouteHandlerBuilder route) =>
        route.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            context.HttpContext.Response.Headers.Pragma = "no-cache";
            return await next(context);
        });

    /// <summary>For routes that address one resource: unknown id, stale If-Match, state conflicts.</summary>
    public static RouteHandlerBuilder WithResourceProblems(this RouteHandlerBuilder route, bool writes = true)
    {
        route.ProducesProblem(StatusCodes.Status404NotFound);
        if (writes)
        {
            route.ProducesProblem(StatusCodes.Status409Conflict);
            route.ProducesProblem(StatusCodes.Status412PreconditionFailed);
        }
        return route;
    }
}
