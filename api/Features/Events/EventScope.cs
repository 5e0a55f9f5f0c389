using Antq.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Events;

/// <summary>An event belongs to its host unit: that is what unit-scoped editors and keys are checked against.</summary>
internal static class EventScope
{
    /// <summary>The host unit of an existing event, plus the one it would move to; null when the event does not exist.</summary>
    public static async ValueTask<IReadOnlyCollection<Guid>?> HostUnitsAsync(AntqDbContext db, Guid eventId, Guid? newHost, CancellationToken ct)
    {
        var host = await db.Events.Where(e => e.Id == eventId).Select(e => (Guid?)e.HostUnitId).SingleOrDefaultAsync(ct);
        if (host is null)
            return null;
        return newHost is { } moved && moved != host ? [host.Value, moved] : [host.Value];
    }
}
