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
    public List<Guid> UnitIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>The three roles; an account holds one or more.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Editor = "editor";
    public const string Viewer = "viewer";

    public static readonly string[] All = [Admin, Editor, Viewer];
}
