using Microsoft.Net.Http.Headers;

namespace Antq.Api.Common.Http;

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
    public static bool IsNotModified(HttpRequest request, int version) =>
        request.Headers.TryGetValue(HeaderNames.IfNoneMatch, out var values)
        && EntityTagHeaderValue.TryParseList(values, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag == For(version));

    /// <summary>Ok with the resource and its ETag, or 304 when the client's copy is current.</summary>
    public static IResult Versioned<T>(HttpContext http, T resource, int version)
    {
        http.Response.Headers.ETag = For(version);
        return IsNotModified(http.Request, version) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(resource);
    }
}
