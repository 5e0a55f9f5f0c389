using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Antq.Api.Domain;
using Antq.Api.Features.ApiKeys;
using Antq.Api.Features.Participants;
using Antq.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Tests.Features.Security;

public sealed class ApiKeyTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly object NewParticipant = new { kind = "collective", fullName = "Nhân dân và cán bộ phường Định Công" };

    [Fact]
    public async Task A_write_key_creates_a_participant_a_read_key_is_403_and_a_revoked_key_is_401()
    {
        var (writer, writeKey) = await Fixture.ClientForApiKeyAsync(Client, ["write"]);
        var (reader, _) = await Fixture.ClientForApiKeyAsync(Client, ["read"]);

        var created = await writer.PostAsJsonAsync("/api/v1/participants", NewParticipant, Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("scope", await AssertProblemAsync(await reader.PostAsJsonAsync("/api/v1/participants", NewParticipant, Json), HttpStatusCode.Forbidden), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/participants")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/api-keys/{writeKey.Id}")).StatusCode);
        Assert.Contains("X-Api-Key", await AssertProblemAsync(await writer.PostAsJsonAsync("/api/v1/participants", NewParticipant, Json), HttpStatusCode.Unauthorized), StringComparison.Ordinal);
        await AssertProblemAsync(await writer.GetAsync("/api/v1/participants"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_key_is_shown_once_stored_only_as_a_hash_and_its_last_use_is_recorded()
    {
        var (client, key) = await Fixture.ClientForApiKeyAsync(Client, ["read"]);
        Assert.StartsWith("antq_", key.Key, StringComparison.Ordinal);

        await client.GetAsync("/api/v1/events");

        var stored = await Fixture.WithDbAsync(db => db.ApiKeys.SingleAsync(k => k.Id == key.Id));
        var secret = key.Key[(stored.Prefix.Length + 1)..];
        Assert.True(secret.Length >= 40, "the secret part is long and random");
        var listed = await Client.GetStringAsync("/api/v1/api-keys");
        Assert.Contains(stored.Prefix, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        var row = await Fixture.WithDbAsync(db => db.Database
            .SqlQuery<string>($"SELECT row_to_json(k)::text AS \"Value\" FROM api_keys k WHERE k.id = {key.Id}").SingleAsync());
        Assert.DoesNotContain(secret, row, StringComparison.Ordinal);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key.Key)), stored.SecretHash);
        Assert.NotNull(stored.LastUsedAt);
        Assert.True(stored.LastUsedAt > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task An_expired_key_is_401_and_a_key_cannot_be_issued_already_expired()
    {
        var (client, key) = await Fixture.ClientForApiKeyAsync(Client, ["read"]);
        await Fixture.WithDbAsync(db => db.ApiKeys.Where(k => k.Id == key.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        await AssertProblemAsync(await client.GetAsync("/api/v1/events"), HttpStatusCode.Unauthorized);
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/api-keys",
            new { name = "Cũ", scopes = new[] { "read" }, expiresAt = DateTimeOffset.UtcNow.AddDays(-1) }, Json), "expiresAt");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/api-keys", new { name = "Sai", scopes = new[] { "delete" } }, Json), "scopes[0]");
    }

    [Fact]
    public async Task A_key_limited_to_a_unit_writes_only_there()
    {
        var wardA = await CreateUnitAsync("Phường A", UnitKind.Area);
        var wardB = await CreateUnitAsync("Phường B", UnitKind.Area);
        var (client, key) = await Fixture.ClientForApiKeyAsync(Client, ["write"], [wardA.Id]);
        Assert.Equal([wardA.Id], key.UnitIds);
        Assert.Equal([wardA.Id], (await Client.GetPageAsync<ApiKeyResponse>("/api/v1/api-keys")).Items.Single(k => k.Id == key.Id).UnitIds);

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Trần A", unitId = wardA.Id }, Json)).StatusCode);
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Trần B", unitId = wardB.Id }, Json), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Trần C" }, Json), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Keys_never_reach_admin_endpoints()
    {
        var (client, _) = await Fixture.ClientForApiKeyAsync(Client, ["read", "write"]);
        await AssertProblemAsync(await client.GetAsync("/api/v1/api-keys"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/v1/api-keys", new { name = "Tự cấp", scopes = new[] { "write" } }, Json), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Personal_fields_reach_admins_editors_and_write_keys_only()
    {
        var ward = await CreateUnitAsync("Phường Định Công", UnitKind.Area);
        var created = await Client.PostAsJsonAsync("/api/v1/participants",
            new { kind = "individual", fullName = "Nguyễn Thị Phượng", phone = "0912 345 678", email = "phuong@dinhcong.example", unitId = ward.Id }, Json);
        var id = (await created.Content.ReadFromJsonAsync<ParticipantResponse>(Json))!.Id;

        var viewer = await Fixture.ClientForUserAsync("xem@antq.example", [Roles.Viewer]);
        var editor = await Fixture.ClientForUserAsync("bien.tap@antq.example", [Roles.Editor], [ward.Id]);
        var (readKey, _) = await Fixture.ClientForApiKeyAsync(Client, ["read"]);
        var (writeKey, _) = await Fixture.ClientForApiKeyAsync(Client, ["write"]);

        foreach (var (who, client, sees) in new[] { ("admin", Client, true), ("editor", editor, true), ("write key", writeKey, true),
                     ("viewer", viewer, false), ("read key", readKey, false), ("anonymous", Anonymous, false) })
        {
            var one = await client.GetFromJsonAsync<ParticipantResponse>($"/api/v1/participants/{id}", Json);
            var listed = Assert.Single((await client.GetPageAsync<ParticipantResponse>("/api/v1/participants?q=phuong")).Items);
            Assert.True(sees == (one!.Phone == "0912 345 678") && sees == (listed.Email == "phuong@dinhcong.example"), who);
            if (!sees)
                Assert.True(one.Phone is null && one.Email is null && listed.Phone is null && listed.Email is null, who);
        }
    }
}
