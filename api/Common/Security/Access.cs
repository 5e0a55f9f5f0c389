
namespace Antq.Api.Common.Security;

/// <summary>Who may call an endpoint. Every route declares one (the authorization matrix test checks that it does).</summary>
public enum AccessLevel
{
    /// <summary>Anyone; anonymous callers see published data only and never personal fields.</summary>
    Read,

    /// <summary>admin, editor (within their units), or an API key with the write scope.</summary>
    Write,

    /// <summary>admin only; API keys never.</summary>
    Admin,

    /// <summary>Any signed-in person (not an API key).</summary>
    SignedIn,

    /// <summary>Sign-in itself: anyone, more strictly rate-limited.</summary>
    SignIn,
}

public sealed record AccessMetadata(AccessLevel Level)
{
    public string Describe() => Level switch
    {
        AccessLevel.Read => "Access: anyone. Anonymous callers see published data only and no personal fields (phone, email).",
        AccessLevel.Write => "Access: roles admin or editor (editors only within their units and those units' descendants), or an API key with the write scope.",
        AccessLevel.Admin => "Access: role admin. API keys are refused.",
        AccessLevel.SignedIn => "Access: any signed-in user (bearer token). API keys are refused.",
        _ => "Access: anyone (rate-limited more strictly).",
    };
}

public static class Policies
{
    public const string Write = "write";
    public const string Admin = "admin";
    public const string SignedIn = "signedIn";
    public const string LoginRateLimit = "login";
}

public static class AccessExtensions
{
    public static RouteHandlerBuilder Reads(this RouteHandlerBuilder route) =>
        route.AllowAnonymous().WithMetadata(new AccessMetadata(AccessLevel.Read));

    public static RouteHandlerBuilder Writes(this RouteHandlerBuilder route) =>
        route.RequireAuthorization(Policies.Write).WithMetadata(new AccessMetadata(AccessLevel.Write))
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

    public static RouteGroupBuilder AdminOnly(this RouteGroupBuilder group) =>
        group.RequireAuthorization(Policies.Admin).WithMetadata(new AccessMetadata(AccessLevel.Admin))
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

    public static RouteHandlerBuilder SignedIn(this RouteHandlerBuilder route) =>
        route.RequireAuthorization(Policies.SignedIn).WithMetadata(new AccessMetadata(AccessLevel.SignedIn))
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

    public static RouteHandlerBuilder SignIn(this RouteHandlerBuilder route) =>
        route.AllowAnonymous().RequireRateLimiting(Policies.LoginRateLimit).WithMetadata(new AccessMetadata(AccessLevel.SignIn))
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
