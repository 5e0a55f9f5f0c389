using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Antq.Api.Common.Api;
using Antq.Api.Domain;
using Antq.Api.Features.Events;
using Antq.Api.Features.Units;

namespace Antq.Api.Tests.Infrastructure;

/// <summary>Base for tests: a clean database before each test, an HTTP client and helpers that speak the public contract.</summary>
[Collection(ApiCollection.Name)]
public abstract class ApiTest(ApiFixture fixture) : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = CreateJsonOptions();

    protected ApiFixture Fixture { get; } = fixture;

    /// <summary>Signed in as an admin: tests of behaviour other than access control act with full rights.</summary>
    protected HttpClient Client { get; private set; } = null!;

    protected HttpClient Anonymous { get; } = fixture.Factory.CreateClient();

    public async Task InitializeAsync()
    {
        await Fixture.ResetAsync();
        Client = await Fixture.ClientForUserAsync("quan.tri@antq.example", [Roles.Admin]);
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        return Task.CompletedTask;
    }

    protected async Task<UnitResponse> CreateUnitAsync(string name, UnitKind kind = UnitKind.Authority, UnitLevel level = UnitLevel.Commune,
        Guid? parentId = null, DateOnly? dissolvedOn = null)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/units", new { name, kind, level, parentId, dissolvedOn }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UnitResponse>(Json))!;
    }

    protected static object EventBody(Guid hostUnitId, string title = "Hội nghị triển khai", DateTimeOffset? startsAt = null,
        string kind = "meeting", object[]? services = null, object[]? agenda = null)
    {
        var starts = startsAt ?? new DateTimeOffset(2026, 8, 19, 8, 0, 0, TimeSpan.FromHours(7));
        return new
        {
            title,
            kind,
            description = "Mô tả",
            startsAt = starts,
            endsAt = starts.AddHours(3),
            venue = "Nhà văn hóa tổ dân phố 41",
            hostUnitId,
            services = services ?? [],
            agenda = agenda ?? [],
        };
    }

    protected async Task<EventResponse> CreateEventAsync(Guid hostUnitId, string title = "Hội nghị triển khai", DateTimeOffset? startsAt = null,
        string kind = "meeting")
    {
        var response = await Client.PostAsJsonAsync("/api/v1/events", EventBody(hostUnitId, title, startsAt, kind), Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<EventResponse>(Json))!;
    }

    /// <summary>Asserts a 400 problem+json whose errors name the field, and returns its messages.</summary>
    protected static async Task<string[]> AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.True(problem.RootElement.TryGetProperty("traceId", out _), "problem has a traceId");
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"errors should name '{field}': {errors}");
        return [.. messages.EnumerateArray().Select(m => m.GetString()!)];
    }

    /// <summary>Asserts a problem+json response with the given status and returns its detail.</summary>
    protected static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.TryGetProperty("traceId", out _));
        return problem.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "";
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiPlatform.ConfigureJson(options);
        return options;
    }
}
