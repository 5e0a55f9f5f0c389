namespace Antq.Api.Domain;

/// <summary>
/// One refresh token handed out at sign-in or refresh. The token itself is a protected ticket that names this row;
/// the row makes it one-time: a refresh spends it and issues the next of the same family (the chain that began at one
/// sign-in). A spent token presented again means it was copied, so the whole family is revoked.
/// </summary>
public sealed class RefreshToken
{
    private RefreshToken() { }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    /// <summary>The sign-in this token descends from; every token of a chain shares it.</summary>
    public Guid FamilyId { get; private init; }

    public Guid UserId { get; private init; }
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset ExpiresAt { get; private init; }
    public DateTimeOffset? UsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>The first token of a new family, at sign-in.</summary>
    public static RefreshToken StartFamily(Guid userId, DateTimeOffset now, TimeSpan lifetime)
    {
        var id = Guid.CreateVersion7();
        return new RefreshToken { Id = id, FamilyId = id, UserId = userId, CreatedAt = now, ExpiresAt = now + lifetime };
    }

    /// <summary>The next token of a family, after one of its tokens was spent.</summary>
    public static RefreshToken ContinueFamily(Guid familyId, Guid userId, DateTimeOffset now, TimeSpan lifetime) =>
        new() { FamilyId = familyId, UserId = userId, CreatedAt = now, ExpiresAt = now + lifetime };
}
