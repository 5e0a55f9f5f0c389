using Microsoft.AspNetCore.Identity;

namespace Antq.Api.Domain;

/// <summary>An officer or administrator who signs in. Editors write only within their units and those units' descendants.</summary>
[RecordName("tài khoản", "user account")]
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    /// <summary>The units an editor may write in (with their descendants). Ignored for admins and viewers.</summary>
    public List<UserUnit> Units { get; private set; } = [];

    /// <summary>
    /// Set when someone other than the account's owner chose its password (an admin creating the account or resetting
    /// the password): until the owner changes it, the account may only read who it is and change the password.
    /// </summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public IReadOnlyList<Guid> UnitIds => [.. Units.Select(u => u.UnitId)];

    /// <summary>Replaces the units the account may write in.</summary>
    public void AssignUnits(IEnumerable<Guid> unitIds)
    {
        var wanted = unitIds.ToHashSet();
        Units.RemoveAll(u => !wanted.Contains(u.UnitId));
        Units.AddRange(wanted.Where(id => Units.All(u => u.UnitId != id)).Select(id => new UserUnit(Id, id)));
    }
}

/// <summary>A unit an account may write in: a row of user_units, referencing units (which cannot be deleted while referenced).</summary>
public sealed class UserUnit(Guid userId, Guid unitId)
{
    public Guid UserId { get; private init; } = userId;
    public Guid UnitId { get; private init; } = unitId;
}

/// <summary>The three roles; an account holds one or more.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Editor = "editor";
    public const string Viewer = "viewer";

    public static readonly string[] All = [Admin, Editor, Viewer];
}
