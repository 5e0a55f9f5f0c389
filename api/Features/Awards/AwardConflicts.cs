using Antq.Api.Common.Api;
using Antq.Api.Data;
using Antq.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Awards;

/// <summary>The law's uniqueness rules, checked against the other awards (each a 409).</summary>
internal static class AwardConflicts
{
    public static async Task EnsureNoneAsync(AntqDbContext db, Award award, CancellationToken ct)
    {
        var others = db.Awards.Where(a => a.Id != award.Id && a.IssuerUnitId == award.IssuerUnitId);

        // A decision number is unique per issuer and year.
        // Compared as people write them: case, diacritics and spaces do not make another number ("12/QĐ-UBND" = "12 / qd-ubnd").
        if (award.DecisionNumber is { } number && award.DecisionDate is { } decided
            && await others.AnyAsync(a => a.DecisionNumber != null && a.DecisionDate != null && a.DecisionDate.Value.Year == decided.Year
                                          && AntqDbContext.Fold(a.DecisionNumber).Replace(" ", "") == AntqDbContext.Fold(number).Replace(" ", ""), ct))
            throw new DomainRuleException(Localized.Text(
                $"Số quyết định {number} đã dùng cho một khen thưởng khác của cùng cơ quan trong năm {decided.Year}.",
                $"The decision number {number} is already used by another award of the same issuer in {decided.Year}."));

        // (A unique index holds this too, for awards with a year, when two requests race.)
        // Not twice for the same achievement: same recipient, form, issuer, citation (ignoring case, diacritics and spaces) and year;
        // a revoked award does not count.
        var year = award.Year;
        if (await others.AnyAsync(a => a.Status != AwardStatus.Revoked && a.RecipientId == award.RecipientId && a.Form == award.Form
                                       && AntqDbContext.Fold(a.Citation).Replace(" ", "") == AntqDbContext.Fold(award.Citation).Replace(" ", "")
                                       && (a.DecisionDate != null ? a.DecisionDate.Value.Year : a.PresentedOn != null ? a.PresentedOn.Value.Year : (int?)null) == year, ct))
            throw new DomainRuleException(Localized.Text(
                "Người/tập thể này đã có khen thưởng cùng hình thức, cùng cơ quan, cùng thành tích trong năm này.",
                "This recipient already has an award of the same form from the same issuer for the same citation in the same year."));
    }
}
