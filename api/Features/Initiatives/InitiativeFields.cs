using System.ComponentModel.DataAnnotations;
using Antq.Api.Common.Api;
using Antq.Api.Common.Json;
using Antq.Api.Common.Rules;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Initiatives;

/// <summary>An indicator as a client writes it; with the id of an existing one it is kept with its history.</summary>
[AcceptsRepresentation(typeof(IndicatorResponse))]
public sealed record IndicatorInput
{
    /// <summary>An existing indicator of this initiative to keep; absent for a new one.</summary>
    public Guid? Id { get; init; }

    /// <example>Tổ liên gia an toàn PCCC được thành lập</example>
    [FieldLabel("Tên chỉ tiêu", "Indicator")]
    public string Name { get; init; } = "";

    /// <example>tổ</example>
    [FieldLabel("Đơn vị tính", "Unit of measure")]
    public string Unit { get; init; } = "";

    /// <summary>The value to reach; above the baseline when higher is better, below it when lower is better.</summary>
    /// <example>40</example>
    [FieldLabel("Mục tiêu", "Target")]
    public decimal? Target { get; init; }

    /// <summary>The value at the start; a lower-is-better indicator needs it for its progress.</summary>
    [FieldLabel("Mức ban đầu", "Baseline")]
    public decimal? Baseline { get; init; }

    /// <example>higherIsBetter</example>
    [Required]
    [FieldLabel("Chiều đánh giá", "Direction")]
    public IndicatorDirection? Direction { get; init; }
}

/// <summary>The fields a client writes when proposing or revising an initiative. Status changes go through transitions.</summary>
public abstract record InitiativeFields
{
    /// <example>Mô hình "Tổ dân phố an toàn về ANTT"</example>
    [FieldLabel("Tên mô hình", "Name")]
    public string Name { get; init; } = "";

    /// <example>model</example>
    [Required]
    [FieldLabel("Loại", "Kind")]
    public InitiativeKind? Kind { get; init; }

    /// <example>safeCommunity</example>
    [Required]
    [FieldLabel("Lĩnh vực", "Category")]
    public InitiativeCategory? Category { get; init; }

    [FieldLabel("Mô tả", "Description")]
    public string? Description { get; init; }

    /// <summary>The unit that leads it (the ward police for most of a ward's models).</summary>
    [Required]
    [FieldLabel("Đơn vị chủ trì", "Lead unit")]
    public Guid? LeadUnitId { get; init; }

    /// <summary>Units that take part (a hospital, residential groups); the lead unit is left out if listed.</summary>
    [FieldLabel("Đơn vị phối hợp", "Partner units")]
    public IReadOnlyList<Guid>? PartnerUnitIds { get; init; }

    /// <example>2023-01-01</example>
    [FieldLabel("Ngày bắt đầu", "Start date")]
    public DateOnly? StartDate { get; init; }

    /// <example>2023-12-31</example>
    [FieldLabel("Ngày kết thúc", "End date")]
    public DateOnly? EndDate { get; init; }

    /// <summary>In the order to show them. Leaving out an indicator that has measured values is 409.</summary>
    [FieldLabel("Chỉ tiêu", "Indicators")]
    public IReadOnlyList<IndicatorInput>? Indicators { get; init; }

    public InitiativePlan ToPlan() => new(
        Name,
        Kind!.Value,
        Category!.Value,
        Description,
        LeadUnitId!.Value,
        PartnerUnitIds ?? [],
        StartDate,
        EndDate,
        [.. (Indicators ?? []).Select(i => new IndicatorPlan(i.Id, i.Name, i.Unit, i.Target, i.Baseline, i.Direction!.Value))]);
}

/// <summary>Rules shared by create and update; the constructor is told which indicator ids an update may keep.</summary>
public abstract class InitiativeFieldsValidator<T> : AbstractValidator<T> where T : InitiativeFields
{
    private const int MaxPartners = 50;
    private const int MaxIndicators = 30;

    /// <summary>Large enough for any count a ward keeps, small enough for numeric(18,4).</summary>
    private const decimal MaxValue = 1_000_000_000m;

    protected InitiativeFieldsValidator(AntqDbContext db, Func<T, CancellationToken, Task<IReadOnlySet<Guid>>> existingIndicators)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(300).SingleLine();
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.Category).NotNull().IsInEnum();
        RuleFor(x => x.Description).MaximumLength(4000);
        RuleFor(x => x.LeadUnitId).NotNull().MustBeAnExistingUnit(db);
        RuleFor(x => x.PartnerUnitIds).Must(p => p!.Count <= MaxPartners).When(x => x.PartnerUnitIds is not null)
            .WithMessage(_ => Localized.Text($"Tối đa {MaxPartners} đơn vị phối hợp.", $"At most {MaxPartners} partner units."))
            .MustBeExistingUnits(db);
        RuleFor(x => x.StartDate).InclusiveBetween(VietnamTime.FirstDay, VietnamTime.LastDay);
        RuleFor(x => x.EndDate).InclusiveBetween(VietnamTime.FirstDay, VietnamTime.LastDay);
        RuleFor(x => x.EndDate).GreaterThanOrEqualTo(x => x.StartDate).When(x => x.StartDate is not null && x.EndDate is not null)
            .WithMessage(_ => Localized.Text("Ngày kết thúc không được trước ngày bắt đầu.", "The end date must not be before the start date."));

        RuleFor(x => x.Indicators).Must(i => i!.Count <= MaxIndicators).When(x => x.Indicators is not null)
            .WithMessage(_ => Localized.Text($"Tối đa {MaxIndicators} chỉ tiêu.", $"At most {MaxIndicators} indicators."));
        RuleForEach(x => x.Indicators).NotNull()
            .WithMessage(_ => Localized.Text("Mục này trống (null): bỏ đi hoặc điền vào.", "This item is empty (null): remove it or fill it in."));
        RuleForEach(x => x.Indicators).ChildRules(indicator =>
        {
            indicator.RuleFor(i => i.Name).NotEmpty().MaximumLength(300).SingleLine();
            indicator.RuleFor(i => i.Unit).NotEmpty().MaximumLength(50).SingleLine();
            indicator.RuleFor(i => i.Direction).NotNull().IsInEnum();
            indicator.RuleFor(i => i.Target).InclusiveBetween(0, MaxValue).PrecisionScale(18, 4, ignoreTrailingZeros: true);
            indicator.RuleFor(i => i.Baseline).InclusiveBetween(0, MaxValue).PrecisionScale(18, 4, ignoreTrailingZeros: true);
            // Progress divides by the target (higher is better) or by the distance from baseline to target (lower is better).
            indicator.RuleFor(i => i.Target).GreaterThan(0)
                .When(i => i.Direction == IndicatorDirection.HigherIsBetter && i.Target is not null)
                .WithMessage(_ => Localized.Text("Chỉ tiêu càng cao càng tốt cần mục tiêu lớn hơn 0.", "A higher-is-better target must be above 0."));
            indicator.RuleFor(i => i.Target).GreaterThan(i => i.Baseline)
                .When(i => i.Direction == IndicatorDirection.HigherIsBetter && i.Target is not null && i.Baseline is not null)
                .WithMessage(_ => Localized.Text("Chỉ tiêu càng cao càng tốt: mục tiêu phải lớn hơn mức ban đầu.", "A higher-is-better target must be above its baseline."));
            indicator.RuleFor(i => i.Target).LessThan(i => i.Baseline)
                .When(i => i.Direction == IndicatorDirection.LowerIsBetter && i.Target is not null && i.Baseline is not null)
                .WithMessage(_ => Localized.Text("Chỉ tiêu càng thấp càng tốt: mục tiêu phải nhỏ hơn mức ban đầu.", "A lower-is-better target must be below its baseline."));
            indicator.RuleFor(i => i.Target).LessThanOrEqualTo(100).When(i => i.Unit?.Trim() == "%")
                .WithMessage(_ => Localized.Text("Tỷ lệ phần trăm không quá 100.", "A percentage is at most 100."));
            indicator.RuleFor(i => i.Baseline).LessThanOrEqualTo(100).When(i => i.Unit?.Trim() == "%")
                .WithMessage(_ => Localized.Text("Tỷ lệ phần trăm không quá 100.", "A percentage is at most 100."));
        });
        RuleFor(x => x.Indicators)
            .Must(list => list!.Where(i => i?.Id is not null).GroupBy(i => i!.Id).All(g => g.Count() == 1)).When(x => x.Indicators is not null)
            .WithMessage(_ => Localized.Text("Một chỉ tiêu được ghi hai lần.", "An indicator is listed twice."))
            // Blank names have their own error on their row; only named ones can clash.
            .Must(list => list!.Where(i => !string.IsNullOrWhiteSpace(i?.Name)).GroupBy(i => Fold(i!.Name)).All(g => g.Count() == 1)).When(x => x.Indicators is not null)
            .WithMessage(_ => Localized.Text("Hai chỉ tiêu trùng tên.", "Two indicators have the same name."));
        RuleFor(x => x).CustomAsync(async (fields, context, ct) =>
        {
            if (fields.Indicators is not { } list || list.All(i => i?.Id is null))
                return;
            var existing = await existingIndicators(fields, ct);
            for (var n = 0; n < list.Count; n++)
            {
                if (list[n]?.Id is { } id && !existing.Contains(id))
                    context.AddFailure($"{nameof(InitiativeFields.Indicators)}[{n}].{nameof(IndicatorInput.Id)}", Localized.Text(
                        "Mô hình không có chỉ tiêu này (bỏ mã đi để thêm chỉ tiêu mới).", "The initiative has no such indicator (leave the id out to add a new one)."));
            }
        });
    }

    private static string Fold(string name) => name.Trim().Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();

    /// <summary>The indicator ids of an initiative (none for a new one).</summary>
    protected static async Task<IReadOnlySet<Guid>> IndicatorsOf(AntqDbContext db, Guid initiativeId, CancellationToken ct) =>
        (await db.Set<Indicator>().Where(i => i.InitiativeId == initiativeId).Select(i => i.Id).ToListAsync(ct)).ToHashSet();
}
