using System.Text.Json.Serialization;
using Antq.Api.Common.Api;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Antq.Api.Features.Users;

/// <summary>Changes an account's roles and units; can also lift a lockout.</summary>
public sealed record UpdateUserCommand : ICommand<UserResponse>, IUserAccess
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <example>["editor"]</example>
    [FieldLabel("Vai trò", "Roles")]
    public IReadOnlyList<string>? Roles { get; init; }

    [FieldLabel("Đơn vị phụ trách", "Units")]

    public IReadOnlyList<Guid>? UnitIds { get; init; }

    /// <summary>true lifts a lockout now.</summary>
    public bool Unlock { get; init; }
}

public sealed class UpdateUserValidator(AntqDbContext db) : UserAccessValidator<UpdateUserCommand>(db);

public sealed class UpdateUserHandler(UserManager<AppUser> users, AntqDbContext db, CurrentActor actor) : ICommandHandler<UpdateUserCommand, UserResponse>
{
    public async ValueTask<UserResponse> Handle(UpdateUserCommand command, CancellationToken cancellationToken)
    {
        var user = await UserQueries.FindAsync(db, command.Id, cancellationToken);
        var wanted = command.Roles!.Distinct().ToHashSet();
        if (user.Id == actor.Id && !wanted.Contains(Roles.Admin))
            throw new DomainRuleException(Localized.Text("Bạn không thể tự bỏ quyền quản trị của mình.", "You cannot remove your own admin role."));

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        user.AssignUnits(command.UnitIds ?? []);
        if (command.Unlock)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
        // A new security stamp ends every token issued with the old roles and units, at once.
        await users.UpdateSecurityStampAsync(user);
        return await UserQueries.ResponseAsync(users, user);
    }
}
