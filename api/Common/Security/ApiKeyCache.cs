using System.Collections.Concurrent;
using Antq.Api.Data;
using Antq.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Common.Security;

/// <summary>
/// Keys found by their prefix, kept for <see cref="Lifetime"/> so an integrator's requests are authenticated without a
/// database round trip each (bench/RESULTS.md). Revoking a key forgets it at once on this instance; another instance
/// stops accepting it when its copy expires, within <see cref="Lifetime"/>. Unknown prefixes are never kept, so made-up
/// keys cannot fill it; issued keys are few. (A plain dictionary: MemoryCache's bookkeeping cost more than the look-up.)
/// </summary>
public sealed class ApiKeyCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (ApiKey Key, DateTimeOffset Until)> keys = new(StringComparer.Ordinal);

    public async Task<ApiKey?> FindAsync(AntqDbContext db, string prefix, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (keys.TryGetValue(prefix, out var cached) && cached.Until > now)
            return cached.Key;
        var key = await db.ApiKeys.AsNoTracking().Include(k => k.Units).SingleOrDefaultAsync(k => k.Prefix == prefix, ct);
        if (key is null)
            keys.TryRemove(prefix, out _);
        else
            keys[prefix] = (key, now + Lifetime);
        return key;
    }

    public void Forget(string prefix) => keys.TryRemove(prefix, out _);
}
