using System.Security.Claims;
using System.Text.Encodings.Web;
using Antq.Api.Data;
using Antq.Api.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Antq.Api.Common.Security;

/// <summary>
/// Authenticates integrators by the X-Api-Key header. Unknown, revoked, expired and malformed keys (empty, short, long,
/// any characters) fail, which the credentials check turns into a 401.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AntqDbContext db, ApiKeyCache keys, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyClaims.Header, out var values))
            return AuthenticateResult.NoResult();

        var presented = values.ToString().Trim();
        if (ApiKey.PrefixOf(presented) is not { } prefix)
            return AuthenticateResult.Fail("The API key is malformed.");

        var key = await keys.FindAsync(db, prefix, Context.RequestAborted);
        var now = time.GetUtcNow();
        if (key is null || !key.Matches(presented))
            return AuthenticateResult.Fail("The API key is not valid.");
        if (!key.IsActive(now))
            return AuthenticateResult.Fail("The API key was revoked or has expired.");

        // The cached copy remembers when it was last marked, so the row is written at most once a minute per key.
        if (key.MarkUsed(now))
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, key.LastUsedAt), Context.RequestAborted);

        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, key.Name),
            .. Enum.GetValues<ApiKeyScope>().Where(key.Allows).Select(s => new Claim(ApiKeyClaims.Scope, s.ToString())),
            .. key.UnitIds.Select(u => new Claim(ApiKeyClaims.Unit, u.ToString())),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyClaims.Scheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiKeyClaims.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = ApiKeyClaims.Scheme;
        return Task.CompletedTask;
    }
}
