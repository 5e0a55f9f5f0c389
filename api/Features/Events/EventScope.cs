using Antq.Api.Common.Security;
using Antq.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Events;

/// <summary>An event belongs to its host unit: that is what unit-scoped editors and keys are checked against.</summary>
internal static class EventScope
{
    /// <summary>The host unit of an existing event, plus the one it would move to; null when the event does not exist.</summary>
    public static ValueTask<IReadOnlyCollection<Guid>?> HostUnitsAsync(AntqDbContext db, Guid eventId, Guid? newHost, CancellationToken ct) =>
        UnitScopes.OwnerAndMoveAsync(db.Events.Where(x => x.Id == eventId).Select(x => (Guid?)x.HostUnitId).SingleOrDefaultAsync(ct), newHost);
}
