using System.Security.Claims;
using Antq.Api.Domain;

namespace Antq.Api.Common.Security;

/// <summary>Claims an API key carries (users carry Identity's own claims and roles).</summary>
public static class ApiKeyClaims
{
    public const string Scheme = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string Scope = "antq:scope";
    public const string Unit = "antq:unit";
}

/// <summary>
/// Who is behind the current request. Outside a request (start-up seeding, tests through the mediator) it is the
/// system itself, which the pipeline does not restrict; endpoints still require their policies.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public bool IsSystem => accessor.HttpContext is null;

    public bool IsAuthenticated => User?.Identity?.IsAuthenticated == true;

    public ActorKind Kind => !IsAuthenticated ? ActorKind.Anonymous
        : User!.Identity!.AuthenticationType == ApiKeyClaims.Scheme ? ActorKind.ApiKey : ActorKind.User;

    public Guid? Id => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The sign-in a person's token descends from (its refresh-token family); null for keys and anonymous callers.</summary>
    public Guid? SessionId => Guid.TryParse(User?.FindFirstValue(TokenIssuer.FamilyClaim), out var id) ? id : null;

    /// <summary>The user's email or the key's name.</summary>
    public string? Name => User?.FindFirstValue(ClaimTypes.Email) ?? User?.Identity?.Name;

    public bool IsAdmin => User?.IsInRole(Roles.Admin) == true;

    public bool IsEditor => User?.IsInRole(Roles.Editor) == true;

    /// <summary>A key carries a claim for every scope it allows (<see cref="ApiKey.Allows"/>: write implies read).</summary>
    public bool HasScope(ApiKeyScope scope) => Kind == ActorKind.ApiKey && User!.HasClaim(ApiKeyClaims.Scope, scope.ToString());

    /// <summary>Drafts and other unpublished records: every signed-in user and key; anonymous callers never.</summary>
    public bool CanSeeUnpublished => IsSystem || IsAuthenticated;

    /// <summary>Phone and email: admins, editors and write keys.</summary>
    public bool CanSeePersonalData => IsSystem || IsAdmin || IsEditor || HasScope(ApiKeyScope.Write);

    /// <summary>The key's unit scope; empty when the key is not limited to units.</summary>
    public IReadOnlyList<Guid> KeyUnitIds =>
        [.. User?.FindAll(ApiKeyClaims.Unit).Select(c => Guid.Parse(c.Value)) ?? []];
}
