using System.Net.Http.Headers;
using System.Net.Http.Json;
using Antq.Api.Domain;
using Antq.Api.Features.ApiKeys;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Antq.Api.Tests.Infrastructure;

/// <summary>Creates the people and keys tests act as, through the same stores and endpoints the app uses.</summary>
public static class Principals
{
    public const string Password = "mat-khau-2023";

    public static async Task<AppUser> CreateUserAsync(this ApiFixture fixture, string email, string[] roles, Guid[]? unitIds = null)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        user.AssignUnits(unitIds ?? []);
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRolesAsync(user, roles);
        return user;
    }

    public static async Task<TokenResponse> LoginAsync(this HttpClient client, string email, string password = Password)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        Assert.True(response.IsSuccessStatusCode, $"login {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    /// <summary>A client signed in as a new user with these roles (and units, for editors).</summary>
    public static async Task<HttpClient> ClientForUserAsync(this ApiFixture fixture, string email, string[] roles, Guid[]? unitIds = null)
    {
        await fixture.CreateUserAsync(email, roles, unitIds);
        var client = fixture.Factory.CreateClient();
        var tokens = await client.LoginAsync(email);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return client;
    }

    /// <summary>Issues a key through the admin endpoint and returns a client that sends it.</summary>
    public static async Task<(HttpClient Client, CreatedApiKeyResponse Key)> ClientForApiKeyAsync(this ApiFixture fixture, HttpClient admin,
        string[] scopes, Guid[]? unitIds = null)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = $"Tích hợp {Guid.NewGuid():N}", scopes, unitIds }, ApiTest.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var key = (await response.Content.ReadFromJsonAsync<CreatedApiKeyResponse>(ApiTest.Json))!;
        var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key.Key);
        return (client, key);
    }
}

public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
