using Antq.Api.Common.Api;
using Antq.Api.Common.Security;
using Antq.Api.Domain;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Antq.Api.Features.Auth;

/// <summary>Sign-in with email and password.</summary>
public sealed record LoginRequest(string? Email, string? Password);

/// <summary>A refresh token from an earlier sign-in or refresh.</summary>
public sealed record RefreshRequest(string? RefreshToken);

/// <summary>What the signed-in person is and may do.</summary>
public sealed record MeResponse(string Email, IReadOnlyList<string> Roles, IReadOnlyList<Guid> UnitIds);

/// <summary>
/// Sign-in with Identity's password hashing, lockout and bearer tokens. Only these three routes are mapped: there is no
/// self-registration (MapIdentityApi would add it); accounts are created by admins.
/// </summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Auth").WithProblemResponsesForAuth();
        auth.MapPost("/login", Login).WithName("Login").SignIn()
            .WithSummary("Sign in")
            .WithDescription("Returns a bearer access token and a refresh token. Five wrong passwords lock the account for 15 minutes.")
            .Produces<AccessTokenResponse>();
        auth.MapPost("/refresh", Refresh).WithName("RefreshToken").SignIn()
            .WithSummary("Exchange a refresh token for new tokens")
            .Produces<AccessTokenResponse>();
        auth.MapGet("/me", Me).WithName("GetMe").SignedIn().WithSummary("The signed-in user, roles and units");
        return app;
    }

    private static RouteGroupBuilder WithProblemResponsesForAuth(this RouteGroupBuilder group) =>
        group.ProducesValidationProblem().ProducesProblem(StatusCodes.Status500InternalServerError);

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(LoginRequest request, SignInManager<AppUser> signIn)
    {
        Require(("email", request.Email), ("password", request.Password));
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email!.Trim(), request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return TypedResults.Empty; // SignInManager has written the token response.
        return Unauthorized(result.IsLockedOut
            ? Localized.Text("Tài khoản tạm bị khóa vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau.",
                "The account is locked for a while after too many wrong passwords. Try again later.")
            : Localized.Text("Email hoặc mật khẩu không đúng.", "The email or password is not correct."));
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(RefreshRequest request,
        IOptionsMonitor<BearerTokenOptions> tokens, SignInManager<AppUser> signIn, TimeProvider time)
    {
        Require(("refreshToken", request.RefreshToken));
        var ticket = tokens.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken!);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return Unauthorized(Localized.Text("Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.", "The session has expired. Sign in again."));
        }
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Ok<MeResponse>> Me(CurrentActor actor, UserManager<AppUser> users, CancellationToken ct)
    {
        var user = await users.Users.AsNoTracking().SingleAsync(u => u.Id == actor.Id, ct);
        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new MeResponse(user.Email!, [.. roles.Order()], user.UnitIds));
    }

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: detail);

    private static void Require(params (string Field, string? Value)[] fields)
    {
        var missing = fields.Where(f => string.IsNullOrWhiteSpace(f.Value))
            .Select(f => new ValidationFailure(f.Field, Localized.Text($"'{f.Field}' không được để trống.", $"'{f.Field}' must not be empty.")))
            .ToList();
        if (missing.Count > 0)
            throw new ValidationException(missing);
    }
}
