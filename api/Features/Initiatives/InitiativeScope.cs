using Antq.Api.Common.Security;
using Antq.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Initiatives;

/// <summary>An initiative belongs to its lead unit: that is what unit-scoped editors and keys are checked against.</summary>
internal static class InitiativeScope
{
    /// <summary>The lead unit of an existing initiative, plus the one it would move to; null when the initiative does not exist.</summary>
    public static ValueTask<IReadOnlyCollection<Guid>?> LeadUnitsAsync(AntqDbContext db, Guid initiativeId, Guid? newLead, CancellationToken ct) =>
        UnitScopes.OwnerAndMoveAsync(db.Initiatives.Where(x => x.Id == initiativeId).Select(x => (Guid?)x.LeadUnitId).SingleOrDefaultAsync(ct), newLead);

    /// <summary>
    /// Loads an initiative with its indicators — and, for a change of its details or links, its partners and event links —
    /// for a change (404, 412 as for any write).
    /// </summary>
    public static async Task<Domain.Initiative> FindForWriteAsync(AntqDbContext db, IVersionedCommand command, CancellationToken ct, bool withLinks = true)
    {
        var initiative = await db.Initiatives.FindForWriteAsync(command, ct);
        await db.Entry(initiative).Collection(i => i.Indicators).LoadAsync(ct);
        if (withLinks)
        {
            await db.Entry(initiative).Collection(i => i.Partners).LoadAsync(ct);
            await db.Entry(initiative).Collection(i => i.Events).LoadAsync(ct);
        }
        return initiative;
    }
}
