using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Antq.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Antq.Api.Tests.Features.Security;

/// <summary>Garbled credentials are a plain 401 problem, whatever they look like and whatever else is sent with them.</summary>
public sealed class CredentialTests(ApiFixture fixture) : ApiTest(fixture)
{
    public static TheoryData<string, string> GarbledKeys() => new()
    {
        { "three characters", "abc" },
        { "whitespace", "    " },
        { "one character", "a" },
        { "the prefix alone", "antq_" },
        { "no secret part", "antq_ab12cd34" },
        { "an empty prefix", "antq__secret" },
        { "10 KB", "antq_" + new string('x', 10 * 1024) },
        { "10 KB with a separator", "antq_ab12cd34_" + new string('y', 10 * 1024) },
        { "non-ASCII", "antq_khóa_bí_mật_đơn_vị" },
    };

    [Theory]
    [MemberData(nameof(GarbledKeys))]
    public async Task A_garbled_api_key_is_a_plain_401_problem_on_reads_and_writes_and_never_a_logged_error(string what, string key)
    {
        var errorsBefore = Fixture.Logs.Count(l => l.StartsWith("Error", StringComparison.Ordinal));

        foreach (var request in new[]
                 {
                     new HttpRequestMessage(HttpMethod.Get, "/api/v1/events"),
                     new HttpRequestMessage(HttpMethod.Post, "/api/v1/participants") { Content = JsonContent.Create(new { kind = "collective", fullName = "Tổ dân phố 41" }) },
                     new HttpRequestMessage(HttpMethod.Get, "/api/v1/users"),
                 })
        {
            request.Headers.TryAddWithoutValidation("X-Api-Key", key);
            var detail = await AssertProblemAsync(await Anonymous.SendAsync(request), HttpStatusCode.Unauthorized);
            Assert.True(detail.Contains("X-Api-Key", StringComparison.Ordinal), $"{what}: {detail}");
        }
        Assert.Equal(errorsBefore, Fixture.Logs.Count(l => l.StartsWith("Error", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_empty_api_key_header_is_401()
    {
        // HttpClient drops a header with an empty value; Kestrel passes it on, so set it on the server's request directly.
        var context = await Fixture.Factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/api/v1/events";
            c.Request.Headers["X-Api-Key"] = "";
        });

        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
        Assert.Equal("application/problem+json", context.Response.ContentType);
    }

    [Fact]
    public async Task A_valid_api_key_with_a_garbled_bearer_token_is_401()
    {
        var (client, _) = await Fixture.ClientForApiKeyAsync(Client, ["write"]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/events")).StatusCode);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        await AssertProblemAsync(await client.GetAsync("/api/v1/events"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/participants", new { kind = "collective", fullName = "Tổ dân phố 41" }, Json),
            HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_valid_bearer_token_with_a_garbled_api_key_is_401()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/v1/users")).StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/users");
        request.Headers.TryAddWithoutValidation("X-Api-Key", "abc");

        await AssertProblemAsync(await Client.SendAsync(request), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_valid_api_key_with_a_bearer_token_of_an_ended_session_is_401_and_with_a_current_one_is_accepted()
    {
        var (client, _) = await Fixture.ClientForApiKeyAsync(Client, ["read"]);
        var user = await Fixture.CreateUserAsync("xem@antq.example", [Antq.Api.Domain.Roles.Viewer]);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await Anonymous.LoginAsync("xem@antq.example")).AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/events")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Client.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { roles = new[] { "viewer" }, unlock = true }, Json)).StatusCode);

        await AssertProblemAsync(await client.GetAsync("/api/v1/events"), HttpStatusCode.Unauthorized);
    }
}
