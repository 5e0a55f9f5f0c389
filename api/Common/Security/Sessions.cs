using System.Security.Claims;
using System.Text.Json.Serialization;
using Antq.Api.Data;
using Antq.Api.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Antq.Api.Common.Security;

/// <summary>The sign-in routes, named once (the endpoints map them; the credentials check lets them through).</summary>
public static class AuthPaths
{
    public const string Group = "/api/v1/auth";
    public const string LoginRoute = "/login";
    public const string RefreshRoute = "/refresh";
    public const string MeRoute = "/me";
    public const string PasswordRoute = "/password";
    public const string SignOutRoute = "/sign-out";

    public const string Login = Group + LoginRoute;
    public const string Refresh = Group + RefreshRoute;
    public const string Me = Group + MeRoute;
    public const string Password = Group + PasswordRoute;
    public const string SignOut = Group + SignOutRoute;

    /// <summary>Sign-in and refresh take no credentials: whatever else the client sends is ignored there.</summary>
    public static bool IsSignIn(HttpRequest request) =>
        request.Path.StartsWithSegments(Login) || request.Path.StartsWithSegments(Refresh);

    /// <summary>What an account that must change its password may still do.</summary>
    public static bool AllowedBeforePasswordChange(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments(Me))
        || (HttpMethods.IsPost(request.Method) && (request.Path.StartsWithSegments(Password) || request.Path.StartsWithSegments(SignOut)))
        || IsSignIn(request);
}

/// <summary>A person's tokens, as sign-in, refresh and a password change return them.</summary>
public sealed record AccessTokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken)
{
    /// <summary>Whose tokens these are: the audit log's record id, never sent.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

/// <summary>
/// Issues a person's bearer and refresh tokens with Identity's bearer-token protectors (so the bearer scheme reads
/// them), adding what makes them end on time: the access token names its family (<see cref="FamilyClaim"/>) and the
/// refresh ticket names its row in refresh_tokens.
/// </summary>
public sealed class TokenIssuer(IOptionsMonitor<BearerTokenOptions> bearer, IUserClaimsPrincipalFactory<AppUser> principals, AntqDbContext db,
    TimeProvider time)
{
    public const string FamilyClaim = "antq:session";
    private const string TokenIdItem = "antq:refresh-token";

    private BearerTokenOptions Options => bearer.Get(IdentityConstants.BearerScheme);

    /// <summary>Tokens for a user: a new family at sign-in, or the next token of <paramref name="familyId"/> at refresh.</summary>
    public async Task<AccessTokenResponse> IssueAsync(AppUser user, Guid? familyId, CancellationToken ct)
    {
        var options = Options;
        var now = time.GetUtcNow();
        var token = familyId is { } family
            ? RefreshToken.ContinueFamily(family, user.Id, now, options.RefreshTokenExpiration)
            : RefreshToken.StartFamily(user.Id, now, options.RefreshTokenExpiration);
        db.RefreshTokens.Add(token);
        await db.SaveChangesAsync(ct);
        // Expired rows serve nothing: every token issued with them, refresh or access, has expired too.
        await db.RefreshTokens.Where(t => t.UserId == user.Id && t.ExpiresAt < now).ExecuteDeleteAsync(ct);

        var principal = await principals.CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(FamilyClaim, token.FamilyId.ToString()));
        var access = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = now + options.BearerTokenExpiration },
            $"{IdentityConstants.BearerScheme}:AccessToken");
        var refreshProperties = new AuthenticationProperties { ExpiresUtc = token.ExpiresAt };
        refreshProperties.Items[TokenIdItem] = token.Id.ToString();
        var refresh = new AuthenticationTicket(principal, refreshProperties, $"{IdentityConstants.BearerScheme}:RefreshToken");

        return new AccessTokenResponse("Bearer", options.BearerTokenProtector.Protect(access), (long)options.BearerTokenExpiration.TotalSeconds,
            options.RefreshTokenProtector.Protect(refresh)) { Id = user.Id };
    }

    /// <summary>The refresh token's row id and its principal, or null when it is garbled, forged or past its expiry.</summary>
    public (Guid TokenId, ClaimsPrincipal Principal)? Read(string refreshToken)
    {
        var ticket = Options.RefreshTokenProtector.Unprotect(refreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || !ticket.Properties.Items.TryGetValue(TokenIdItem, out var id) || !Guid.TryParse(id, out var tokenId))
            return null;
        return (tokenId, ticket.Principal);
    }
}

public enum SessionState { Current, Ended, MustChangePassword }

/// <summary>
/// Whether a person's access token still stands for what the account is now: the user exists, is not locked out, its
/// security stamp (which changes with roles, units, password, lockout) is the one the token carries, and the token's
/// family was not revoked. One indexed query per request.
/// </summary>
public sealed class SessionCheck(AntqDbContext db, IOptions<IdentityOptions> identity, TimeProvider time)
{
    public async Task<SessionState> CheckAsync(ClaimsPrincipal person, CancellationToken ct)
    {
        var stamp = person.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (!Guid.TryParse(person.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !Guid.TryParse(person.FindFirstValue(TokenIssuer.FamilyClaim), out var familyId) || stamp is null)
            return SessionState.Ended;

        var now = time.GetUtcNow();
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new
            {
                u.SecurityStamp,
                LockedOut = u.LockoutEnd != null && u.LockoutEnd > now,
                u.MustChangePassword,
                FamilyRevoked = db.RefreshTokens.Any(t => t.FamilyId == familyId && t.RevokedAt != null),
            })
            .SingleOrDefaultAsync(ct);
        if (account is null || account.SecurityStamp != stamp || account.LockedOut || account.FamilyRevoked)
            return SessionState.Ended;
        return account.MustChangePassword ? SessionState.MustChangePassword : SessionState.Current;
    }
}
