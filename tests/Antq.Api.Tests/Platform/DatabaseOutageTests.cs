using System.Diagnostics;
using System.Net;
using Antq.Api.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace Antq.Api.Tests.Platform;

/// <summary>While the database is unreachable clients get a quick 503 they can act on; when it returns, so does the app.</summary>
public sealed class DatabaseOutageTests(ApiFixture fixture, ITestOutputHelper output) : ApiTest(fixture)
{
    [Fact]
    public async Task While_the_database_is_down_requests_get_503_with_retry_after_quickly_and_the_app_recovers_by_itself()
    {
        var target = new NpgsqlConnectionStringBuilder(Fixture.ConnectionString);
        await using var relay = new TcpRelay(target.Host!, target.Port);
        relay.Start();
        var viaRelay = new NpgsqlConnectionStringBuilder(Fixture.ConnectionString) { Host = "127.0.0.1", Port = relay.Port }.ConnectionString;
        await using var app = Fixture.WithSettings(("ConnectionStrings:Default", viaRelay), ("Database:MigrateOnStartup", "false"));
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/events")).StatusCode);

        // Down (connections refused), then hung (connections accepted, never answered).
        foreach (var silent in new[] { false, true })
        {
            relay.Cut();
            if (silent)
                relay.Start(silent: true);
            foreach (var path in new[] { "/api/v1/events", "/api/v1/units?q=dinh", $"/api/v1/participants/{Guid.NewGuid()}" })
            {
                var clock = Stopwatch.StartNew();
                var response = await client.GetAsync(path);
                clock.Stop();
                await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After tells when to come back");
                // Two connection attempts of a second each at most; the bound leaves room for a loaded CI machine.
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{(silent ? "hung" : "down")}: {path} took {clock.Elapsed.TotalSeconds:F1} s");
                output.WriteLine($"{(silent ? "hung" : "down")} database: {path} → 503 in {clock.Elapsed.TotalSeconds:F2} s");
            }
        }
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);

        relay.Cut();
        relay.Start();
        await Eventually.TrueAsync(async () => (await client.GetAsync("/api/v1/events")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
