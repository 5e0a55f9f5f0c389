using Antq.Api.Common.Api;
using Antq.Api.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Units;

public static class UnitRules
{
    /// <summary>Every id in the list names an existing unit (an empty or absent list passes).</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<Guid>?> MustBeExistingUnits<T>(this IRuleBuilder<T, IReadOnlyList<Guid>?> rule, AntqDbContext db) =>
        rule.MustAsync(async (ids, ct) => ids is null || ids.Count == 0
                                          || await db.Units.CountAsync(u => ids.Contains(u.Id), ct) == ids.Distinct().Count())
            .WithMessage(_ => Localized.Text("Có mã đơn vị không tồn tại.", "Some unit ids do not exist."));
}
