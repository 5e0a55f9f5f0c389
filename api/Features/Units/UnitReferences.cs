using Antq.Api.Common.Api;
using Antq.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Units;

/// <summary>How many records of each kind still point at a unit. The one place that knows every reference to a unit.</summary>
public sealed record UnitReferences(int ChildUnits, int Events, int Participants, int Users, int ApiKeys, int Awards, int Initiatives)
{
    public bool Any => ChildUnits + Events + Participants + Users + ApiKeys + Awards + Initiatives > 0;

    /// <summary>Counts them in one round trip. Revoked and expired API keys no longer hold a unit.</summary>
    public static Task<UnitReferences> CountAsync(AntqDbContext db, Guid unitId, DateTimeOffset now, CancellationToken ct) =>
        db.Units.Where(u => u.Id == unitId).Select(_ => new UnitReferences(
                db.Units.Count(c => c.ParentId == unitId),
                db.Events.Count(e => e.HostUnitId == unitId || e.OrganizerUnitId == unitId),
                db.Participants.Count(p => p.UnitId == unitId),
                db.Users.Count(u => u.Units.Any(x => x.UnitId == unitId)),
                db.ApiKeys.Count(k => k.RevokedAt == null && (k.ExpiresAt == null || k.ExpiresAt > now) && k.Units.Any(x => x.UnitId == unitId)),
                db.Awards.Count(a => a.IssuerUnitId == unitId),
                db.Initiatives.Count(i => i.LeadUnitId == unitId || i.Partners.Any(p => p.UnitId == unitId))))
            .SingleAsync(ct);

    /// <summary>"3 đơn vị trực thuộc, 2 sự kiện" — only the kinds that are there.</summary>
    public string Describe()
    {
        (int Count, string Vi, string En)[] kinds =
        [
            (ChildUnits, "đơn vị trực thuộc", "child unit(s)"),
            (Events, "sự kiện", "event(s)"),
            (Participants, "người tham gia", "participant(s)"),
            (Users, "tài khoản", "user account(s)"),
            (ApiKeys, "khóa API", "API key(s)"),
            (Awards, "khen thưởng đã cấp", "award(s) issued"),
            (Initiatives, "mô hình phụ trách hoặc phối hợp", "initiative(s) led or partnered"),
        ];
        return string.Join(", ", kinds.Where(k => k.Count > 0).Select(k => $"{k.Count} {Localized.Text(k.Vi, k.En)}"));
    }
}
