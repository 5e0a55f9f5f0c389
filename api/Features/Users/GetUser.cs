using Antq.Api.Common.Errors;
using Antq.Api.Domain;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Antq.Api.Features.Users;

public sealed record GetUserQuery(Guid Id) : IQuery<UserResponse>;

public sealed class GetUserHandler(UserManager<AppUser> users) : IQueryHandler<GetUserQuery, UserResponse>
{
    public async ValueTask<UserResponse> Handle(GetUserQuery query, CancellationToken cancellationToken) =>
        await UserQueries.ResponseAsync(users, await users.FindByIdAsync(query.Id.ToString()) ?? throw NotFoundException.Of<AppUser>(query.Id));
}

internal static class UserQueries
{
    public static async Task<UserResponse> ResponseAsync(UserManager<AppUser> users, AppUser user) => new(
        user.Id, user.Email!, [.. (await users.GetRolesAsync(user)).Order()], user.UnitIds, await users.IsLockedOutAsync(user), user.CreatedAt);
}
