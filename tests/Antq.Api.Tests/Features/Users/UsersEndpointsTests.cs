using System.Net;
using System.Net.Http.Json;
using Antq.Api.Domain;
using Antq.Api.Features.Auth;
using Antq.Api.Features.Users;
using Antq.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Tests.Features.Users;

/// <summary>What an admin does with accounts: create, change roles and units, lift a lockout, and the rules around them.</summary>
public sealed class UsersEndpointsTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Create_returns_201_with_a_location_roles_and_units_and_the_account_is_listed()
    {
        var ward = await CreateUnitAsync("Phường Định Công", UnitKind.Area);

        var response = await Client.PostAsJsonAsync("/api/v1/users",
            new { email = "  bien.tap@dinhcong.example ", password = Principals.Password, roles = new[] { "editor", "viewer", "editor" }, unitIds = new[] { ward.Id, ward.Id } }, Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<UserResponse>(Json))!;
        Assert.Equal("bien.tap@dinhcong.example", created.Email);
        Assert.Equal(["editor", "viewer"], created.Roles);
        Assert.Equal([ward.Id], created.UnitIds);
        Assert.False(created.LockedOut);
        Assert.Equal($"/api/v1/users/{created.Id}", response.Headers.Location?.OriginalString);
        var fetched = (await Client.GetFromJsonAsync<UserResponse>(response.Headers.Location!.OriginalString, Json))!;
        Assert.Equal([ward.Id], fetched.UnitIds);
        var listed = Assert.Single((await Client.GetPageAsync<UserResponse>("/api/v1/users?q=dinhcong")).Items);
        Assert.Equal(created.Id, listed.Id);
        Assert.Equal([ward.Id], listed.UnitIds);
    }

    [Fact]
    public async Task A_second_account_with_the_same_email_in_any_case_is_409_naming_the_email()
    {
        await Fixture.CreateUserAsync("can.bo@antq.example", [Roles.Viewer]);

        var duplicate = await Client.PostAsJsonAsync("/api/v1/users", new { email = "Can.Bo@ANTQ.example", password = Principals.Password, roles = new[] { "viewer" } }, Json);

        Assert.Contains("email", await AssertProblemAsync(duplicate, HttpStatusCode.Conflict), StringComparison.Ordinal);
        Assert.Single((await Client.GetPageAsync<UserResponse>("/api/v1/users?q=can.bo")).Items);
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_role()
    {
        var me = (await Client.GetFromJsonAsync<MeResponse>("/api/v1/auth/me", Json))!;
        var self = Assert.Single((await Client.GetPageAsync<UserResponse>($"/api/v1/users?q={me.Email}")).Items);

        var demote = await Client.PutAsJsonAsync($"/api/v1/users/{self.Id}", new { roles = new[] { "viewer" } }, Json);

        Assert.Contains("own admin role", await AssertProblemAsync(demote, HttpStatusCode.Conflict), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal([Roles.Admin], (await Client.GetFromJsonAsync<UserResponse>($"/api/v1/users/{self.Id}", Json))!.Roles);
    }

    [Fact]
    public async Task Roles_and_units_change_and_only_existing_units_can_be_given()
    {
        var wardA = await CreateUnitAsync("Phường A", UnitKind.Area);
        var wardB = await CreateUnitAsync("Phường B", UnitKind.Area);
        var user = await Fixture.CreateUserAsync("bien.tap@antq.example", [Roles.Viewer]);

        var toEditor = await Client.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { roles = new[] { "editor" }, unitIds = new[] { wardA.Id, wardB.Id } }, Json);
        Assert.Equal(HttpStatusCode.OK, toEditor.StatusCode);
        var fetched = (await Client.GetFromJsonAsync<UserResponse>($"/api/v1/users/{user.Id}", Json))!;
        Assert.Equal([Roles.Editor], fetched.Roles);
        Assert.Equal(new[] { wardA.Id, wardB.Id }.Order(), fetched.UnitIds.Order());

        Assert.Equal(HttpStatusCode.OK, (await Client.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { roles = new[] { "editor" }, unitIds = new[] { wardB.Id } }, Json)).StatusCode);
        Assert.Equal([wardB.Id], (await Client.GetFromJsonAsync<UserResponse>($"/api/v1/users/{user.Id}", Json))!.UnitIds);
        var editor = Fixture.WithBearer((await Anonymous.LoginAsync("bien.tap@antq.example")).AccessToken);
        Assert.Equal([wardB.Id], (await editor.GetFromJsonAsync<MeResponse>("/api/v1/auth/me", Json))!.UnitIds);

        await AssertFieldErrorAsync(await Client.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { roles = new[] { "editor" }, unitIds = new[] { Guid.NewGuid() } }, Json), "unitIds");
        await AssertFieldErrorAsync(await Client.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { roles = new[] { "editor" } }, Json), "unitIds");
        await AssertProblemAsync(await Client.PutAsJsonAsync($"/api/v1/users/{Guid.NewGuid()}", new { roles = new[] { "viewer" } }, Json), HttpStatusCode.NotFound);
        Assert.Equal([wardB.Id], (await Client.GetFromJsonAsync<UserResponse>($"/api/v1/users/{user.Id}", Json))!.UnitIds);
    }

    [Fact]
    public async Task A_unit_given_to_an_account_or_a_key_cannot_be_deleted()
    {
        var wardA = await CreateUnitAsync("Phường A", UnitKind.Area);
        var wardB = await CreateUnitAsync("Phường B", UnitKind.Area);
        await Fixture.CreateUserAsync("bien.tap@antq.example", [Roles.Editor], [wardA.Id]);
        await Fixture.ClientForApiKeyAsync(Client, ["write"], [wardB.Id]);

        await AssertProblemAsync(await Client.DeleteAsync($"/api/v1/units/{wardA.Id}"), HttpStatusCode.Conflict);
        await AssertProblemAsync(await Client.DeleteAsync($"/api/v1/units/{wardB.Id}"), HttpStatusCode.Conflict);

        Assert.Equal(2, await Fixture.WithDbAsync(db => db.Units.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/v1/units/{wardA.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_lockout_shows_in_the_account_and_an_admin_lifts_it()
    {
        var user = await Fixture.CreateUserAsync("can.bo@antq.example", [Roles.Viewer]);
        for (var attempt = 0; attempt < 5; attempt++)
            await Anonymous.LoginRawAsync("can.bo@antq.example", "sai-mat-khau-1");
        Assert.True((await Client.GetFromJsonAsync<UserResponse>($"/api/v1/users/{user.Id}", Json))!.LockedOut);
        await AssertProblemAsync(await Anonymous.LoginRawAsync("can.bo@antq.example", Principals.Password), HttpStatusCode.Unauthorized);

        var unlocked = await Client.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { roles = new[] { "viewer" }, unlock = true }, Json);

        Assert.False((await unlocked.Content.ReadFromJsonAsync<UserResponse>(Json))!.LockedOut);
        await Anonymous.LoginAsync("can.bo@antq.example");
    }
}
