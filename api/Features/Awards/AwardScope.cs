using Antq.Api.Common.Security;
using Antq.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Awards;

/// <summary>An award belongs to its issuing unit: that is what unit-scoped editors and keys are checked against.</summary>
internal static class AwardScope
{
    /// <summary>The issuer of an existing award, plus the one it would move to; null when the award does not exist.</summary>
    public static ValueTask<IReadOnlyCollection<Guid>?> IssuersAsync(AntqDbContext db, Guid awardId, Guid? newIssuer, CancellationToken ct) =>
        UnitScopes.OwnerAndMoveAsync(db.Awards.Where(x => x.Id == awardId).Select(x => (Guid?)x.IssuerUnitId).SingleOrDefaultAsync(ct), newIssuer);
}
