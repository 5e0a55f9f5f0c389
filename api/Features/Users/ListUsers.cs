using Antq.Api.Common.Paging;
using Antq.Api.Data;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Users;

/// <summary>Lists accounts, newest first. q matches the email.</summary>
public sealed record ListUsersQuery(string? Q = null, int? Page = null, int? PageSize = null) : IQuery<PagedList<UserResponse>>, IPageRequest;

public sealed class ListUsersValidator : PageRequestValidator<ListUsersQuery>
{
    public ListUsersValidator() => RuleFor(x => x.Q).MaximumLength(254);
}

public sealed class ListUsersHandler(AntqDbContext db, TimeProvider time) : IQueryHandler<ListUsersQuery, PagedList<UserResponse>>
{
    public async ValueTask<PagedList<UserResponse>> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
            users = users.Where(u => EF.Functions.ILike(u.Email!, "%" + query.Q.Trim() + "%"));
        return await users
            .OrderByDescending(u => u.CreatedAt).ThenBy(u => u.Id)
            .Select(u => new UserResponse(
                u.Id,
                u.Email!,
                db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).OrderBy(n => n).ToList(),
                u.Units.Select(x => x.UnitId).ToList(),
                u.LockoutEnd != null && u.LockoutEnd > now,
                u.MustChangePassword,
                u.CreatedAt))
            .ToPagedListAsync(query, cancellationToken);
    }
}
