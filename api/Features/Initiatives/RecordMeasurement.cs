using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Antq.Api.Common.Api;
using Antq.Api.Common.Behaviors;
using Antq.Api.Common.Errors;
using Antq.Api.Common.Json;
using Antq.Api.Common.Rules;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Initiatives;

/// <summary>Records the value an indicator had on a day; the indicator's latest value and progress follow at once.</summary>
/// <remarks>
/// Idempotent in the pipeline's sense: the loser of two same-day values racing past the check is sent again and finds
/// the winner, so it gets the same 409 naming that value.
/// </remarks>
[AuditRecord(AuditRecordType.Initiative)]
public sealed record RecordMeasurementCommand : ICommand<MeasurementResponse>, IVersionedCommand, IIdempotentCommand
{
    /// <summary>The initiative.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public Guid IndicatorId { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion => null;

    /// <summary>A count or a share: never negative; at most 100 when the indicator is measured in %.</summary>
    /// <example>32</example>
    [Required]
    [FieldLabel("Số liệu", "Value")]
    public decimal? Value { get; init; }

    /// <summary>The day the value held; not after today, one value per indicator and day.</summary>
    /// <example>2023-08-14</example>
    [Required]
    [FieldLabel("Ngày đo", "Measured on")]
    public DateOnly? MeasuredOn { get; init; }

    /// <summary>Where the figure comes from.</summary>
    /// <example>Báo cáo sơ kết 6 tháng</example>
    [FieldLabel("Ghi chú", "Note")]
    public string? Note { get; init; }
}

public sealed class RecordMeasurementValidator : AbstractValidator<RecordMeasurementCommand>
{
    public RecordMeasurementValidator(AntqDbContext db, TimeProvider time)
    {
        var today = VietnamTime.DayOf(time.GetUtcNow());
        RuleFor(x => x.Value).NotNull();
        RuleFor(x => x.Value).GreaterThanOrEqualTo(0)
            .WithMessage(_ => Localized.Text("Số liệu không được âm.", "The value cannot be negative."));
        RuleFor(x => x.Value).LessThanOrEqualTo(1_000_000_000m).PrecisionScale(18, 4, ignoreTrailingZeros: true);
        RuleFor(x => x.MeasuredOn).NotNull();
        RuleFor(x => x.MeasuredOn).GreaterThanOrEqualTo(VietnamTime.FirstDay);
        RuleFor(x => x.MeasuredOn).LessThanOrEqualTo(today)
            .WithMessage(_ => Localized.Text("Ngày đo không được sau hôm nay.", "The measurement date cannot be after today."));
        RuleFor(x => x.Note).MaximumLength(1000).SingleLine();

        // What the indicator and its initiative allow: a share up to 100 %, nothing after a completed initiative's end.
        RuleFor(x => x).CustomAsync(async (command, context, ct) =>
        {
            var target = await db.Set<Indicator>().Where(i => i.Id == command.IndicatorId && i.InitiativeId == command.Id)
                .Select(i => new { i.Unit, Initiative = db.Initiatives.Where(x => x.Id == i.InitiativeId).Select(x => new { x.Status, x.EndDate }).Single() })
                .SingleOrDefaultAsync(ct);
            if (target is null)
                return; // the handler answers 404
            if (target.Unit.Trim() == "%" && command.Value > 100)
                context.AddFailure(nameof(RecordMeasurementCommand.Value), Localized.Text("Tỷ lệ phần trăm không quá 100.", "A percentage is at most 100."));
            if (target.Initiative.Status == InitiativeStatus.Completed && target.Initiative.EndDate is { } end && command.MeasuredOn > end)
                context.AddFailure(nameof(RecordMeasurementCommand.MeasuredOn), Localized.Text(
                    $"Mô hình đã kết thúc ngày {end:dd/MM/yyyy}: ngày đo không được sau ngày đó.",
                    $"The initiative ended on {end:yyyy-MM-dd}: the measurement date cannot be after that day."));
        });
    }
}

public sealed class RecordMeasurementScope(AntqDbContext db) : IUnitScope<RecordMeasurementCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(RecordMeasurementCommand command, CancellationToken ct) =>
        InitiativeScope.LeadUnitsAsync(db, command.Id, null, ct);
}

public sealed class RecordMeasurementHandler(AntqDbContext db, TimeProvider time) : ICommandHandler<RecordMeasurementCommand, MeasurementResponse>
{
    private static DomainRuleException SameDay(DateOnly day, decimal value) => new(Localized.Text(
        $"Chỉ tiêu đã có số liệu ngày {day:dd/MM/yyyy} ({value:0.####}): xóa số liệu đó trước nếu cần sửa.",
        $"The indicator already has a value for {day:yyyy-MM-dd} ({value:0.####}): delete it first to correct it."));

    public async ValueTask<MeasurementResponse> Handle(RecordMeasurementCommand command, CancellationToken cancellationToken)
    {
        var initiative = await InitiativeScope.FindForWriteAsync(db, command, cancellationToken, withLinks: false);
        if (initiative.Indicators.All(i => i.Id != command.IndicatorId))
            throw NotFoundException.Of<Indicator>(command.IndicatorId);
        var measuredOn = command.MeasuredOn!.Value;
        var sameDay = await db.Measurements.AsNoTracking()
            .SingleOrDefaultAsync(m => m.IndicatorId == command.IndicatorId && m.MeasuredOn == measuredOn, cancellationToken);
        if (sameDay is not null)
            throw SameDay(measuredOn, sameDay.Value);
        var measurement = initiative.Record(command.IndicatorId, command.Value!.Value, measuredOn, command.Note, VietnamTime.DayOf(time.GetUtcNow()));
        db.Measurements.Add(measurement);
        await db.SaveChangesAsync(cancellationToken);
        return measurement.ToResponse();
    }
}
