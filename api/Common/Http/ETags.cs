using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Antq.Api.Common.Http;

/// <summary>A single resource as responses carry it: its id (for Location) and its version (for the ETag).</summary>
public interface IVersionedResponse
{
    Guid Id { get; }

    /// <summary>Sent as the ETag header, not in the body.</summary>
    int Version { get; }
}

/// <summary>Entity tags are the aggregate's version; If-Match opts a write into optimistic concurrency.</summary>
public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>
    /// The version the client expects from If-Match: null when the header is absent or "*" (last writer wins),
    /// -1 when it names no version we could have issued (so it can never match).
    /// </summary>
    public static int? ExpectedVersion(HttpRequest request)
    {
        if (!request.Headers.TryGetValue(HeaderNames.IfMatch, out var values) || values.Count == 0)
            return null;
        if (!EntityTagHeaderValue.TryParseList(values, out var tags))
            return -1;
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
            return null;
        // A weak tag never matches for writes (RFC 9110 §13.1.1, strong comparison).
        var strong = tags.FirstOrDefault(t => !t.IsWeak);
        return strong is not null && int.TryParse(strong.Tag.AsSpan().Trim('"'), out var version) ? version : -1;
    }

    /// <summary>True when If-None-Match already holds this version, so a GET may answer 304.</summary>
    public static bool IsNotModified(HttpRequest request, int version) => IsNotModified(request, For(version));

    /// <summary>True when If-None-Match holds this tag (weakly compared, as RFC 9110 asks for GET) or "*".</summary>
    public static bool IsNotModified(HttpRequest request, string tag) =>
        request.Headers.TryGetValue(HeaderNames.IfNoneMatch, out var values)
        && EntityTagHeaderValue.TryParseList(values, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag == tag);

    /// <summary>A GET of one resource: 200 with its ETag, or 304 when the client's copy is current.</summary>
    public static Results<Ok<T>, NotModified> Versioned<T>(HttpContext http, T resource) where T : IVersionedResponse
    {
        http.Response.Headers.ETag = For(resource.Version);
        return IsNotModified(http.Request, resource.Version) ? new NotModified() : TypedResults.Ok(resource);
    }

    /// <summary>A create: 201 with the resource, its ETag, and Location (a path) from the named GET route.</summary>
    public static Created<T> Created<T>(this HttpContext http, T resource, string getRouteName) where T : IVersionedResponse
    {
        http.Response.Headers.ETag = For(resource.Version);
        var location = http.RequestServices.GetRequiredService<LinkGenerator>().GetPathByName(http, getRouteName, new { id = resource.Id });
        return TypedResults.Created(location, resource);
    }

    /// <summary>An update or transition: 200 with the resource and its new ETag.</summary>
    public static Ok<T> Written<T>(this HttpResponse response, T resource) where T : IVersionedResponse
    {
        response.Headers.ETag = For(resource.Version);
        return TypedResults.Ok(resource);
    }
}

/// <summary>304 Not Modified, as a typed result so the endpoint's signature (and OpenAPI) states it.</summary>
public sealed class NotModified : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int StatusCode => StatusCodes.Status304NotModified;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        return Task.CompletedTask;
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
}
