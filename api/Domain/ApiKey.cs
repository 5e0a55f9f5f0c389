using System.Security.Cryptography;
using System.Text;

namespace Antq.Api.Domain;

public enum ApiKeyScope { Read, Write }

/// <summary>
/// A third-party integrator's key. The secret is shown once; only its SHA-256 is stored (a key is a long random
/// secret, so a fast hash is safe and keeps every request cheap). Revoked keys stay for the audit trail.
/// </summary>
[RecordName("khóa API", "API key")]
public sealed class ApiKey
{
    private const string KeyPrefix = "antq_";

    /// <summary>Ours are 57 characters; anything much longer is not one of ours and is not worth hashing or looking up.</summary>
    private const int MaxPresentedLength = 200;

    /// <summary>Recording every use would write on every request; a minute's precision is enough.</summary>
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    private ApiKey() { }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public string Name { get; private set; } = "";

    /// <summary>The public part of the key ("antq_ab12cd34"), to find it without scanning hashes and to tell keys apart.</summary>
    public string Prefix { get; private init; } = "";

    public byte[] SecretHash { get; private init; } = [];
    public List<ApiKeyScope> Scopes { get; private set; } = [];

    /// <summary>When not empty, writes are limited to these units and their descendants.</summary>
    public List<ApiKeyUnit> Units { get; private set; } = [];

    public IReadOnlyList<Guid> UnitIds => [.. Units.Select(u => u.UnitId)];

    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private init; } = DateTimeOffset.UtcNow;
    public Guid? CreatedBy { get; private init; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }

    /// <summary>Creates a key and returns it with the plaintext secret, which is never stored.</summary>
    public static (ApiKey Key, string Secret) Issue(string name, IEnumerable<ApiKeyScope> scopes, IEnumerable<Guid> unitIds,
        DateTimeOffset? expiresAt, Guid? createdBy)
    {
        var prefix = KeyPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = $"{prefix}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        var key = new ApiKey
        {
            Name = name.Trim(),
            Prefix = prefix,
            SecretHash = Hash(secret),
            Scopes = [.. scopes.Distinct().Order()],
            ExpiresAt = expiresAt?.ToUniversalTime(),
            CreatedBy = createdBy,
        };
        key.Units = [.. unitIds.Distinct().Select(unitId => new ApiKeyUnit(key.Id, unitId))];
        return (key, secret);
    }

    /// <summary>The prefix of a presented key, or null when it is not shaped like one of ours (whatever its length or characters).</summary>
    public static string? PrefixOf(string presented)
    {
        if (presented.Length > MaxPresentedLength || !presented.StartsWith(KeyPrefix, StringComparison.Ordinal))
            return null;
        var separator = presented.IndexOf('_', KeyPrefix.Length);
        return separator > KeyPrefix.Length ? presented[..separator] : null;
    }

    public bool Matches(string presented) => CryptographicOperations.FixedTimeEquals(Hash(presented), SecretHash);

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public bool Allows(ApiKeyScope scope) => Scopes.Contains(scope) || (scope == ApiKeyScope.Read && Scopes.Contains(ApiKeyScope.Write));

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Records a use, at most once per <see cref="LastUsedPrecision"/>; true when there is something to save.</summary>
    public bool MarkUsed(DateTimeOffset now)
    {
        if (LastUsedAt is { } last && now - last <= LastUsedPrecision)
            return false;
        LastUsedAt = now;
        return true;
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>A unit a key is limited to: a row of api_key_units, referencing units (which cannot be deleted while referenced).</summary>
public sealed class ApiKeyUnit(Guid apiKeyId, Guid unitId)
{
    public Guid ApiKeyId { get; private init; } = apiKeyId;
    public Guid UnitId { get; private init; } = unitId;
}
