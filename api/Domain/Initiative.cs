using Antq.Api.Common.Api;

namespace Antq.Api.Domain;

/// <summary>A standing practice ("mô hình"), a focused topic ("chuyên đề") or a time-boxed campaign.</summary>
public enum InitiativeKind { Model, Topic, Campaign }

public enum InitiativeCategory { CrimePrevention, TheftPrevention, ResidenceManagement, FireSafety, SafeCommunity, TrafficSafety, SocialEvils, Other }

public enum InitiativeStatus { Proposed, Active, Suspended, Completed }

/// <summary>Whether an indicator improves by rising (groups set up) or by falling (offences).</summary>
public enum IndicatorDirection { HigherIsBetter, LowerIsBetter }

/// <summary>An indicator as an officer plans it; <see cref="Id"/> names an existing one to keep (and its history).</summary>
public sealed record IndicatorPlan(Guid? Id, string Name, string Unit, decimal? Target, decimal? Baseline, IndicatorDirection Direction);

/// <summary>What an officer plans or revises about an initiative; the status changes only through transitions.</summary>
public sealed record InitiativePlan(
    string Name,
    InitiativeKind Kind,
    InitiativeCategory Category,
    string? Description,
    Guid LeadUnitId,
    IReadOnlyCollection<Guid> PartnerUnitIds,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<IndicatorPlan> Indicators);

/// <summary>
/// A security initiative of the movement: a model such as "residential group safe in security and order", a topic or a
/// campaign, led by one unit with partners, judged by measurable indicators.
/// </summary>
[RecordName("mô hình", "initiative")]
public sealed class Initiative : Entity, ISearchable
{
    private static readonly Dictionary<InitiativeStatus, InitiativeStatus[]> AllowedTransitions = new()
    {
        [InitiativeStatus.Proposed] = [InitiativeStatus.Active],
        [InitiativeStatus.Active] = [InitiativeStatus.Suspended, InitiativeStatus.Completed],
        [InitiativeStatus.Suspended] = [InitiativeStatus.Active, InitiativeStatus.Completed],
        [InitiativeStatus.Completed] = [],
    };

    private Initiative() { }

    public Initiative(InitiativePlan plan, InitiativeStatus status = InitiativeStatus.Proposed, Guid? id = null)
    {
        Id = id ?? Guid.CreateVersion7();
        Status = status;
        Apply(plan, measured: new HashSet<Guid>());
    }

    public string Name { get; private set; } = "";
    public InitiativeKind Kind { get; private set; }
    public InitiativeCategory Category { get; private set; }
    public string? Description { get; private set; }
    public Guid LeadUnitId { get; private set; }
    public Unit? LeadUnit { get; private set; }
    public DateOnly? StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public InitiativeStatus Status { get; private set; }

    public List<InitiativePartner> Partners { get; private set; } = [];
    public List<Indicator> Indicators { get; private set; } = [];
    public List<InitiativeEvent> Events { get; private set; } = [];

    /// <summary>Accent- and case-folded name and description, computed by the database for search.</summary>
    public string SearchText { get; private set; } = "";

    public static IReadOnlyList<InitiativeStatus> NextStatuses(InitiativeStatus from) => AllowedTransitions[from];

    /// <summary>
    /// Replaces the details; <paramref name="measured"/> are the indicators with history, which may not be dropped, and
    /// <paramref name="lastMeasuredOn"/> the latest day measured. A completed initiative keeps an end date, not before that
    /// day — else the rule that nothing is measured after its end would no longer hold.
    /// </summary>
    public void Revise(InitiativePlan plan, IReadOnlySet<Guid> measured, DateOnly? lastMeasuredOn)
    {
        if (Status == InitiativeStatus.Completed && plan.EndDate is null)
            throw new DomainRuleException(Localized.Text("Mô hình đã kết thúc phải có ngày kết thúc.", "A completed initiative keeps its end date."));
        if (Status == InitiativeStatus.Completed && lastMeasuredOn is { } last && plan.EndDate < last)
            throw new DomainRuleException(Localized.Text(
                $"Mô hình có số liệu đo đến ngày {last:dd/MM/yyyy}: ngày kết thúc không được trước ngày đó.",
                $"The initiative has values measured up to {last:yyyy-MM-dd}: its end date cannot be before that day."));
        Apply(plan, measured);
        Touch();
    }

    /// <summary>
    /// proposed → active ⇄ suspended → completed. Starting dates an undated initiative today; completing one closes it
    /// today unless it already has an end date.
    /// </summary>
    public void MoveTo(InitiativeStatus target, DateOnly today)
    {
        if (target == Status)
            return;
        var allowed = NextStatuses(Status);
        if (!allowed.Contains(target))
            throw DomainRuleException.TransitionNotAllowed("mô hình", "an initiative", Status, target, allowed);
        if (target == InitiativeStatus.Active)
            StartDate ??= today;
        if (target == InitiativeStatus.Completed)
            EndDate ??= StartDate is { } start && start > today ? start : today;
        Status = target;
        Touch();
    }

    /// <summary>
    /// Records a measured value of one of its indicators. Values are counts or shares, never negative; a completed
    /// initiative takes no value measured after its end. The database refuses a second value on the same day (409).
    /// </summary>
    public Measurement Record(Guid indicatorId, decimal value, DateOnly measuredOn, string? note, DateOnly today)
    {
        var indicator = Indicators.SingleOrDefault(i => i.Id == indicatorId) ?? throw NoSuchIndicator();
        if (measuredOn > today)
            throw new DomainRuleException(Localized.Text("Ngày đo không được sau hôm nay.", "The measurement date cannot be after today."));
        if (value < 0)
            throw new DomainRuleException(Localized.Text("Số liệu không được âm.", "The value cannot be negative."));
        if (Status == InitiativeStatus.Completed && EndDate is { } end && measuredOn > end)
            throw new DomainRuleException(Localized.Text(
                $"Mô hình đã kết thúc ngày {end:dd/MM/yyyy}: không nhận số liệu đo sau ngày đó.",
                $"The initiative ended on {end:yyyy-MM-dd}: it takes no value measured after that day."));
        Touch();
        return new Measurement(indicator.Id, value, measuredOn, CleanOrNull(note));
    }

    /// <summary>A removed measurement changes the indicator's latest value, so the initiative's version moves too.</summary>
    public void Forget(Measurement measurement)
    {
        if (Indicators.All(i => i.Id != measurement.IndicatorId))
            throw NoSuchIndicator();
        Touch();
    }

    private static DomainRuleException NoSuchIndicator() =>
        new(Localized.Text("Mô hình không có chỉ tiêu này.", "The initiative has no such indicator."));

    /// <summary>Links an event where the initiative was presented or reviewed; linking twice changes nothing.</summary>
    public bool Link(Guid eventId)
    {
        if (Events.Any(e => e.EventId == eventId))
            return false;
        Events.Add(new InitiativeEvent(Id, eventId));
        Touch();
        return true;
    }

    public bool Unlink(Guid eventId)
    {
        if (Events.RemoveAll(e => e.EventId == eventId) == 0)
            return false;
        Touch();
        return true;
    }

    private void Apply(InitiativePlan plan, IReadOnlySet<Guid> measured)
    {
        if (plan.StartDate is { } start && plan.EndDate is { } end && end < start)
            throw new DomainRuleException(Localized.Text("Ngày kết thúc không được trước ngày bắt đầu.", "The end date must not be before the start date."));
        Name = Clean(plan.Name);
        Kind = plan.Kind;
        Category = plan.Category;
        Description = CleanOrNull(plan.Description);
        LeadUnitId = plan.LeadUnitId;
        StartDate = plan.StartDate;
        EndDate = plan.EndDate;

        var partners = plan.PartnerUnitIds.Where(p => p != plan.LeadUnitId).ToHashSet();
        Partners.RemoveAll(p => !partners.Contains(p.UnitId));
        Partners.AddRange(partners.Where(p => Partners.All(x => x.UnitId != p)).Select(p => new InitiativePartner(Id, p)));

        var kept = plan.Indicators.Where(i => i.Id is not null).Select(i => i.Id!.Value).ToHashSet();
        if (Indicators.FirstOrDefault(i => !kept.Contains(i.Id) && measured.Contains(i.Id)) is { } dropped)
            throw new DomainRuleException(Localized.Text(
                $"Chỉ tiêu \"{dropped.Name}\" đã có số liệu đo: xóa các số liệu trước khi bỏ chỉ tiêu.",
                $"The indicator \"{dropped.Name}\" has measured values: delete them before removing it."));
        Indicators.RemoveAll(i => !kept.Contains(i.Id));
        for (var position = 0; position < plan.Indicators.Count; position++)
        {
            var wanted = plan.Indicators[position];
            var indicator = wanted.Id is { } id ? Indicators.SingleOrDefault(i => i.Id == id) : null;
            if (indicator is null)
            {
                indicator = new Indicator(Id, wanted.Id);
                Indicators.Add(indicator);
            }
            indicator.Set(wanted with { Name = Clean(wanted.Name), Unit = Clean(wanted.Unit) }, position);
        }
    }
}

/// <summary>A partner unit of an initiative: a row of initiative_partners (units cannot be deleted while referenced).</summary>
public sealed class InitiativePartner(Guid initiativeId, Guid unitId)
{
    public Guid InitiativeId { get; private init; } = initiativeId;
    public Guid UnitId { get; private init; } = unitId;
    public Unit? Unit { get; private init; }
}

/// <summary>An event where the initiative was presented or reviewed.</summary>
public sealed class InitiativeEvent(Guid initiativeId, Guid eventId)
{
    public Guid InitiativeId { get; private init; } = initiativeId;
    public Guid EventId { get; private init; } = eventId;
    public Event? Event { get; private init; }
}

/// <summary>A measurable result of an initiative with its target; its history is the measurements.</summary>
[RecordName("chỉ tiêu", "indicator")]
public sealed class Indicator
{
    private Indicator() { }

    internal Indicator(Guid initiativeId, Guid? id)
    {
        Id = id ?? Guid.CreateVersion7();
        InitiativeId = initiativeId;
    }

    public Guid Id { get; private init; }
    public Guid InitiativeId { get; private init; }
    public string Name { get; private set; } = "";

    /// <summary>The unit of measure: "tổ", "điểm", "%", "vụ".</summary>
    public string Unit { get; private set; } = "";

    /// <summary>Null when no target was set (progress is then unknown).</summary>
    public decimal? Target { get; private set; }

    /// <summary>Where it started; needed for the progress of a lower-is-better indicator.</summary>
    public decimal? Baseline { get; private set; }

    public IndicatorDirection Direction { get; private set; }

    /// <summary>The order the officer listed it in.</summary>
    public int Position { get; private set; }

    /// <summary>The latest measurement with its progress, from the indicator_progress view (read-only).</summary>
    public IndicatorProgress? Latest { get; private set; }

    internal void Set(IndicatorPlan plan, int position)
    {
        var (target, baseline) = (plan.Target, plan.Baseline);
        if (target < 0 || baseline < 0)
            throw new DomainRuleException(Localized.Text("Chỉ tiêu và mức ban đầu không được âm.", "Targets and baselines cannot be negative."));
        if (target is not null && baseline is not null && (plan.Direction == IndicatorDirection.HigherIsBetter ? target <= baseline : target >= baseline))
            throw new DomainRuleException(plan.Direction == IndicatorDirection.HigherIsBetter
                ? Localized.Text("Chỉ tiêu càng cao càng tốt: mục tiêu phải lớn hơn mức ban đầu.", "A higher-is-better target must be above its baseline.")
                : Localized.Text("Chỉ tiêu càng thấp càng tốt: mục tiêu phải nhỏ hơn mức ban đầu.", "A lower-is-better target must be below its baseline."));
        Name = plan.Name;
        Unit = plan.Unit;
        Target = target;
        Baseline = baseline;
        Direction = plan.Direction;
        Position = position;
    }
}

/// <summary>
/// An indicator's latest measured value and its progress toward the target, computed by the database view
/// indicator_progress whenever it is read (never stored): higher-is-better latest / target; lower-is-better
/// (baseline − latest) / (baseline − target); null before the first value or without the target (and baseline) needed.
/// </summary>
public sealed class IndicatorProgress
{
    private IndicatorProgress() { }

    public Guid IndicatorId { get; private init; }
    public decimal? LatestValue { get; private init; }
    public DateOnly? LatestMeasuredOn { get; private init; }
    public decimal? Progress { get; private init; }
}

/// <summary>One measured value of an indicator on a day.</summary>
[RecordName("số liệu đo", "measurement")]
public sealed class Measurement
{
    private Measurement() { }

    internal Measurement(Guid indicatorId, decimal value, DateOnly measuredOn, string? note)
    {
        IndicatorId = indicatorId;
        Value = value;
        MeasuredOn = measuredOn;
        Note = note;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public Guid IndicatorId { get; private init; }
    public decimal Value { get; private init; }
    public DateOnly MeasuredOn { get; private init; }
    public string? Note { get; private init; }
    /// <summary>To the microsecond, as PostgreSQL keeps it, so the answer to the write equals a later read.</summary>
    public DateTimeOffset RecordedAt { get; private init; } = new(DateTimeOffset.UtcNow.Ticks / 10 * 10, TimeSpan.Zero);
}
