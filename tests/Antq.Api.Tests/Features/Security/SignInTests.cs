using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Antq.Api.Domain;
using Antq.Api.Features.Audit;
using Antq.Api.Features.Auth;
using Antq.Api.Tests.Infrastructure;

namespace Antq.Api.Tests.Features.Security;

public sealed class SignInTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Login_returns_bearer_and_refresh_tokens_and_me_tells_who_and_what()
    {
        var ward = await CreateUnitAsync("Phường Định Công", UnitKind.Area);
        await Fixture.CreateUserAsync("bien.tap@antq.example", [Roles.Editor], [ward.Id]);

        var tokens = await Anonymous.LoginAsync("bien.tap@antq.example");

        Assert.Equal("Bearer", tokens.TokenType);
        Assert.True(tokens.ExpiresIn > 0);
        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));
        var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        var body = (await (await Anonymous.SendAsync(me)).Content.ReadFromJsonAsync<MeResponse>(Json))!;
        Assert.Equal("bien.tap@antq.example", body.Email);
        Assert.Equal([Roles.Editor], body.Roles);
        Assert.Equal([ward.Id], body.UnitIds);
    }

    [Fact]
    public async Task Answers_carrying_tokens_keys_or_one_time_passwords_are_never_cached()
    {
        var user = await Fixture.CreateUserAsync("bien.tap@antq.example", [Roles.Viewer]);
        var login = await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "bien.tap@antq.example", password = Principals.Password }, Json);
        var tokens = (await login.Content.ReadFromJsonAsync<TokenResponse>(Json))!;
        var refresh = await Anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }, Json);
        var key = await Client.PostAsJsonAsync("/api/v1/api-keys", new { name = "Cổng quận", scopes = new[] { "read" } }, Json);
        var reset = await Client.PostAsync($"/api/v1/users/{user.Id}/password-reset", null);

        foreach (var response in new[] { login, refresh, key, reset })
        {
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage!.RequestUri} must say no-store");
        }
        Assert.False((await Client.GetAsync("/api/v1/units")).Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task A_locked_account_and_an_unknown_email_get_the_same_answer_and_the_lockout_holds()
    {
        await Fixture.CreateUserAsync("can.bo@antq.example", [Roles.Viewer]);
        var unknown = new List<(HttpStatusCode, string)>();
        var real = new List<(HttpStatusCode, string)>();

        for (var attempt = 1; attempt <= 6; attempt++)
        {
            real.Add(await AnswerAsync(await Anonymous.LoginRawAsync("can.bo@antq.example", "sai-mat-khau-1")));
            unknown.Add(await AnswerAsync(await Anonymous.LoginRawAsync("khong.co@antq.example", "sai-mat-khau-1")));
        }

        Assert.Equal(unknown, real);
        Assert.All(real, answer => Assert.Equal(HttpStatusCode.Unauthorized, answer.Item1));
        // Locked: even the right password is refused, with the same words.
        var right = await AnswerAsync(await Anonymous.LoginRawAsync("can.bo@antq.example", Principals.Password));
        Assert.Equal(unknown[0], right);
        Assert.Equal(unknown[0], await AnswerAsync(await Anonymous.LoginRawAsync("khong.co@antq.example", Principals.Password)));
    }

    private static async Task<(HttpStatusCode, string)> AnswerAsync(HttpResponseMessage response) =>
        (response.StatusCode, await AssertProblemAsync(response, response.StatusCode));

    [Fact]
    public async Task Sign_in_input_is_validated_like_every_other_command_and_in_vietnamese_on_request()
    {
        await AssertFieldErrorAsync(await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { password = "mat-khau-2023" }), "email");
        await AssertFieldErrorAsync(await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "a@antq.example", password = "" }), "password");
        await AssertFieldErrorAsync(await Anonymous.PostRawJsonAsync("/api/v1/auth/login", "{\"email\": 42}"), "email");

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { email = "a@antq.example" }),
            Headers = { AcceptLanguage = { new("vi") } },
        };
        var message = Assert.Single(await AssertFieldErrorAsync(await Anonymous.SendAsync(request), "password"));
        Assert.DoesNotContain("must not be empty", message, StringComparison.Ordinal);

        var refused = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { email = "khong.co@antq.example", password = "sai-mat-khau-1" }),
            Headers = { AcceptLanguage = { new("vi") } },
        };
        Assert.Contains("Email hoặc mật khẩu không đúng", await AssertProblemAsync(await Anonymous.SendAsync(refused), HttpStatusCode.Unauthorized), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_ins_and_refused_sign_ins_are_audited_with_the_email_tried_and_never_the_password()
    {
        var user = await Fixture.CreateUserAsync("can.bo@antq.example", [Roles.Viewer]);
        const string wrongPassword = "mat-khau-sai-9731";

        await Anonymous.LoginRawAsync("khong.co@antq.example", wrongPassword);
        var tokens = await Anonymous.LoginAsync("can.bo@antq.example");
        await Anonymous.RefreshAsync(tokens.RefreshToken);

        var logins = (await Client.GetPageAsync<AuditEntryResponse>("/api/v1/audit?command=LoginCommand")).Items;
        Assert.Contains(logins, e => (e.ActorName, e.Outcome, e.Status) == ("khong.co@antq.example", AuditOutcome.Rejected, 401));
        Assert.Contains(logins, e => (e.ActorName, e.Outcome, e.Status, e.RecordId) == ("can.bo@antq.example", AuditOutcome.Succeeded, 200, user.Id));
        var refresh = Assert.Single((await Client.GetPageAsync<AuditEntryResponse>("/api/v1/audit?command=RefreshTokenCommand")).Items);
        Assert.Equal((AuditOutcome.Succeeded, user.Id), (refresh.Outcome, refresh.RecordId));

        var everything = await Client.GetStringAsync("/api/v1/audit?pageSize=100");
        var logs = string.Join("\n", Fixture.Logs);
        foreach (var secret in new[] { wrongPassword, Principals.Password, tokens.RefreshToken, tokens.AccessToken })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_admin_can_lift_a_lockout()
    {
        var user = await Fixture.CreateUserAsync("can.bo@antq.example", [Roles.Viewer]);
        for (var attempt = 0; attempt < 5; attempt++)
            await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "can.bo@antq.example", password = "sai-mat-khau" });

        var unlocked = await Client.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { roles = new[] { "viewer" }, unlock = true }, Json);

        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        await Anonymous.LoginAsync("can.bo@antq.example");
    }

    [Fact]
    public async Task Refresh_gives_new_working_tokens_and_a_forged_refresh_token_is_401()
    {
        await Fixture.CreateUserAsync("xem@antq.example", [Roles.Viewer]);
        var tokens = await Anonymous.LoginAsync("xem@antq.example");

        var refreshed = await Anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var renewed = (await refreshed.Content.ReadFromJsonAsync<TokenResponse>())!;
        var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.SendAsync(me)).StatusCode);

        var forged = await Anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken + "x" });
        await AssertProblemAsync(forged, HttpStatusCode.Unauthorized);
        await AssertFieldErrorAsync(await Anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { }), "refreshToken");
    }

    [Fact]
    public async Task Changing_a_users_roles_invalidates_their_refresh_token()
    {
        var user = await Fixture.CreateUserAsync("bien.tap@antq.example", [Roles.Admin]);
        var tokens = await Anonymous.LoginAsync("bien.tap@antq.example");

        await Client.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { roles = new[] { "viewer" } }, Json);

        await AssertProblemAsync(await Anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Nobody_can_sign_up_without_an_admin()
    {
        var register = await Anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email = "tu.dang.ky@antq.example", password = Principals.Password });
        Assert.Equal(HttpStatusCode.NotFound, register.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.PostAsJsonAsync("/register", new { email = "x@antq.example", password = Principals.Password })).StatusCode);
        await AssertProblemAsync(await Anonymous.PostAsJsonAsync("/api/v1/users", new { email = "a@antq.example", password = Principals.Password, roles = new[] { "admin" } }), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_or_garbled_bearer_token_is_401_even_where_anonymous_reads_are_allowed()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        await AssertProblemAsync(await Anonymous.SendAsync(request), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Admins_create_accounts_and_editors_need_units()
    {
        var noUnits = await Client.PostAsJsonAsync("/api/v1/users", new { email = "bien.tap@antq.example", password = Principals.Password, roles = new[] { "editor" } }, Json);
        await AssertFieldErrorAsync(noUnits, "unitIds");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/users", new { email = "x@antq.example", password = Principals.Password, roles = new[] { "owner" } }, Json), "roles");
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/users", new { email = "x@antq.example", password = "ngan", roles = new[] { "viewer" } }, Json), "password");

        var ward = await CreateUnitAsync("Phường Định Công", UnitKind.Area);
        var created = await Client.PostAsJsonAsync("/api/v1/users", new { email = "bien.tap@antq.example", password = Principals.Password, roles = new[] { "editor" }, unitIds = new[] { ward.Id } }, Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await Anonymous.LoginAsync("bien.tap@antq.example");
        await AssertProblemAsync(await Client.PostAsJsonAsync("/api/v1/users", new { email = "bien.tap@antq.example", password = Principals.Password, roles = new[] { "viewer" } }, Json), HttpStatusCode.Conflict);
    }
}
