using Antq.Api.Domain;

namespace Antq.Api.Features.ApiKeys;

/// <summary>An integrator's key as listed: never the secret.</summary>
public sealed record ApiKeyResponse(
    Guid Id, string Name, string Prefix, IReadOnlyList<ApiKeyScope> Scopes, IReadOnlyList<Guid> UnitIds, DateTimeOffset? ExpiresAt,
    DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>A key just created: <see cref="Key"/> is shown this once and cannot be recovered.</summary>
public sealed record CreatedApiKeyResponse(
    Guid Id, string Name, string Key, IReadOnlyList<ApiKeyScope> Scopes, IReadOnlyList<Guid> UnitIds, DateTimeOffset? ExpiresAt);
