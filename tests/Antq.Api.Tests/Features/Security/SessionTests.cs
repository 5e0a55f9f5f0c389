using System.Net;
using System.Net.Http.Json;
using Antq.Api.Domain;
using Antq.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Antq.Api.Tests.Features.Security;

/// <summary>A token never outlives what happened to its account, and a refresh token works once.</summary>
public sealed class SessionTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_demoted_admin_loses_admin_rights_at_once_not_when_the_token_expires()
    {
        var user = await Fixture.CreateUserAsync("pho.quan.tri@antq.example", [Roles.Admin]);
        var demoted = Fixture.WithBearer((await Anonymous.LoginAsync("pho.quan.tri@antq.example")).AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await demoted.GetAsync("/api/v1/users")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Client.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { roles = new[] { "viewer" } }, Json)).StatusCode);

        await AssertProblemAsync(await demoted.GetAsync("/api/v1/users"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await demoted.PostAsJsonAsync("/api/v1/api-keys", new { name = "Cửa sau", scopes = new[] { "write" } }, Json), HttpStatusCode.Unauthorized);
        var signedInAgain = Fixture.WithBearer((await Anonymous.LoginAsync("pho.quan.tri@antq.example")).AccessToken);
        await AssertProblemAsync(await signedInAgain.GetAsync("/api/v1/users"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_user_locked_out_by_wrong_passwords_loses_the_session_already_open()
    {
        await Fixture.CreateUserAsync("can.bo@antq.example", [Roles.Viewer]);
        var session = Fixture.WithBearer((await Anonymous.LoginAsync("can.bo@antq.example")).AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/auth/me")).StatusCode);

        for (var attempt = 0; attempt < 5; attempt++)
            await Anonymous.LoginRawAsync("can.bo@antq.example", "sai-mat-khau-1");

        await AssertProblemAsync(await session.GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await session.GetAsync("/api/v1/events"), HttpStatusCode.Unauthorized);

        // The session stays ended when the lockout runs out.
        await Fixture.WithDbAsync(db => db.Users.Where(u => u.Email == "can.bo@antq.example")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(-1))));
        await AssertProblemAsync(await session.GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized);
        await Anonymous.LoginAsync("can.bo@antq.example");
    }

    [Fact]
    public async Task A_deleted_users_token_is_401_at_once()
    {
        var user = await Fixture.CreateUserAsync("da.nghi@antq.example", [Roles.Admin]);
        var session = Fixture.WithBearer((await Anonymous.LoginAsync("da.nghi@antq.example")).AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/users")).StatusCode);

        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.DeleteAsync((await users.FindByIdAsync(user.Id.ToString()))!)).Succeeded);
        }

        await AssertProblemAsync(await session.GetAsync("/api/v1/users"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await session.GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_presenting_it_again_ends_the_whole_chain()
    {
        await Fixture.CreateUserAsync("xem@antq.example", [Roles.Viewer]);
        var signIn = await Anonymous.LoginAsync("xem@antq.example");
        var otherDevice = await Anonymous.LoginAsync("xem@antq.example");

        var first = await Anonymous.RefreshAsync(signIn.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var renewed = (await first.Content.ReadFromJsonAsync<TokenResponse>())!;
        Assert.NotEqual(signIn.RefreshToken, renewed.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await Fixture.WithBearer(renewed.AccessToken).GetAsync("/api/v1/auth/me")).StatusCode);

        await AssertProblemAsync(await Anonymous.RefreshAsync(signIn.RefreshToken), HttpStatusCode.Unauthorized);

        await AssertProblemAsync(await Anonymous.RefreshAsync(renewed.RefreshToken), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await Fixture.WithBearer(renewed.AccessToken).GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized);
        // Another sign-in of the same person is another chain, and lives on.
        Assert.Equal(HttpStatusCode.OK, (await Fixture.WithBearer(otherDevice.AccessToken).GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.RefreshAsync(otherDevice.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_that_sign_in_on_the_server_and_no_other()
    {
        await Fixture.CreateUserAsync("xem@antq.example", [Roles.Viewer]);
        var laptop = await Anonymous.LoginAsync("xem@antq.example");
        var phone = await Anonymous.LoginAsync("xem@antq.example");

        Assert.Equal(HttpStatusCode.NoContent, (await Fixture.WithBearer(laptop.AccessToken).PostAsync("/api/v1/auth/sign-out", null)).StatusCode);

        await AssertProblemAsync(await Fixture.WithBearer(laptop.AccessToken).GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await Anonymous.RefreshAsync(laptop.RefreshToken), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await Fixture.WithBearer(phone.AccessToken).GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.RefreshAsync(phone.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task Two_refreshes_racing_with_the_same_token_get_one_pair_at_most()
    {
        await Fixture.CreateUserAsync("xem@antq.example", [Roles.Viewer]);
        var signIn = await Anonymous.LoginAsync("xem@antq.example");

        var answers = await Task.WhenAll(Anonymous.RefreshAsync(signIn.RefreshToken), Anonymous.RefreshAsync(signIn.RefreshToken));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_refresh_token_of_a_user_whose_roles_changed_is_401_and_refresh_tells_in_vietnamese()
    {
        var user = await Fixture.CreateUserAsync("bien.tap@antq.example", [Roles.Admin]);
        var tokens = await Anonymous.LoginAsync("bien.tap@antq.example");
        await Client.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { roles = new[] { "viewer" } }, Json);

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/refresh")
        {
            Content = JsonContent.Create(new { refreshToken = tokens.RefreshToken }),
            Headers = { AcceptLanguage = { new("vi") } },
        };
        Assert.Contains("đăng nhập lại", await AssertProblemAsync(await Anonymous.SendAsync(request), HttpStatusCode.Unauthorized), StringComparison.Ordinal);
    }
}
