using Antq.Api.Data;
using Antq.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Antq.Api.Common.Security;

/// <summary>
/// Keys found by their prefix, kept for <see cref="Lifetime"/> so an integrator's requests are authenticated without a
/// database round trip each (bench/RESULTS.md). Revoking a key forgets it at once on this instance; another instance
/// stops accepting it when its copy expires, within <see cref="Lifetime"/>. Unknown prefixes are never cached, so made-up
/// keys cannot fill the cache.
/// </summary>
public sealed class ApiKeyCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<ApiKey?> FindAsync(AntqDbContext db, string prefix, CancellationToken ct)
    {
        if (cache.TryGetValue(CacheKey(prefix), out ApiKey? cached))
            return cached;
        var key = await db.ApiKeys.AsNoTracking().Include(k => k.Units).SingleOrDefaultAsync(k => k.Prefix == prefix, ct);
        if (key is not null)
            cache.Set(CacheKey(prefix), key, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return key;
    }

    public void Forget(string prefix) => cache.Remove(CacheKey(prefix));

    private static string CacheKey(string prefix) => "api-key:" + prefix;
}
