using Antq.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Awards;

/// <summary>An award belongs to its issuing unit: that is what unit-scoped editors and keys are checked against.</summary>
internal static class AwardScope
{
    /// <summary>The issuer of an existing award, plus the one it would move to; null when the award does not exist.</summary>
    public static async ValueTask<IReadOnlyCollection<Guid>?> IssuersAsync(AntqDbContext db, Guid awardId, Guid? newIssuer, CancellationToken ct)
    {
        var issuer = await db.Awards.Where(a => a.Id == awardId).Select(a => (Guid?)a.IssuerUnitId).SingleOrDefaultAsync(ct);
        if (issuer is null)
            return null;
        return newIssuer is { } moved && moved != issuer ? [issuer.Value, moved] : [issuer.Value];
    }
}
