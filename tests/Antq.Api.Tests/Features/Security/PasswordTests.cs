using System.Net;
using System.Net.Http.Json;
using Antq.Api.Data.Seeding;
using Antq.Api.Domain;
using Antq.Api.Features.Audit;
using Antq.Api.Features.Auth;
using Antq.Api.Features.Users;
using Antq.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Antq.Api.Tests.Features.Security;

/// <summary>Changing one's password, an admin's reset, and the first sign-in with a password someone else chose.</summary>
public sealed class PasswordTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string NewPassword = "mat-khau-moi-2024";

    [Fact]
    public async Task Changing_ones_password_ends_the_old_tokens_and_returns_a_fresh_pair()
    {
        await Fixture.CreateUserAsync("can.bo@antq.example", [Roles.Viewer]);
        var old = await Anonymous.LoginAsync("can.bo@antq.example");
        var session = Fixture.WithBearer(old.AccessToken);

        var changed = await session.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = Principals.Password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var fresh = (await changed.Content.ReadFromJsonAsync<TokenResponse>())!;
        Assert.Equal("Bearer", fresh.TokenType);
        Assert.Equal(HttpStatusCode.OK, (await Fixture.WithBearer(fresh.AccessToken).GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.RefreshAsync(fresh.RefreshToken)).StatusCode);
        await AssertProblemAsync(await session.GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await Anonymous.RefreshAsync(old.RefreshToken), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await Anonymous.LoginRawAsync("can.bo@antq.example", Principals.Password), HttpStatusCode.Unauthorized);
        await Anonymous.LoginAsync("can.bo@antq.example", NewPassword);
    }

    [Fact]
    public async Task A_wrong_current_password_or_a_weak_new_one_is_400_naming_the_field_in_the_callers_language()
    {
        await Fixture.CreateUserAsync("can.bo@antq.example", [Roles.Viewer]);
        var session = Fixture.WithBearer((await Anonymous.LoginAsync("can.bo@antq.example")).AccessToken);
        HttpRequestMessage InVietnamese(object body) => new(HttpMethod.Post, "/api/v1/auth/password")
        {
            Content = JsonContent.Create(body),
            Headers = { AcceptLanguage = { new("vi") } },
        };

        Assert.Contains("Mật khẩu hiện tại không đúng.",
            await AssertFieldErrorAsync(await session.SendAsync(InVietnamese(new { currentPassword = "khong-phai-2023", newPassword = NewPassword })), "currentPassword"));
        var weak = await AssertFieldErrorAsync(await session.SendAsync(InVietnamese(new { currentPassword = Principals.Password, newPassword = "ngan" })), "newPassword");
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", weak);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ số (0-9).", weak);
        Assert.Contains(await AssertFieldErrorAsync(await session.PostAsJsonAsync("/api/v1/auth/password",
            new { currentPassword = Principals.Password, newPassword = "khongcochuso" }), "newPassword"), m => m.Contains("digit", StringComparison.Ordinal));
        await AssertFieldErrorAsync(await session.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = Principals.Password }), "newPassword");

        // Nothing changed: the session and the old password still work.
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/auth/me")).StatusCode);
        await Anonymous.LoginAsync("can.bo@antq.example");
    }

    [Fact]
    public async Task Guessing_the_current_password_with_a_token_locks_the_account_as_sign_in_does()
    {
        await Fixture.CreateUserAsync("can.bo@antq.example", [Roles.Viewer]);
        var session = Fixture.WithBearer((await Anonymous.LoginAsync("can.bo@antq.example")).AccessToken);

        for (var attempt = 0; attempt < 5; attempt++)
            await AssertFieldErrorAsync(await session.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = $"doan-mo-{attempt}-2023", newPassword = NewPassword }), "currentPassword");

        await AssertProblemAsync(await session.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = Principals.Password, newPassword = NewPassword }), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await Anonymous.LoginRawAsync("can.bo@antq.example", Principals.Password), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task After_an_admin_reset_the_user_signs_in_with_the_temporary_password_and_must_change_it_before_anything_else()
    {
        var user = await Fixture.CreateUserAsync("can.bo@antq.example", [Roles.Editor]);
        var oldSession = await Anonymous.LoginAsync("can.bo@antq.example");

        var resetResponse = await Client.PostAsync($"/api/v1/users/{user.Id}/password-reset", null);

        Assert.Equal(HttpStatusCode.OK, resetResponse.StatusCode);
        var temporary = (await resetResponse.Content.ReadFromJsonAsync<TemporaryPasswordResponse>(Json))!.TemporaryPassword;
        Assert.True(temporary.Length >= 12, temporary);
        await AssertProblemAsync(await Fixture.WithBearer(oldSession.AccessToken).GetAsync("/api/v1/events"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await Anonymous.RefreshAsync(oldSession.RefreshToken), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await Anonymous.LoginRawAsync("can.bo@antq.example", Principals.Password), HttpStatusCode.Unauthorized);
        Assert.True((await Client.GetFromJsonAsync<UserResponse>($"/api/v1/users/{user.Id}", Json))!.MustChangePassword);

        var first = await Anonymous.LoginAsync("can.bo@antq.example", temporary);
        var session = Fixture.WithBearer(first.AccessToken);
        Assert.True((await session.GetFromJsonAsync<MeResponse>("/api/v1/auth/me", Json))!.MustChangePassword);
        Assert.Contains("/api/v1/auth/password", await AssertProblemAsync(await session.GetAsync("/api/v1/events"), HttpStatusCode.Forbidden), StringComparison.Ordinal);
        await AssertProblemAsync(await session.GetAsync("/api/v1/units"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await session.PostAsJsonAsync("/api/v1/participants", new { kind = "collective", fullName = "Tổ 41" }, Json), HttpStatusCode.Forbidden);
        var refreshed = await Anonymous.RefreshAsync(first.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        session = Fixture.WithBearer((await refreshed.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken);

        var changed = await session.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = temporary, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var fresh = Fixture.WithBearer((await changed.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken);
        Assert.False((await fresh.GetFromJsonAsync<MeResponse>("/api/v1/auth/me", Json))!.MustChangePassword);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/events")).StatusCode);
        await AssertProblemAsync(await Anonymous.LoginRawAsync("can.bo@antq.example", temporary), HttpStatusCode.Unauthorized);

        var reset = Assert.Single((await Client.GetPageAsync<AuditEntryResponse>("/api/v1/audit?command=ResetPasswordCommand")).Items);
        Assert.Equal(("quan.tri@antq.example", user.Id, AuditOutcome.Succeeded), (reset.ActorName, reset.RecordId!.Value, reset.Outcome));
        var change = Assert.Single((await Client.GetPageAsync<AuditEntryResponse>("/api/v1/audit?command=ChangePasswordCommand")).Items);
        Assert.Equal(("can.bo@antq.example", AuditOutcome.Succeeded), (change.ActorName, change.Outcome));
        var audit = await Client.GetStringAsync("/api/v1/audit?pageSize=100");
        var logs = string.Join("\n", Fixture.Logs);
        Assert.DoesNotContain(temporary, audit, StringComparison.Ordinal);
        Assert.DoesNotContain(temporary, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_lifts_a_lockout_and_an_admin_cannot_reset_their_own_password_there()
    {
        var user = await Fixture.CreateUserAsync("can.bo@antq.example", [Roles.Viewer]);
        for (var attempt = 0; attempt < 5; attempt++)
            await Anonymous.LoginRawAsync("can.bo@antq.example", "sai-mat-khau-1");
        Assert.True((await Client.GetFromJsonAsync<UserResponse>($"/api/v1/users/{user.Id}", Json))!.LockedOut);

        var temporary = (await (await Client.PostAsync($"/api/v1/users/{user.Id}/password-reset", null)).Content.ReadFromJsonAsync<TemporaryPasswordResponse>(Json))!;

        await Anonymous.LoginAsync("can.bo@antq.example", temporary.TemporaryPassword);
        var me = (await Client.GetFromJsonAsync<MeResponse>("/api/v1/auth/me", Json))!;
        var admin = Assert.Single((await Client.GetPageAsync<UserResponse>($"/api/v1/users?q={me.Email}")).Items);
        Assert.Contains("/api/v1/auth/password", await AssertProblemAsync(await Client.PostAsync($"/api/v1/users/{admin.Id}/password-reset", null), HttpStatusCode.Conflict),
            StringComparison.Ordinal);
        await AssertProblemAsync(await Client.PostAsync($"/api/v1/users/{Guid.NewGuid()}/password-reset", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_account_an_admin_created_must_change_its_password_but_the_seeded_first_admin_need_not()
    {
        var created = await Client.PostAsJsonAsync("/api/v1/users", new { email = "moi@antq.example", password = Principals.Password, roles = new[] { "viewer" } }, Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True((await created.Content.ReadFromJsonAsync<UserResponse>(Json))!.MustChangePassword);
        var newcomer = Fixture.WithBearer((await Anonymous.LoginAsync("moi@antq.example")).AccessToken);
        Assert.True((await newcomer.GetFromJsonAsync<MeResponse>("/api/v1/auth/me", Json))!.MustChangePassword);
        await AssertProblemAsync(await newcomer.GetAsync("/api/v1/events"), HttpStatusCode.Forbidden);

        await using (var scope = Fixture.Factory.Services.CreateAsyncScope())
        {
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ANTQ_ADMIN_EMAIL"] = "admin@antq.local",
                ["ANTQ_ADMIN_PASSWORD"] = "antq-admin-2023",
            }).Build();
            await IdentitySeeder.EnsureFirstAdminAsync(scope.ServiceProvider, config, NullLogger.Instance);
        }
        var firstAdmin = Fixture.WithBearer((await Anonymous.LoginAsync("admin@antq.local", "antq-admin-2023")).AccessToken);
        Assert.False((await firstAdmin.GetFromJsonAsync<MeResponse>("/api/v1/auth/me", Json))!.MustChangePassword);
        Assert.Equal(HttpStatusCode.OK, (await firstAdmin.GetAsync("/api/v1/users")).StatusCode);
    }
}
