using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Antq.Api.Features.Users;

public static class UsersEndpoints
{
    public static IEndpointRouteBuilder MapUsersEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users").WithTags("Users").WithProblemResponses().AdminOnly();
        users.MapGet("/", List).WithName("ListUsers").WithSummary("List accounts");
        users.MapGet("/{id:guid}", Get).WithName("GetUser").WithSummary("Get an account").WithResourceProblems(writes: false);
        users.MapPost("/", Create).WithName("CreateUser").WithSummary("Create an account")
            .WithDescription("Nobody can sign up: accounts are created here. Editors need at least one unit.");
        users.MapPut("/{id:guid}", Update).WithName("UpdateUser").WithSummary("Change roles and units, or lift a lockout")
            .WithDescription("Ends the account's existing tokens at once. An admin cannot remove their own admin role (409).")
            .WithResourceProblems(writes: false).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{id:guid}/password-reset", ResetPassword).WithName("ResetPassword").SendsSecrets().WithSummary("Reset an account's password")
            .WithDescription("Returns a generated one-time password, shown this once. The account's tokens end at once, a lockout is lifted, "
                             + "and the owner must change the password before doing anything else.")
            .WithResourceProblems(writes: false).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<PagedList<UserResponse>>> List([AsParameters] ListUsersQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Ok<UserResponse>> Get(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetUserQuery(id), ct));

    private static async Task<Created<UserResponse>> Create(CreateUserCommand command, ISender sender, CancellationToken ct)
    {
        var user = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/users/{user.Id}", user);
    }

    private static async Task<Ok<TemporaryPasswordResponse>> ResetPassword(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ResetPasswordCommand(id), ct));

    private static async Task<Ok<UserResponse>> Update(Guid id, UpdateUserCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command with { Id = id }, ct));
}
