using System.Net;
using System.Net.Http.Json;
using Antq.Api.Domain;
using Antq.Api.Features.Audit;
using Antq.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Antq.Api.Tests.Features.Security;

public sealed class RateLimitAndAuditTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_client_over_its_rate_gets_429_with_retry_after()
    {
        await using var tight = Fixture.WithSettings(("RateLimiting:PermitsPerMinute", "3"));
        var client = tight.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await client.GetAsync("/api/v1/units")).StatusCode);
        var limited = await client.GetAsync("/api/v1/units");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_is_limited_more_strictly()
    {
        await using var tight = Fixture.WithSettings(("RateLimiting:LoginPermitsPerMinute", "2"));
        var client = tight.CreateClient();
        var body = new { email = "khong.co@antq.example", password = "sai-mat-khau-1" };

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/login", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/login", body)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/v1/auth/login", body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/units")).StatusCode);
    }

    [Fact]
    public async Task Every_change_and_every_refused_change_is_in_the_audit_log_with_who_what_which_and_how()
    {
        var wardA = await CreateUnitAsync("Phường A", UnitKind.Area);
        var wardB = await CreateUnitAsync("Phường B", UnitKind.Area);
        var evt = await CreateEventAsync(wardB.Id);
        var editor = await Fixture.ClientForUserAsync("bien.tap@antq.example", [Roles.Editor], [wardA.Id]);
        var (key, issued) = await Fixture.ClientForApiKeyAsync(Client, ["write"]);

        await editor.PutAsJsonAsync($"/api/v1/events/{evt.Id}", EventBody(wardB.Id, "Sửa trái phép"), Json);
        await key.PostAsJsonAsync($"/api/v1/events/{evt.Id}/status", new { status = "scheduled" }, Json);

        var entries = (await Client.GetPageAsync<AuditEntryResponse>($"/api/v1/audit?recordId={evt.Id}")).Items;
        Assert.Collection(entries,
            scheduled =>
            {
                Assert.Equal((ActorKind.ApiKey, issued.Id, "ChangeEventStatusCommand", AuditOutcome.Succeeded, 200),
                    (scheduled.ActorKind, scheduled.ActorId!.Value, scheduled.Command, scheduled.Outcome, scheduled.Status));
            },
            refused => Assert.Equal(("bien.tap@antq.example", "UpdateEventCommand", AuditOutcome.Rejected, 403),
                (refused.ActorName, refused.Command, refused.Outcome, refused.Status)),
            created => Assert.Equal(("quan.tri@antq.example", "CreateEventCommand", AuditOutcome.Succeeded),
                (created.ActorName, created.Command, created.Outcome)));
        Assert.True(entries.All(e => e.At > DateTimeOffset.UtcNow.AddMinutes(-5)));
        // Each entry says which kind of record it is about and its name, so the log can link to it.
        Assert.All(entries, e => Assert.Equal((AuditRecordType.Event, "Hội nghị triển khai"), (e.RecordType!.Value, e.RecordName)));

        var invalid = await Client.PostAsJsonAsync("/api/v1/units", new { name = "" }, Json);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var rejected = Assert.Single((await Client.GetPageAsync<AuditEntryResponse>("/api/v1/audit?outcome=rejected&command=CreateUnitCommand")).Items);
        Assert.Equal(400, rejected.Status);

        // The command filter takes the names the document lists as AuditCommand; anything else is a clear 400.
        var document = System.Text.Json.JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"));
        var listed = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("AuditCommand").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("CheckInCommand", listed);
        Assert.Contains("SignOutCommand", listed);
        Assert.Contains(entries[0].Command, listed);
        var messages = await AssertFieldErrorAsync(await Client.GetAsync("/api/v1/audit?command=DropTableCommand"), "command");
        Assert.Contains("UpdateEventCommand", string.Join(" ", messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_is_append_only_in_the_database()
    {
        await CreateUnitAsync("Phường A", UnitKind.Area);
        Assert.True(await Fixture.WithDbAsync(db => db.AuditEntries.AnyAsync()));

        var delete = await Assert.ThrowsAsync<PostgresException>(() => Fixture.WithDbAsync(db => db.AuditEntries.ExecuteDeleteAsync()));
        var update = await Assert.ThrowsAsync<PostgresException>(() => Fixture.WithDbAsync(db =>
            db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(a => a.ActorName, "ai đó"))));

        Assert.Contains("append-only", delete.MessageText, StringComparison.Ordinal);
        Assert.Contains("append-only", update.MessageText, StringComparison.Ordinal);
    }
}
