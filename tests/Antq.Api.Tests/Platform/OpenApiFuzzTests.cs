using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Antq.Api.Domain;
using Antq.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Antq.Api.Tests.Platform;

/// <summary>
/// Hostile input for every operation in the app's own OpenAPI document: malformed ids, odd query values, broken bodies and
/// odd credentials. Whatever a client sends, the answer is never a 5xx, and every 4xx is application/problem+json.
/// The variations are enumerated from the document (so new endpoints are covered without edits) plus a fixed-seed random
/// mix, so a failing run repeats exactly.
/// </summary>
public sealed partial class OpenApiFuzzTests(ApiFixture fixture, ITestOutputHelper output) : ApiTest(fixture)
{
    private const int Seed = 20230814;
    private const int RandomMixes = 300;
    private const string ValidRequest = "a valid request";
    private static readonly string TenKilobytes = new('x', 10 * 1024);

    private const string SignInEmail = "fuzz.sign-in@antq.example";

    private JsonElement _document;
    private readonly Dictionary<string, Guid> _ids = [];
    private string _refreshToken = "";

    [Fact]
    public async Task No_hostile_request_gets_a_5xx_or_a_4xx_that_is_not_a_problem()
    {
        using var document = JsonDocument.Parse(await Anonymous.GetStringAsync("/swagger/v1/swagger.json"));
        _document = document.RootElement;
        await CreateRecordsToAddressAsync();
        var operations = Operations().ToList();
        Assert.NotEmpty(operations);

        var random = new Random(Seed);
        var requests = new List<FuzzRequest>();
        foreach (var operation in operations)
            requests.AddRange(Variations(operation));
        for (var i = 0; i < RandomMixes; i++)
            requests.Add(RandomMix(operations[random.Next(operations.Count)], random));
        // Deletes last, so the records stay there for the other operations to reach their handlers.
        requests = [.. requests.OrderBy(r => r.Method == HttpMethod.Delete)];

        var failures = new List<string>();
        var timer = Stopwatch.StartNew();
        foreach (var request in requests)
        {
            var (status, failure) = await SendAsync(request);
            if (failure is not null)
                failures.Add(failure);
            // The hostile variations start from these: one that is refused reaches less of its handler.
            if (request.Sent == ValidRequest && status is < 200 or >= 300)
                output.WriteLine($"note: the valid {request.Method} {request.Path} answered {status}");
        }
        output.WriteLine($"{requests.Count} requests over {operations.Count} operations in {timer.Elapsed.TotalSeconds:F1} s, {failures.Count} bad answers.");

        Assert.True(requests.Count >= 1000, $"only {requests.Count} requests");
        Assert.True(failures.Count == 0,
            $"{failures.Count} of {requests.Count} hostile requests got a 5xx or a 4xx that is not application/problem+json:\n"
            + string.Join("\n", failures));
    }

    private sealed record Operation(HttpMethod Method, string Path, JsonElement Definition);

    /// <summary>One request: what the test sends and how it describes it in a failure.</summary>
    private sealed record FuzzRequest(HttpMethod Method, string Path, string Query, string Sent, Credentials As = Credentials.Admin)
    {
        public string? Body { get; init; }
        public string ContentType { get; init; } = "application/json";
        public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];
    }

    private enum Credentials { Admin, None, AdminAndGarbledKey }

    private IEnumerable<Operation> Operations()
    {
        foreach (var path in _document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject())
                yield return new Operation(new HttpMethod(method.Name.ToUpperInvariant()), path.Name, method.Value);
        }
    }

    private IEnumerable<FuzzRequest> Variations(Operation op)
    {
        var path = ResolvePath(op.Path);
        var query = ValidQuery(op);
        var body = SampleBody(op);
        FuzzRequest Base(string sent, string? p = null, string? q = null, Credentials @as = Credentials.Admin) =>
            new(op.Method, p ?? path, q ?? query, sent, @as) { Body = body?.ToJsonString() };

        yield return Base(ValidRequest);
        yield return Base("a valid request, anonymously", @as: Credentials.None);

        // Ids in the path.
        if (op.Path.Contains("{id}", StringComparison.Ordinal))
        {
            // No %00 here: the server refuses a NUL in the path before the app sees it (TestServer throws instead).
            foreach (var (id, what) in new[] { ("not-a-guid", "id not a GUID"), (Guid.NewGuid().ToString(), "id of nothing"), (TenKilobytes, "id of 10 KB"),
                         ("%20", "id %20"), ("00000000-0000-0000-0000-000000000000", "empty GUID"), ("-1", "id -1") })
                yield return Base(what, p: op.Path.Replace("{id}", id, StringComparison.Ordinal));
        }

        // Query values, one parameter at a time, the others valid.
        foreach (var parameter in Parameters(op, "query"))
        {
            var name = parameter.GetProperty("name").GetString()!;
            foreach (var (value, what) in HostileQueryValues(Schema(parameter)))
                yield return Base($"{name}={Shorten(value)} ({what})", q: WithQuery(query, name, value));
        }
        if (Parameters(op, "query").Any(p => p.GetProperty("name").GetString() == "page"))
        {
            yield return Base("page=107374184&pageSize=20 (offset past int)", q: WithQuery(WithQuery(query, "page", "107374184"), "pageSize", "20"));
            yield return Base("page=2147483647&pageSize=100", q: WithQuery(WithQuery(query, "page", "2147483647"), "pageSize", "100"));
            yield return Base("page twice", q: query + "&page=1&page=2");
        }

        // Conditional headers where the document declares them.
        foreach (var header in Parameters(op, "header").Select(p => p.GetProperty("name").GetString()!))
        {
            foreach (var value in new[] { "\"abc\"", "W/\"1\"", "*", "garbage", "\"99999999999999999999\"", "\"1\", \"2\"", "" })
                yield return Base($"{header}: {value}") with { Headers = [(header, value)] };
        }

        // Credentials.
        foreach (var (name, value, what) in new[]
                 {
                     ("Authorization", "Bearer garbled.token.value", "a garbled bearer token"),
                     ("Authorization", "Bearer ", "an empty bearer token"),
                     ("Authorization", "", "an empty Authorization header"),
                     ("Authorization", "Basic YWRtaW46YWRtaW4=", "Basic credentials"),
                     ("Authorization", "Bearer " + TenKilobytes, "a 10 KB bearer token"),
                     ("X-Api-Key", "abc", "a 3-character API key"),
                     ("X-Api-Key", "", "an empty X-Api-Key header"),
                     ("X-Api-Key", "antq_" + new string('A', 40), "an API key nobody issued"),
                 })
            yield return Base(what, @as: Credentials.None) with { Headers = [(name, value)] };
        yield return Base("a valid admin token and a garbled API key", @as: Credentials.AdminAndGarbledKey) with { Headers = [("X-Api-Key", "abc")] };

        if (body is null)
            yield break;

        // Whole bodies.
        foreach (var (raw, what) in new[]
                 {
                     ("{\"title\": ", "malformed JSON"), ("null", "null"), ("[]", "an array"), ("[null]", "[null]"), ("\"text\"", "a string"),
                     ("42", "a number"), ("{}", "an empty object"), ("", "an empty body"), ("{\"a\":1,\"a\":2}", "a duplicate property"),
                     (new string('[', 2000) + new string(']', 2000), "2,000 nested arrays"), ("\u0000", "a NUL byte"),
                 })
            yield return Base($"body {what}") with { Body = raw };
        yield return Base("the body as text/plain") with { ContentType = "text/plain" };
        yield return Base("an unknown property") with { Body = With(body, "unknownProperty", JsonValue.Create(1)).ToJsonString() };

        // Each property, also inside arrays of objects (services[0].count).
        foreach (var (jsonPath, schema) in Properties(op))
        {
            foreach (var (value, what) in HostileJsonValues(schema))
                yield return Base($"{jsonPath} = {Shorten(value?.ToJsonString() ?? "null")} ({what})") with { Body = Set(body, jsonPath, value).ToJsonString() };
        }
    }

    /// <summary>Several hostile things at once: the path, query, body and headers of four variations chosen by the fixed-seed random source.</summary>
    private FuzzRequest RandomMix(Operation op, Random random)
    {
        var variations = Variations(op).Where(v => v.As == Credentials.Admin).ToList();
        FuzzRequest Pick() => variations[random.Next(variations.Count)];
        var (path, query, body, headers) = (Pick(), Pick(), Pick(), Pick());
        return path with
        {
            Query = query.Query,
            Body = body.Body,
            ContentType = body.ContentType,
            Headers = headers.Headers,
            // The URL in a failure shows the path and query; the variations' own names would describe parts not taken.
            Sent = "a mix" + (body.Body is null ? "" : $", body {Shorten(body.Body, 100)} as {body.ContentType}")
                + string.Concat(headers.Headers.Select(h => $", {h.Name}: {Shorten(h.Value, 40)}")),
        };
    }

    private static IEnumerable<(string Value, string What)> HostileQueryValues(JsonElement schema)
    {
        yield return ("", "empty");
        yield return ("%00", "NUL");
        yield return ("a%00b", "NUL inside");
        yield return (new string('q', 5000), "5,000 characters");
        yield return ("[]", "[]");
        yield return ("-1", "negative");
        yield return ("0", "zero");
        yield return ("101", "one past the page size limit");
        yield return ("2147483647", "int max");
        yield return ("99999999999999999999", "past long");
        yield return ("1e309", "past double");
        yield return ("%F0%9F%92%A9%C3%A0%E1%BB%87", "emoji and Vietnamese");
        yield return ("%FF%FE", "invalid UTF-8");
        var values = EnumValues(schema);
        if (values.Count >= 2)
        {
            yield return ($"{values[0]},{values[1]}", "two enum values comma-joined");
            yield return ("unknownValue", "an unknown enum value");
            yield return (values[0].ToUpperInvariant(), "an enum value in upper case");
            yield return ("1", "an enum value as a number");
        }
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (format is "date" or "date-time")
        {
            yield return ("2026-02-30", "no such day");
            yield return ("0001-01-01", "the first day");
            yield return ("9999-12-31", "the last day");
            yield return ("2026-08-19T08:00:00", "an instant without offset");
        }
        if (format == "uuid")
            yield return ("not-a-guid", "not a GUID");
    }

    private static IEnumerable<(JsonNode? Value, string What)> HostileJsonValues(JsonElement schema)
    {
        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        yield return (null, "null");
        yield return (new JsonObject(), "an object");
        yield return (JsonValue.Create(true), "a boolean");
        if (type == "array")
        {
            yield return (new JsonArray((JsonNode?)null), "[null]");
            yield return (new JsonArray(JsonValue.Create("x"), new JsonArray()), "mixed items");
            yield return (JsonValue.Create("not an array"), "a string");
            yield break;
        }
        if (type is "integer" or "number")
        {
            yield return (JsonValue.Create("abc"), "a string");
            yield return (JsonNode.Parse("1e400"), "past double");
            yield return (JsonNode.Parse("99999999999999999999999"), "past long");
            yield return (JsonValue.Create(-2147483648), "int min");
            yield return (JsonValue.Create(1.5), "a fraction");
            yield break;
        }
        yield return (JsonValue.Create(12345), "a number");
        yield return (new JsonArray(), "an array");
        var values = EnumValues(schema);
        if (values.Count >= 2)
        {
            yield return (JsonValue.Create($"{values[0]},{values[1]}"), "two enum values comma-joined");
            yield return (JsonValue.Create("unknownValue"), "an unknown enum value");
            yield return (JsonValue.Create(1), "an enum value as a number");
            yield return (JsonValue.Create(""), "empty");
            yield break;
        }
        if (type == "boolean")
        {
            yield return (JsonValue.Create("yes"), "a string");
            yield break;
        }
        yield return (JsonValue.Create("a\u0000b"), "NUL inside");
        yield return (JsonValue.Create("\u0001\u001f\u007f"), "control characters");
        yield return (JsonValue.Create(""), "empty");
        yield return (JsonValue.Create("   "), "blanks");
        yield return (JsonValue.Create(TenKilobytes), "10 KB");
        yield return (JsonValue.Create("\ud800"), "a lone surrogate");
        switch (format)
        {
            case "date-time":
                yield return (JsonValue.Create("2026-08-19T08:00:00"), "an instant without offset");
                yield return (JsonValue.Create("2026-08-19"), "a date only");
                yield return (JsonValue.Create("0001-01-01T00:00:00+14:00"), "before the first instant");
                yield return (JsonValue.Create("9999-12-31T23:59:59-14:00"), "after the last instant");
                break;
            case "date":
                yield return (JsonValue.Create("2026-02-30"), "no such day");
                yield return (JsonValue.Create("2026-08-19T08:00:00+07:00"), "an instant");
                break;
            case "uuid":
                yield return (JsonValue.Create("not-a-guid"), "not a GUID");
                yield return (JsonValue.Create(Guid.NewGuid()), "a GUID of nothing");
                break;
        }
    }

    /// <summary>Sends the request; returns its status, and a line for the failure message when the answer is bad.</summary>
    private async Task<(int Status, string? Failure)> SendAsync(FuzzRequest fuzz)
    {
        var url = fuzz.Query.Length == 0 ? fuzz.Path : $"{fuzz.Path}?{fuzz.Query}";
        using var request = new HttpRequestMessage(fuzz.Method, url);
        if (fuzz.Body is not null)
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(fuzz.Body)) { Headers = { ContentType = MediaTypeHeaderValue.Parse(fuzz.ContentType) } };
        foreach (var (name, value) in fuzz.Headers)
            request.Headers.TryAddWithoutValidation(name, value);
        var client = fuzz.As == Credentials.None ? Anonymous : Client;

        var logged = Fixture.Logs.Count;
        HttpResponseMessage answer;
        try
        {
            answer = await client.SendAsync(request);
        }
#pragma warning disable CA1031 // An exception out of the app is a bad answer to list, not a reason to stop.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (0, $"  threw {fuzz.Method} {Shorten(url, 120)} — sent {fuzz.Sent} — {e.GetType().Name}: {Shorten(e.Message, 160)}");
        }
        using var response = answer;
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status < 500 && (status < 400 || mediaType == "application/problem+json"))
            return (status, null);
        // Requests go one at a time, so what the app logged meanwhile is this request's: name the exception behind a 500.
        var cause = Fixture.Logs.Skip(logged).Select(line => UnexpectedException().Match(line)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        var answered = mediaType == "application/problem+json" ? cause ?? "a problem" : $"{mediaType ?? "no content type"}: {Shorten(await response.Content.ReadAsStringAsync(), 120)}";
        return (status, $"  {status} {fuzz.Method} {Shorten(url, 120)} — sent {fuzz.Sent}{(fuzz.As == Credentials.None ? " (no credentials)" : "")} — {answered}");
    }

    // ---- The records the valid requests address, and sample values from the document's schemas ----

    /// <summary>
    /// Records for the valid requests: ids in bodies name the ward (or the participant), ids in paths name records that
    /// nothing refers to, so that valid updates and deletes succeed and the hostile ones reach the handlers.
    /// </summary>
    private async Task CreateRecordsToAddressAsync()
    {
        var ward = await CreateUnitAsync("Phường Định Công", UnitKind.Area);
        _ids["ward"] = ward.Id;
        _ids["units"] = (await CreateUnitAsync("Tổ dân phố 41", UnitKind.ResidentialGroup, UnitLevel.Grassroots, ward.Id)).Id;
        _ids["events"] = (await CreateEventAsync(ward.Id, "Ngày hội Toàn dân bảo vệ an ninh Tổ quốc", kind: "festival")).Id;
        var participant = await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Nguyễn Thị Phượng", unitId = ward.Id }, Json);
        _ids["participants"] = (await participant.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        // Other accounts and keys than the ones the test acts with, so changing, revoking or locking them out never
        // locks the test out.
        _ids["users"] = (await Fixture.CreateUserAsync("fuzz.target@antq.example", [Roles.Viewer])).Id;
        await Fixture.CreateUserAsync(SignInEmail, [Roles.Viewer]);
        _refreshToken = (await Anonymous.LoginAsync(SignInEmail)).RefreshToken;
        var key = await Client.PostAsJsonAsync("/api/v1/api-keys", new { name = "Tích hợp thử", scopes = new[] { "read" } }, Json);
        _ids["api-keys"] = (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The path with {id} set to a record of that resource (the segment before it names the resource).</summary>
    private string ResolvePath(string template)
    {
        var segments = template.Split('/');
        var index = Array.IndexOf(segments, "{id}");
        if (index < 1)
            return template;
        var id = _ids.TryGetValue(segments[index - 1], out var known) ? known : Guid.NewGuid();
        return template.Replace("{id}", id.ToString(), StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> Parameters(Operation op, string location) =>
        op.Definition.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == location)
            : [];

    /// <summary>page=1&amp;pageSize=20 where the operation pages; other parameters are left out (all are optional).</summary>
    private static string ValidQuery(Operation op)
    {
        var names = Parameters(op, "query").Select(p => p.GetProperty("name").GetString()).ToHashSet();
        return names.Contains("page") && names.Contains("pageSize") ? "page=1&pageSize=20" : "";
    }

    private static string WithQuery(string query, string name, string value)
    {
        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith(name + "=", StringComparison.Ordinal));
        return string.Join('&', pairs.Append($"{name}={value}"));
    }

    private JsonElement? BodySchema(Operation op) =>
        op.Definition.TryGetProperty("requestBody", out var body)
        && body.GetProperty("content").TryGetProperty("application/json", out var json)
            ? Resolve(json.GetProperty("schema"))
            : null;

    private JsonObject? SampleBody(Operation op) => BodySchema(op) is { } schema ? Sample(schema, "", 0) as JsonObject : null;

    /// <summary>Each property of the body as a path (services[0].count) with its schema, to two levels.</summary>
    private IEnumerable<(string Path, JsonElement Schema)> Properties(Operation op)
    {
        if (BodySchema(op) is not { } root || !root.TryGetProperty("properties", out var properties))
            yield break;
        foreach (var property in properties.EnumerateObject())
        {
            var schema = Resolve(property.Value);
            yield return (property.Name, schema);
            if (schema.TryGetProperty("items", out var items) && Resolve(items) is var item && item.TryGetProperty("properties", out var itemProperties))
            {
                foreach (var inner in itemProperties.EnumerateObject())
                    yield return ($"{property.Name}[0].{inner.Name}", Resolve(inner.Value));
            }
        }
    }

    private JsonNode? Sample(JsonElement schema, string name, int depth)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("example", out var example) && example.ValueKind != JsonValueKind.Object)
            return JsonNode.Parse(example.GetRawText());
        if (EnumValues(schema) is { Count: > 0 } values)
            return JsonValue.Create(values[0]);
        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : schema.TryGetProperty("properties", out _) ? "object" : null;
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        switch (type)
        {
            case "object" when depth < 3:
                var node = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject())
                        node[property.Name] = Sample(property.Value, property.Name, depth + 1);
                }
                return node;
            case "array" when depth < 3:
                return schema.TryGetProperty("items", out var items) ? new JsonArray(Sample(items, name, depth + 1)) : [];
            case "integer" or "number":
                return JsonValue.Create(1);
            case "boolean":
                return JsonValue.Create(false);
            case "string":
                return format switch
                {
                    "uuid" => JsonValue.Create(name.Contains("speaker", StringComparison.OrdinalIgnoreCase) || name.Contains("participant", StringComparison.OrdinalIgnoreCase)
                        ? _ids["participants"] : _ids["ward"]),
                    // Ahead of any clock the test runs under, so an expiry is in the future.
                    "date-time" => JsonValue.Create(name.StartsWith("end", StringComparison.OrdinalIgnoreCase) ? "2030-08-19T11:00:00+07:00" : "2030-08-19T08:00:00+07:00"),
                    "date" => JsonValue.Create("2030-08-19"),
                    _ => JsonValue.Create(name switch
                    {
                        "email" => SignInEmail,
                        "password" => Principals.Password,
                        "refreshToken" => _refreshToken,
                        _ => "Phường Định Công",
                    }),
                };
            default:
                return null;
        }
    }

    private JsonElement Resolve(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
            return Resolve(_document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]));
        // Swashbuckle wraps a referenced schema with a description in allOf.
        if (schema.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() == 1)
            return Resolve(allOf[0]);
        return schema;
    }

    private JsonElement Schema(JsonElement parameter) => Resolve(parameter.GetProperty("schema"));

    private static List<string> EnumValues(JsonElement schema) =>
        schema.TryGetProperty("enum", out var values) ? [.. values.EnumerateArray().Select(v => v.ToString())] : [];

    private static JsonObject With(JsonObject body, string name, JsonNode? value)
    {
        var copy = (JsonObject)body.DeepClone();
        copy[name] = value;
        return copy;
    }

    /// <summary>A copy of the body with the value at a path (name or name[0].inner) replaced.</summary>
    private static JsonObject Set(JsonObject body, string path, JsonNode? value)
    {
        var copy = (JsonObject)body.DeepClone();
        var parts = path.Split("[0].");
        if (parts.Length == 1)
        {
            copy[path] = value?.DeepClone();
            return copy;
        }
        if (copy[parts[0]] is not JsonArray { Count: > 0 } array || array[0] is not JsonObject item)
        {
            item = [];
            copy[parts[0]] = new JsonArray(item);
        }
        item[parts[1]] = value?.DeepClone();
        return copy;
    }

    [GeneratedRegex(@"Unexpected (\w+) while handling")]
    private static partial Regex UnexpectedException();

    private static string Shorten(string text, int max = 60)
    {
        var visible = text.Replace("\0", "\\0", StringComparison.Ordinal).ReplaceLineEndings(" ");
        return visible.Length <= max ? visible : string.Create(CultureInfo.InvariantCulture, $"{visible[..max]}… ({visible.Length} chars)");
    }
}
