namespace Antq.Api.Features.Users;

/// <summary>An account, as admins see it. mustChangePassword: the account must change its password before anything else.</summary>
public sealed record UserResponse(Guid Id, string Email, IReadOnlyList<string> Roles, IReadOnlyList<Guid> UnitIds, bool LockedOut,
    bool MustChangePassword, DateTimeOffset CreatedAt);
