using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Antq.Api.Tests.Infrastructure;

internal static class TokenClients
{
    /// <summary>A client that sends this access token.</summary>
    public static HttpClient WithBearer(this ApiFixture fixture, string accessToken)
    {
        var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static Task<HttpResponseMessage> RefreshAsync(this HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    public static Task<HttpResponseMessage> LoginRawAsync(this HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
}
