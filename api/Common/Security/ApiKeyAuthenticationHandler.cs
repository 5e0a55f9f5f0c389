using System.Security.Claims;
using System.Text.Encodings.Web;
using Antq.Api.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Antq.Api.Common.Security;

/// <summary>Authenticates integrators by the X-Api-Key header. Unknown, revoked and expired keys fail (401).</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AntqDbContext db, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>Recording every use would write on every request; a minute's precision is enough.</summary>
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyClaims.Header, out var values))
            return AuthenticateResult.NoResult();

        var presented = values.ToString().Trim();
        var prefix = Domain.ApiKey.PrefixOf(presented);
        if (prefix is null)
            return AuthenticateResult.Fail("The API key is malformed.");

        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        var now = time.GetUtcNow();
        if (key is null || !key.Matches(presented))
            return AuthenticateResult.Fail("The API key is not valid.");
        if (!key.IsActive(now))
            return AuthenticateResult.Fail("The API key was revoked or has expired.");

        if (key.LastUsedAt is null || now - key.LastUsedAt > LastUsedPrecision)
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);

        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, key.Name),
            .. key.Scopes.Select(s => new Claim(ApiKeyClaims.Scope, s.ToString())),
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
