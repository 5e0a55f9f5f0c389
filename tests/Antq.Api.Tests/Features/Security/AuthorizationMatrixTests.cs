using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Antq.Api.Common.Security;
using Antq.Api.Domain;
using Antq.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Antq.Api.Tests.Features.Security;

/// <summary>
/// Every endpoint × every kind of caller. The endpoint list comes from the app itself, so a new endpoint without an
/// access decision and a request sample here fails the suite.
/// </summary>
public sealed class AuthorizationMatrixTests(ApiFixture fixture) : ApiTest(fixture)
{
    public enum Caller { Anonymous, Viewer, EditorOutOfScope, ReadKey, RevokedKey, EditorInScope, WriteKey, Admin }

    /// <summary>Refused callers go first: an allowed caller may delete the record the others are tried on.</summary>
    private static readonly Caller[] Callers = Enum.GetValues<Caller>();

    private sealed record World(Guid WardA, Guid UnitA1, Guid LeafUnitA, Guid EventA, Guid ParticipantA, Guid UserId, Guid ApiKeyId, Guid GuestOfEventA,
        Queue<Guid> NotYetListed, Guid AwardA, Guid ApprovedAwardA, Guid AwardeeA, Initiatives InitiativesOfA);

    /// <summary>An initiative of unit A1 with a measured indicator, and an empty one that may be deleted; a fresh day for each new value.</summary>
    private sealed record Initiatives(Guid Measured, Guid Indicator, Guid Measurement, Guid Empty, Queue<DateOnly> FreeDays);

    private sealed record Sample(AccessLevel Access, Func<World, string> Path, Func<World, object>? Body = null)
    {
        /// <summary>A body other than JSON (a file upload).</summary>
        public Func<World, HttpContent>? Content { get; init; }
    }

    private static readonly Dictionary<string, Sample> Matrix = new()
    {
        ["POST /api/v1/auth/login"] = new(AccessLevel.SignIn, _ => "/api/v1/auth/login", _ => new { }),
        ["POST /api/v1/auth/refresh"] = new(AccessLevel.SignIn, _ => "/api/v1/auth/refresh", _ => new { }),
        ["GET /api/v1/auth/me"] = new(AccessLevel.SignedIn, _ => "/api/v1/auth/me"),
        ["POST /api/v1/auth/sign-out"] = new(AccessLevel.SignedIn, _ => "/api/v1/auth/sign-out"),
        ["POST /api/v1/auth/password"] = new(AccessLevel.SignedIn, _ => "/api/v1/auth/password", _ => new { currentPassword = Principals.Password, newPassword = "mat-khau-moi-2026" }),

        ["GET /api/v1/units/"] = new(AccessLevel.Read, _ => "/api/v1/units"),
        ["GET /api/v1/units/{id:guid}"] = new(AccessLevel.Read, w => $"/api/v1/units/{w.UnitA1}"),
        ["POST /api/v1/units/"] = new(AccessLevel.Write, _ => "/api/v1/units", w => new { name = "Tổ dân phố 43", kind = "residentialGroup", level = "grassroots", parentId = w.WardA }),
        ["PUT /api/v1/units/{id:guid}"] = new(AccessLevel.Write, w => $"/api/v1/units/{w.UnitA1}", w => new { name = "UBND phường A", kind = "authority", level = "commune", parentId = w.WardA }),
        ["DELETE /api/v1/units/{id:guid}"] = new(AccessLevel.Write, w => $"/api/v1/units/{w.LeafUnitA}"),

        ["GET /api/v1/events/"] = new(AccessLevel.Read, _ => "/api/v1/events"),
        ["GET /api/v1/events/{id:guid}"] = new(AccessLevel.Read, w => $"/api/v1/events/{w.EventA}"),
        ["GET /api/v1/events/{id:guid}/calendar.ics"] = new(AccessLevel.Read, w => $"/api/v1/events/{w.EventA}/calendar.ics"),
        ["POST /api/v1/events/"] = new(AccessLevel.Write, _ => "/api/v1/events", w => EventBody(w.UnitA1)),
        ["PUT /api/v1/events/{id:guid}"] = new(AccessLevel.Write, w => $"/api/v1/events/{w.EventA}", w => EventBody(w.UnitA1, "Hội nghị sơ kết")),
        ["POST /api/v1/events/{id:guid}/status"] = new(AccessLevel.Write, w => $"/api/v1/events/{w.EventA}/status", _ => new { status = "ongoing" }),
        ["DELETE /api/v1/events/{id:guid}"] = new(AccessLevel.Write, w => $"/api/v1/events/{w.EventA}"),

        ["GET /api/v1/participants/"] = new(AccessLevel.Read, _ => "/api/v1/participants"),
        ["GET /api/v1/participants/{id:guid}"] = new(AccessLevel.Read, w => $"/api/v1/participants/{w.ParticipantA}"),
        ["POST /api/v1/participants/"] = new(AccessLevel.Write, _ => "/api/v1/participants", w => new { kind = "individual", fullName = "Trần Văn An", unitId = w.UnitA1 }),
        ["PUT /api/v1/participants/{id:guid}"] = new(AccessLevel.Write, w => $"/api/v1/participants/{w.ParticipantA}", w => new { kind = "individual", fullName = "Lê Thị Bình", unitId = w.UnitA1 }),
        ["GET /api/v1/participants/export"] = new(AccessLevel.Read, _ => "/api/v1/participants/export?format=xlsx"),
        ["POST /api/v1/participants/import"] = new(AccessLevel.Write, _ => "/api/v1/participants/import")
        {
            Content = w => new MultipartFormDataContent
            {
                { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"kind,fullName,unitId\r\nindividual,Phạm Văn Nhập,{w.UnitA1}\r\n")), "file", "participants.csv" },
            },
        },
        ["DELETE /api/v1/participants/{id:guid}"] = new(AccessLevel.Write, w => $"/api/v1/participants/{w.ParticipantA}"),

        ["GET /api/v1/events/{id:guid}/participants"] = new(AccessLevel.Read, w => $"/api/v1/events/{w.EventA}/participants"),
        ["GET /api/v1/events/{id:guid}/participants/export"] = new(AccessLevel.Read, w => $"/api/v1/events/{w.EventA}/participants/export"),
        ["GET /api/v1/events/{id:guid}/participants/{participantId:guid}"] = new(AccessLevel.Read, w => $"/api/v1/events/{w.EventA}/participants/{w.GuestOfEventA}"),
        ["POST /api/v1/events/{id:guid}/participants"] = new(AccessLevel.Write, w => $"/api/v1/events/{w.EventA}/participants",
            w => new { participantId = w.NotYetListed.Dequeue(), role = "guest" }),
        ["PUT /api/v1/events/{id:guid}/participants/{participantId:guid}"] = new(AccessLevel.Write, w => $"/api/v1/events/{w.EventA}/participants/{w.GuestOfEventA}",
            _ => new { role = "guest", status = "registered" }),
        ["DELETE /api/v1/events/{id:guid}/participants/{participantId:guid}"] = new(AccessLevel.Write, w => $"/api/v1/events/{w.EventA}/participants/{w.GuestOfEventA}"),
        ["POST /api/v1/events/{id:guid}/check-ins"] = new(AccessLevel.Write, w => $"/api/v1/events/{w.EventA}/check-ins", w => new { participantId = w.GuestOfEventA }),
        ["GET /api/v1/events/{id:guid}/gate-list"] = new(AccessLevel.Write, w => $"/api/v1/events/{w.EventA}/gate-list"),
        ["GET /api/v1/participants/{id:guid}/events"] = new(AccessLevel.Read, w => $"/api/v1/participants/{w.GuestOfEventA}/events"),

        ["GET /api/v1/awards/"] = new(AccessLevel.Read, _ => "/api/v1/awards"),
        ["GET /api/v1/awards/export"] = new(AccessLevel.Read, _ => "/api/v1/awards/export"),
        ["GET /api/v1/awards/{id:guid}"] = new(AccessLevel.Read, w => $"/api/v1/awards/{w.AwardA}"),
        ["POST /api/v1/awards/"] = new(AccessLevel.Write, _ => "/api/v1/awards", w => new { form = "certificateOfCommendation", issuerUnitId = w.UnitA1, recipientId = w.NotYetListed.Dequeue(), citation = "Thành tích xuất sắc" }),
        ["PUT /api/v1/awards/{id:guid}"] = new(AccessLevel.Write, w => $"/api/v1/awards/{w.AwardA}", w => new { form = "certificateOfCommendation", issuerUnitId = w.UnitA1, recipientId = w.AwardeeA, citation = "Thành tích tiêu biểu" }),
        ["POST /api/v1/awards/{id:guid}/status"] = new(AccessLevel.Write, w => $"/api/v1/awards/{w.AwardA}/status", _ => new { status = "proposed" }),
        ["POST /api/v1/awards/{id:guid}/revocation"] = new(AccessLevel.Write, w => $"/api/v1/awards/{w.ApprovedAwardA}/revocation", _ => new { decisionNumber = "9/QĐ", decisionDate = "2026-09-01", reason = "Thu hồi" }),
        ["DELETE /api/v1/awards/{id:guid}"] = new(AccessLevel.Write, w => $"/api/v1/awards/{w.AwardA}"),
        ["GET /api/v1/participants/{id:guid}/awards"] = new(AccessLevel.Read, w => $"/api/v1/participants/{w.ParticipantA}/awards"),

        ["GET /api/v1/initiatives/"] = new(AccessLevel.Read, _ => "/api/v1/initiatives"),
        ["GET /api/v1/initiatives/{id:guid}"] = new(AccessLevel.Read, w => $"/api/v1/initiatives/{w.InitiativesOfA.Measured}"),
        ["POST /api/v1/initiatives/"] = new(AccessLevel.Write, _ => "/api/v1/initiatives", w => InitiativeBody(w.UnitA1)),
        ["PUT /api/v1/initiatives/{id:guid}"] = new(AccessLevel.Write, w => $"/api/v1/initiatives/{w.InitiativesOfA.Measured}",
            w => InitiativeBody(w.UnitA1, w.InitiativesOfA.Indicator)),
        ["POST /api/v1/initiatives/{id:guid}/status"] = new(AccessLevel.Write, w => $"/api/v1/initiatives/{w.InitiativesOfA.Measured}/status", _ => new { status = "suspended" }),
        ["DELETE /api/v1/initiatives/{id:guid}"] = new(AccessLevel.Write, w => $"/api/v1/initiatives/{w.InitiativesOfA.Empty}"),
        ["PUT /api/v1/initiatives/{id:guid}/events/{eventId:guid}"] = new(AccessLevel.Write, w => $"/api/v1/initiatives/{w.InitiativesOfA.Measured}/events/{w.EventA}"),
        ["DELETE /api/v1/initiatives/{id:guid}/events/{eventId:guid}"] = new(AccessLevel.Write, w => $"/api/v1/initiatives/{w.InitiativesOfA.Measured}/events/{w.EventA}"),
        ["GET /api/v1/initiatives/{id:guid}/indicators/{indicatorId:guid}/measurements/"] = new(AccessLevel.Read,
            w => $"/api/v1/initiatives/{w.InitiativesOfA.Measured}/indicators/{w.InitiativesOfA.Indicator}/measurements"),
        ["GET /api/v1/initiatives/{id:guid}/indicators/{indicatorId:guid}/measurements/{measurementId:guid}"] = new(AccessLevel.Read,
            w => $"/api/v1/initiatives/{w.InitiativesOfA.Measured}/indicators/{w.InitiativesOfA.Indicator}/measurements/{w.InitiativesOfA.Measurement}"),
        ["POST /api/v1/initiatives/{id:guid}/indicators/{indicatorId:guid}/measurements/"] = new(AccessLevel.Write,
            w => $"/api/v1/initiatives/{w.InitiativesOfA.Measured}/indicators/{w.InitiativesOfA.Indicator}/measurements",
            w => new { value = 3, measuredOn = w.InitiativesOfA.FreeDays.Dequeue() }),
        ["DELETE /api/v1/initiatives/{id:guid}/indicators/{indicatorId:guid}/measurements/{measurementId:guid}"] = new(AccessLevel.Write,
            w => $"/api/v1/initiatives/{w.InitiativesOfA.Measured}/indicators/{w.InitiativesOfA.Indicator}/measurements/{w.InitiativesOfA.Measurement}"),
        ["GET /api/v1/stats/summary"] = new(AccessLevel.Read, w => $"/api/v1/stats/summary?unitId={w.WardA}&year=2026"),

        ["GET /api/v1/users/"] = new(AccessLevel.Admin, _ => "/api/v1/users"),
        ["GET /api/v1/users/{id:guid}"] = new(AccessLevel.Admin, w => $"/api/v1/users/{w.UserId}"),
        ["POST /api/v1/users/"] = new(AccessLevel.Admin, _ => "/api/v1/users", _ => new { email = $"{Guid.NewGuid():N}@antq.example", password = Principals.Password, roles = new[] { "viewer" } }),
        ["PUT /api/v1/users/{id:guid}"] = new(AccessLevel.Admin, w => $"/api/v1/users/{w.UserId}", _ => new { roles = new[] { "viewer" } }),
        ["POST /api/v1/users/{id:guid}/password-reset"] = new(AccessLevel.Admin, w => $"/api/v1/users/{w.UserId}/password-reset"),

        ["GET /api/v1/api-keys/"] = new(AccessLevel.Admin, _ => "/api/v1/api-keys"),
        ["POST /api/v1/api-keys/"] = new(AccessLevel.Admin, _ => "/api/v1/api-keys", _ => new { name = "Cổng thông tin", scopes = new[] { "read" } }),
        ["DELETE /api/v1/api-keys/{id:guid}"] = new(AccessLevel.Admin, w => $"/api/v1/api-keys/{w.ApiKeyId}"),

        ["GET /api/v1/audit/"] = new(AccessLevel.Admin, _ => "/api/v1/audit"),
    };

    private static object InitiativeBody(Guid leadUnitId, Guid? keptIndicator = null) => new
    {
        name = "Mô hình tổ dân phố an toàn",
        kind = "model",
        category = "safeCommunity",
        leadUnitId,
        indicators = new[] { new { id = keptIndicator, name = "Tổ dân phố được công nhận", unit = "tổ", target = (decimal?)10, direction = "higherIsBetter" } },
    };

    public static TheoryData<string> Endpoints() => [.. Matrix.Keys];

    [Fact]
    public void Every_api_endpoint_declares_who_may_call_it_and_is_in_the_matrix()
    {
        var endpoints = Fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText!.TrimStart('/')).StartsWith("/api/", StringComparison.Ordinal))
            .ToList();

        var undeclared = endpoints.Where(e => e.Metadata.GetMetadata<AccessMetadata>() is null).Select(e => e.DisplayName).ToList();
        Assert.True(undeclared.Count == 0, "Endpoints without an access decision: " + string.Join(", ", undeclared));

        var keys = endpoints.SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods
            .Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}")).ToHashSet();
        Assert.Equal(keys.Order(), Matrix.Keys.Order());
        Assert.All(Matrix, row => Assert.Equal(row.Value.Access,
            endpoints.Single(e => row.Key.EndsWith(" " + Normalize(e.RoutePattern.RawText!), StringComparison.Ordinal)
                                  && e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Contains(row.Key.Split(' ')[0]))
                .Metadata.GetMetadata<AccessMetadata>()!.Level));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_caller_gets_what_its_role_scope_or_key_allows(string endpoint)
    {
        var sample = Matrix[endpoint];
        var world = await BuildWorldAsync();
        var clients = await CallersAsync(world);
        var method = new HttpMethod(endpoint.Split(' ')[0]);
        var failures = new List<string>();
        var deleted = false;

        foreach (var caller in Callers)
        {
            var request = new HttpRequestMessage(method, sample.Path(world));
            if (sample.Body is not null)
                request.Content = JsonContent.Create(sample.Body(world), options: Json);
            if (sample.Content is not null)
                request.Content = sample.Content(world);
            var response = await clients[caller].SendAsync(request);
            var expected = Expected(sample.Access, caller);
            var status = (int)response.StatusCode;
            // Allowed means it worked (2xx/3xx): a 400 or 404 would hide a refusal. Sign-in samples send no credentials, so
            // any answer but a refusal or a fault will do; a record an earlier allowed caller deleted is gone (404).
            var ok = expected switch
            {
                null when sample.Access == AccessLevel.SignIn => status is not 403 && status < 500,
                null when deleted && method == HttpMethod.Delete => status is 404 or 200,
                null => status < 400,
                _ => status == (int)expected,
            };
            deleted |= ok && expected is null && method == HttpMethod.Delete;
            if (!ok)
                failures.Add($"{caller}: expected {(expected is null ? "allowed" : ((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture))}, got {status} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.True(failures.Count == 0, $"{endpoint}\n" + string.Join("\n", failures));
    }

    /// <summary>null: allowed (the request works); otherwise the refusal expected.</summary>
    private static HttpStatusCode? Expected(AccessLevel access, Caller caller) => (access, caller) switch
    {
        (AccessLevel.SignIn, _) => null,
        (_, Caller.RevokedKey) => HttpStatusCode.Unauthorized,
        (AccessLevel.Read, _) => null,
        (_, Caller.Anonymous) => HttpStatusCode.Unauthorized,
        (AccessLevel.SignedIn, Caller.ReadKey or Caller.WriteKey) => HttpStatusCode.Forbidden,
        (AccessLevel.SignedIn, _) => null,
        (AccessLevel.Admin, Caller.Admin) => null,
        (AccessLevel.Admin, _) => HttpStatusCode.Forbidden,
        (AccessLevel.Write, Caller.EditorInScope or Caller.WriteKey or Caller.Admin) => null,
        (AccessLevel.Write, _) => HttpStatusCode.Forbidden,
        _ => throw new ArgumentOutOfRangeException(nameof(access)),
    };

    private async Task<World> BuildWorldAsync()
    {
        var wardA = await CreateUnitAsync("Phường A", UnitKind.Area);
        var unitA1 = await CreateUnitAsync("UBND phường A", UnitKind.Authority, parentId: wardA.Id);
        var leafA = await CreateUnitAsync("Tổ dân phố A1", UnitKind.ResidentialGroup, UnitLevel.Grassroots, parentId: wardA.Id);
        var evt = await CreateEventAsync(unitA1.Id);
        await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status = "scheduled" }, Json);
        var participant = await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Nguyễn Văn A", unitId = unitA1.Id }, Json);
        var participantId = (await participant.Content.ReadFromJsonAsync<IdOnly>(Json))!.Id;
        var user = await Fixture.CreateUserAsync("can.bo@antq.example", [Roles.Viewer]);
        var (_, key) = await Fixture.ClientForApiKeyAsync(Client, ["read"]);
        var people = new List<Guid>();
        for (var n = 0; n <= Enum.GetValues<Caller>().Length; n++)
        {
            var person = await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = $"Khách mời {n}" }, Json);
            people.Add((await person.Content.ReadFromJsonAsync<IdOnly>(Json))!.Id);
        }
        Assert.Equal(HttpStatusCode.Created, (await Client.PostAsJsonAsync($"/api/v1/events/{evt.Id}/participants", new { participantId = people[0], role = "guest" }, Json)).StatusCode);
        async Task<Guid> AwardAsync(object body)
        {
            var award = await Client.PostAsJsonAsync("/api/v1/awards", body, Json);
            Assert.Equal(HttpStatusCode.Created, award.StatusCode);
            return (await award.Content.ReadFromJsonAsync<IdOnly>(Json))!.Id;
        }
        // Its own recipient: a participant with awards is kept, and the participant rows delete participantA.
        var awardee = await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "collective", fullName = "Tập thể được khen" }, Json);
        var awardeeId = (await awardee.Content.ReadFromJsonAsync<IdOnly>(Json))!.Id;
        var proposal = await AwardAsync(new { form = "certificateOfCommendation", issuerUnitId = unitA1.Id, recipientId = awardeeId, citation = "Thành tích xuất sắc" });
        var approved = await AwardAsync(new { form = "certificateOfCommendation", issuerUnitId = unitA1.Id, recipientId = people[0], citation = "Thành tích xuất sắc",
            decisionNumber = "1/QĐ", decisionDate = "2026-08-01", status = "approved" });
        return new World(wardA.Id, unitA1.Id, leafA.Id, evt.Id, participantId, user.Id, key.Id, people[0], new Queue<Guid>(people[1..]), proposal, approved, awardeeId,
            await InitiativesAsync(unitA1.Id));
    }

    private async Task<Initiatives> InitiativesAsync(Guid unitId)
    {
        async Task<JsonElement> CreatedAsync(string path, object body)
        {
            var response = await Client.PostAsJsonAsync(path, body, Json);
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        }
        var measured = await CreatedAsync("/api/v1/initiatives", InitiativeBody(unitId));
        var (id, indicator) = (measured.GetProperty("id").GetGuid(), measured.GetProperty("indicators")[0].GetProperty("id").GetGuid());
        // Under way, so anonymous readers see it (a proposal is hidden from them).
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsJsonAsync($"/api/v1/initiatives/{id}/status", new { status = "active" }, Json)).StatusCode);
        var measurement = await CreatedAsync($"/api/v1/initiatives/{id}/indicators/{indicator}/measurements", new { value = 2, measuredOn = new DateOnly(2026, 1, 1) });
        var empty = await CreatedAsync("/api/v1/initiatives", InitiativeBody(unitId));
        var days = Enumerable.Range(1, Callers.Length).Select(n => new DateOnly(2026, 2, n));
        return new Initiatives(id, indicator, measurement.GetProperty("id").GetGuid(), empty.GetProperty("id").GetGuid(), new Queue<DateOnly>(days));
    }

    private async Task<Dictionary<Caller, HttpClient>> CallersAsync(World world)
    {
        var wardB = await CreateUnitAsync("Phường B", UnitKind.Area);
        var (revoked, revokedKey) = await Fixture.ClientForApiKeyAsync(Client, ["read", "write"]);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/api-keys/{revokedKey.Id}")).StatusCode);
        return new Dictionary<Caller, HttpClient>
        {
            [Caller.Anonymous] = Anonymous,
            [Caller.Viewer] = await Fixture.ClientForUserAsync("xem@antq.example", [Roles.Viewer]),
            [Caller.EditorInScope] = await Fixture.ClientForUserAsync("bien.tap.a@antq.example", [Roles.Editor], [world.WardA]),
            [Caller.EditorOutOfScope] = await Fixture.ClientForUserAsync("bien.tap.b@antq.example", [Roles.Editor], [wardB.Id]),
            [Caller.Admin] = Client,
            [Caller.ReadKey] = (await Fixture.ClientForApiKeyAsync(Client, ["read"])).Client,
            [Caller.WriteKey] = (await Fixture.ClientForApiKeyAsync(Client, ["write"])).Client,
            [Caller.RevokedKey] = revoked,
        };
    }

    private static string Normalize(string pattern) => "/" + pattern.TrimStart('/');

    private sealed record IdOnly(Guid Id);
}
