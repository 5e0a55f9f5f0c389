using Antq.Api.Common.Errors;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Users;

public sealed record GetUserQuery(Guid Id) : IQuery<UserResponse>;

public sealed class GetUserHandler(UserManager<AppUser> users, AntqDbContext db) : IQueryHandler<GetUserQuery, UserResponse>
{
    public async ValueTask<UserResponse> Handle(GetUserQuery query, CancellationToken cancellationToken) =>
        await UserQueries.ResponseAsync(users, await UserQueries.FindAsync(db, query.Id, cancellationToken));
}

internal static class UserQueries
{
    /// <summary>The account with its units, tracked (UserManager saves through the same context), or 404.</summary>
    public static async Task<AppUser> FindAsync(AntqDbContext db, Guid id, CancellationToken ct) =>
        await db.Users.Include(u => u.Units).SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw NotFoundException.Of<AppUser>(id);

    public static async Task<UserResponse> ResponseAsync(UserManager<AppUser> users, AppUser user) => new(
        user.Id, user.Email!, [.. (await users.GetRolesAsync(user)).Order()], user.UnitIds, await users.IsLockedOutAsync(user),
        user.MustChangePassword, user.CreatedAt);
}
