using System.Text.Json;
using Antq.Api.Tests.Infrastructure;

namespace Antq.Api.Tests.Platform;

/// <summary>
/// What generated clients rely on in the document, beyond what the linters check: conditional-request headers, the
/// refusals every route can give, files as binary, and the problem schemas as the app writes them.
/// </summary>
public sealed class OpenApiDocumentTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] VersionedResources = ["/api/v1/units/{id}", "/api/v1/events/{id}", "/api/v1/participants/{id}"];

    [Fact]
    public async Task Versioned_resources_declare_ETag_If_None_Match_304_and_If_Match_on_writes()
    {
        using var doc = await DocumentAsync();
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var resource in VersionedResources)
        {
            var get = paths.GetProperty(resource).GetProperty("get");
            Assert.Contains("If-None-Match", HeaderParameters(get));
            Assert.True(get.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _), $"GET {resource} 200 ETag");
            Assert.True(get.GetProperty("responses").TryGetProperty("304", out _), $"GET {resource} 304");

            foreach (var write in new[] { "put", "delete" })
                Assert.Contains("If-Match", HeaderParameters(paths.GetProperty(resource).GetProperty(write)));
            Assert.True(paths.GetProperty(resource).GetProperty("put").GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));
            var create = paths.GetProperty(resource[..^"/{id}".Length]).GetProperty("post");
            Assert.True(create.GetProperty("responses").GetProperty("201").GetProperty("headers").TryGetProperty("ETag", out _), $"POST {resource} 201 ETag");
        }
        Assert.Contains("If-Match", HeaderParameters(paths.GetProperty("/api/v1/events/{id}/status").GetProperty("post")));
    }

    [Fact]
    public async Task Every_operation_declares_401_and_429_writes_declare_403_and_ids_are_unique()
    {
        using var doc = await DocumentAsync();
        var operationIds = new HashSet<string>();
        foreach (var (method, path, operation) in Operations(doc))
        {
            var responses = operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("401", out _), $"{method} {path} declares 401");
            Assert.True(responses.GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _), $"{method} {path} declares 429 with Retry-After");
            if (method != "get" && !path.StartsWith("/api/v1/auth/", StringComparison.Ordinal))
                Assert.True(responses.TryGetProperty("403", out _), $"{method} {path} declares 403");
            Assert.True(operationIds.Add(operation.GetProperty("operationId").GetString()!), $"{method} {path} has a unique operationId");
        }
    }

    [Fact]
    public async Task The_calendar_is_a_binary_file_and_problems_carry_traceId_and_errors()
    {
        using var doc = await DocumentAsync();
        var calendar = doc.RootElement.GetProperty("paths").GetProperty("/api/v1/events/{id}/calendar.ics").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("text/calendar").GetProperty("schema");
        Assert.Equal("string", calendar.GetProperty("type").GetString());
        Assert.Equal("binary", calendar.GetProperty("format").GetString());

        var schemas = doc.RootElement.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("ProblemDetails").GetProperty("properties").TryGetProperty("traceId", out _));
        var validation = schemas.GetProperty("HttpValidationProblemDetails").GetProperty("properties");
        Assert.True(validation.TryGetProperty("traceId", out _));
        Assert.True(validation.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task The_document_names_a_server_contact_licence_and_describes_every_tag()
    {
        using var doc = await DocumentAsync();
        var root = doc.RootElement;
        Assert.Equal("/", root.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("info").GetProperty("contact").GetProperty("name").GetString()));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("info").GetProperty("license").GetProperty("name").GetString()));
        var described = root.GetProperty("tags").EnumerateArray()
            .Where(t => t.TryGetProperty("description", out var d) && d.GetString()?.Length > 0)
            .Select(t => t.GetProperty("name").GetString())
            .ToHashSet();
        foreach (var (method, path, operation) in Operations(doc))
        {
            foreach (var tag in operation.GetProperty("tags").EnumerateArray())
                Assert.True(described.Contains(tag.GetString()), $"{method} {path}: tag '{tag}' has a description");
        }
    }

    private async Task<JsonDocument> DocumentAsync() => JsonDocument.Parse(await Anonymous.GetStringAsync("/swagger/v1/swagger.json"));

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations(JsonDocument doc) =>
        from path in doc.RootElement.GetProperty("paths").EnumerateObject()
        from method in path.Value.EnumerateObject()
        select (method.Name, path.Name, method.Value);

    private static List<string?> HeaderParameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "header").Select(p => p.GetProperty("name").GetString())]
            : [];
}
