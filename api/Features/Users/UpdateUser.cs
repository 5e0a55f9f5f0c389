using System.Text.Json.Serialization;
using Antq.Api.Common.Api;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Antq.Api.Features.Users;

/// <summary>Changes an account's roles and units; can also lift a lockout.</summary>
[AuditRecord(AuditRecordType.User)]
public sealed record UpdateUserCommand : ICommand<UserResponse>, IUserAccess, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>Accounts carry no version: the last writer wins, and a lost race is run again.</summary>
    [JsonIgnore]
    public int? ExpectedVersion => null;

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

        try
        {
            var current = await users.GetRolesAsync(user);
            Check(await users.RemoveFromRolesAsync(user, current.Except(wanted)));
            Check(await users.AddToRolesAsync(user, wanted.Except(current)));
            user.AssignUnits(command.UnitIds ?? []);
            if (command.Unlock)
            {
                Check(await users.SetLockoutEndDateAsync(user, null));
                Check(await users.ResetAccessFailedCountAsync(user));
            }
            // A new security stamp ends every token issued with the old roles and units, at once.
            Check(await users.UpdateSecurityStampAsync(user));
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another writer gave the same role first: a lost race, run again on the account as it is now.
            throw new DbUpdateConcurrencyException(e.Message, e);
        }
        return await UserQueries.ResponseAsync(users, user);
    }

    /// <summary>
    /// Identity reports a lost race as a result, not an exception: its concurrency stamp moved, or another writer already
    /// took away or gave the role this one read. Make it the exception that runs the command again.
    /// </summary>
    private static readonly string[] LostRace =
        [nameof(IdentityErrorDescriber.ConcurrencyFailure), nameof(IdentityErrorDescriber.UserNotInRole), nameof(IdentityErrorDescriber.UserAlreadyInRole)];

    private static void Check(IdentityResult result)
    {
        if (result.Succeeded)
            return;
        if (result.Errors.Any(e => LostRace.Contains(e.Code)))
            throw new DbUpdateConcurrencyException(string.Join(" ", result.Errors.Select(e => e.Description)));
        throw new DomainRuleException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
