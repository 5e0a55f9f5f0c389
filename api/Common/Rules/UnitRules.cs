using Antq.Api.Common.Api;
using Antq.Api.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Common.Rules;

public static class UnitRules
{
    public static string NoSuchUnit => Localized.Text("Không có đơn vị nào có mã này.", "No unit has this id.");

    /// <summary>The id, when given, names an existing unit.</summary>
    public static IRuleBuilderOptions<T, Guid?> MustBeAnExistingUnit<T>(this IRuleBuilder<T, Guid?> rule, AntqDbContext db) =>
        rule.MustAsync((id, ct) => id is null ? Task.FromResult(true) : db.Units.AnyAsync(u => u.Id == id, ct))
            .WithMessage(_ => NoSuchUnit);

    /// <summary>Every id in the list names an existing unit (an empty or absent list passes).</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<Guid>?> MustBeExistingUnits<T>(this IRuleBuilder<T, IReadOnlyList<Guid>?> rule, AntqDbContext db) =>
        rule.MustAsync(async (ids, ct) => ids is null || ids.Count == 0
                                          || await db.Units.CountAsync(u => ids.Contains(u.Id), ct) == ids.Distinct().Count())
            .WithMessage(_ => Localized.Text("Có mã đơn vị không tồn tại.", "Some unit ids do not exist."));
}
