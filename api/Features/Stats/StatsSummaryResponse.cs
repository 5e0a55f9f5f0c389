using Antq.Api.Domain;

namespace Antq.Api.Features.Stats;

/// <summary>Where a unit (with every unit below it) stands in a year: what the dashboard shows, in one answer.</summary>
public sealed record StatsSummaryResponse
{
    /// <summary>The unit asked for; null for every unit.</summary>
    public required StatsUnit? Unit { get; init; }

    /// <example>2023</example>
    public required int Year { get; init; }

    /// <summary>Events hosted or organised by the units that start in the year (Vietnam time), drafts and cancelled ones left out.</summary>
    /// <example>1</example>
    public required int Events { get; init; }

    /// <summary>Different people and collectives on those events' lists.</summary>
    /// <example>11</example>
    public required int Participants { get; init; }

    /// <summary>Places on those lists (a person on two lists holds two): what check-ins are a share of.</summary>
    /// <example>11</example>
    public required int ListPlaces { get; init; }

    /// <summary>Places on those lists checked in.</summary>
    /// <example>11</example>
    public required int CheckIns { get; init; }

    /// <summary>Initiatives the units lead or take part in that ran during the year (active, suspended or completed, dated within or undated).</summary>
    /// <example>6</example>
    public required int ActiveInitiatives { get; init; }

    /// <summary>Those initiatives, by name.</summary>
    public required IReadOnlyList<StatsInitiative> Initiatives { get; init; }

    /// <summary>Awards of the year issued by the units, received by their people and collectives, or presented at their events; revoked ones left out.</summary>
    public required AwardsByForm AwardsByForm { get; init; }

    /// <summary>Each indicator of those initiatives, with its latest value up to the year's end and the progress it gave.</summary>
    public required IReadOnlyList<IndicatorProgressItem> IndicatorProgress { get; init; }

    /// <summary>Twelve entries, January to December.</summary>
    public required IReadOnlyList<MonthCount> EventsByMonth { get; init; }

    /// <summary>Services offered at the year's events, by kind: how many events offered each and the people served (null when none was counted).</summary>
    public required IReadOnlyList<ServiceTotal> Services { get; init; }

    /// <summary>The next five scheduled or ongoing events, whatever the year.</summary>
    public required IReadOnlyList<StatsEvent> UpcomingEvents { get; init; }

    /// <summary>The year's five latest events that have started.</summary>
    public required IReadOnlyList<StatsEvent> RecentEvents { get; init; }
}

public sealed record StatsUnit(Guid Id, string Name);

public sealed record StatsInitiative(Guid Id, string Name, InitiativeKind Kind, InitiativeCategory Category, InitiativeStatus Status);

/// <summary>Awards counted by form (every form present, 0 when none).</summary>
public sealed record AwardsByForm(int CertificateOfMerit, int CertificateOfCommendation, int EmulationFlag, int EmulationFighter, int Other);

public sealed record IndicatorProgressItem(
    Guid InitiativeId,
    string InitiativeName,
    InitiativeCategory Category,
    InitiativeStatus Status,
    Guid IndicatorId,
    string IndicatorName,
    string Unit,
    IndicatorDirection Direction,
    decimal? Target,
    decimal? Baseline,
    decimal? LatestValue,
    DateOnly? LatestMeasuredOn,
    decimal? Progress);

/// <example>{"month": 8, "events": 1}</example>
public sealed record MonthCount(int Month, int Events);

/// <summary>Count is a sum of many events' counts, so it may exceed one event's range.</summary>
public sealed record ServiceTotal(ServiceKind Kind, int Events, long? Count);

public sealed record StatsEvent(Guid Id, string Title, EventKind Kind, EventStatus Status, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Venue);
