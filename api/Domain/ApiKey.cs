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

    private ApiKey() { }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public string Name { get; private set; } = "";

    /// <summary>The public part of the key ("antq_ab12cd34"), to find it without scanning hashes and to tell keys apart.</summary>
    public string Prefix { get; private init; } = "";

    public byte[] SecretHash { get; private init; } = [];
    public List<ApiKeyScope> Scopes { get; private set; } = [];

    /// <summary>When not empty, writes are limited to these units and their descendants.</summary>
    public List<Guid> UnitIds { get; private set; } = [];

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
            UnitIds = [.. unitIds.Distinct()],
            ExpiresAt = expiresAt?.ToUniversalTime(),
            CreatedBy = createdBy,
        };
        return (key, secret);
    }

    /// <summary>The prefix of a presented key, or null when it is not shaped like one of ours.</summary>
    public static string? PrefixOf(string presented)
    {
        var separator = presented.IndexOf('_', KeyPrefix.Length);
        return presented.StartsWith(KeyPrefix, StringComparison.Ordinal) && separator > KeyPrefix.Length ? presented[..separator] : null;
    }

    public bool Matches(string presented) => CryptographicOperations.FixedTimeEquals(Hash(presented), SecretHash);

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public bool Allows(ApiKeyScope scope) => Scopes.Contains(scope) || (scope == ApiKeyScope.Read && Scopes.Contains(ApiKeyScope.Write));

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public void MarkUsed(DateTimeOffset now) => LastUsedAt = now;

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
