namespace Antq.Api.Features.Users;

/// <summary>An account, as admins see it.</summary>
public sealed record UserResponse(Guid Id, string Email, IReadOnlyList<string> Roles, IReadOnlyList<Guid> UnitIds, bool LockedOut, DateTimeOffset CreatedAt);
