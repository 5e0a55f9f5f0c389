using Antq.Api.Common.Http;
using Antq.Api.Common.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Antq.Api.Features.Auth;

/// <summary>
/// Sign-in with Identity's password hashing, lockout and bearer tokens. Only these routes are mapped: there is no
/// self-registration (MapIdentityApi would add it); accounts are created by admins.
/// </summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup(AuthPaths.Group).WithTags("Auth").WithProblemResponses();
        auth.MapPost(AuthPaths.LoginRoute, Login).WithName("Login").SendsSecrets().SignIn()
            .WithSummary("Sign in")
            .WithDescription("Returns a bearer access token and a refresh token. Five wrong passwords lock the account for 15 minutes; "
                             + "a refused sign-in never tells whether the account exists.");
        auth.MapPost(AuthPaths.RefreshRoute, Refresh).WithName("RefreshToken").SendsSecrets().SignIn()
            .WithSummary("Exchange a refresh token for new tokens")
            .WithDescription("A refresh token works once. Presenting a spent one ends the whole chain of tokens it belongs to (401).");
        auth.MapGet(AuthPaths.MeRoute, Me).WithName("GetMe").SignedIn().WithSummary("The signed-in user, roles and units");
        auth.MapPost(AuthPaths.PasswordRoute, ChangePassword).WithName("ChangePassword").SendsSecrets().SignedIn()
            .RequireRateLimiting(Policies.LoginRateLimit).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Change one's own password")
            .WithDescription("Ends every token the account had and returns a fresh pair, as sign-in does. "
                             + "Wrong current passwords count towards the lockout, as at sign-in.");
        auth.MapPost(AuthPaths.SignOutRoute, SignOut).WithName("SignOut").SignedIn()
            .WithSummary("Sign out")
            .WithDescription("Ends this sign-in on the server: its refresh token and every access token issued with it stop working at once. "
                             + "The account's other sign-ins (other devices) go on.");
        return app;
    }

    private static async Task<Ok<AccessTokenResponse>> Login(LoginCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command, ct));

    private static async Task<Ok<AccessTokenResponse>> Refresh(RefreshTokenCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command, ct));

    private static async Task<Ok<MeResponse>> Me(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMeQuery(), ct));

    private static async Task<NoContent> SignOut(ISender sender, CancellationToken ct)
    {
        await sender.Send(new SignOutCommand(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<AccessTokenResponse>> ChangePassword(ChangePasswordCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command, ct));
}
