using System.Text.Json.Serialization;
using Antq.Api.Common.Http;
using Antq.Api.Domain;
using Riok.Mapperly.Abstractions;

namespace Antq.Api.Features.Initiatives;

/// <summary>A security initiative with its partners, indicators (with their latest values and progress) and linked events.</summary>
public sealed record InitiativeResponse : IVersionedResponse
{
    public required Guid Id { get; init; }

    /// <example>Mô hình "Tổ dân phố an toàn về ANTT"</example>
    public required string Name { get; init; }

    public required InitiativeKind Kind { get; init; }

    public required InitiativeCategory Category { get; init; }

    public required string? Description { get; init; }

    /// <summary>The unit that leads it; unit-scoped writers are checked against this one.</summary>
    public required Guid LeadUnitId { get; init; }

    /// <example>Công an phường Định Công</example>
    public required string? LeadUnitName { get; init; }

    public required IReadOnlyList<Guid> PartnerUnitIds { get; init; }

    /// <summary>The partner units with their names, in name order.</summary>
    public required IReadOnlyList<InitiativeUnitResponse> Partners { get; init; }

    /// <example>2023-01-01</example>
    public required DateOnly? StartDate { get; init; }

    /// <example>2023-12-31</example>
    public required DateOnly? EndDate { get; init; }

    public required InitiativeStatus Status { get; init; }

    /// <summary>The statuses it may move to now through POST …/status.</summary>
    public required IReadOnlyList<InitiativeStatus> AllowedTransitions { get; init; }

    /// <summary>In the order the officer listed them.</summary>
    public required IReadOnlyList<IndicatorResponse> Indicators { get; init; }

    /// <summary>Events where it was presented or reviewed, oldest first.</summary>
    public required IReadOnlyList<InitiativeEventResponse> Events { get; init; }

    [JsonIgnore]
    public int Version { get; init; }
}

public sealed record InitiativeUnitResponse(Guid Id, string Name);

/// <summary>An event linked to an initiative.</summary>
public sealed record InitiativeEventResponse(Guid Id, string Title, DateTimeOffset StartsAt, EventStatus Status);

/// <summary>
/// A measurable result with its target. progress is computed whenever it is read: higher-is-better latestValue / target;
/// lower-is-better (baseline − latestValue) / (baseline − target); 0 or more (1 = target reached, above 1 = beyond it),
/// null before the first value, without a target, or (lower-is-better) without a baseline.
/// </summary>
public sealed record IndicatorResponse
{
    public required Guid Id { get; init; }

    /// <example>Tổ liên gia an toàn PCCC được thành lập</example>
    public required string Name { get; init; }

    /// <summary>The unit of measure.</summary>
    /// <example>tổ</example>
    public required string Unit { get; init; }

    /// <example>40</example>
    public required decimal? Target { get; init; }

    /// <summary>Where it started; needed for a lower-is-better indicator's progress.</summary>
    public required decimal? Baseline { get; init; }

    public required IndicatorDirection Direction { get; init; }

    /// <example>32</example>
    public required decimal? LatestValue { get; init; }

    /// <example>2023-08-14</example>
    public required DateOnly? LatestMeasuredOn { get; init; }

    /// <example>0.8</example>
    public required decimal? Progress { get; init; }
}

/// <summary>One measured value of an indicator. It never changes (a wrong one is deleted and recorded again), so its ETag is always "1".</summary>
public sealed record MeasurementResponse(Guid Id, Guid IndicatorId, decimal Value, DateOnly MeasuredOn, string? Note, DateTimeOffset RecordedAt) : IVersionedResponse
{
    [JsonIgnore]
    public int Version => 1;
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class InitiativeMapper
{
    public static partial IQueryable<InitiativeResponse> ProjectToResponse(this IQueryable<Initiative> initiatives);

    public static partial IQueryable<MeasurementResponse> ProjectToResponse(this IQueryable<Measurement> measurements);

    [MapProperty("LeadUnit.Name", nameof(InitiativeResponse.LeadUnitName))]
    [MapPropertyFromSource(nameof(InitiativeResponse.PartnerUnitIds), Use = nameof(PartnerUnitIds))]
    [MapPropertyFromSource(nameof(InitiativeResponse.Partners), Use = nameof(Partners))]
    [MapPropertyFromSource(nameof(InitiativeResponse.AllowedTransitions), Use = nameof(AllowedTransitions))]
    [MapPropertyFromSource(nameof(InitiativeResponse.Indicators), Use = nameof(Indicators))]
    [MapPropertyFromSource(nameof(InitiativeResponse.Events), Use = nameof(Events))]
    private static partial InitiativeResponse ToResponse(Initiative initiative);

    [MapProperty("Latest.LatestValue", nameof(IndicatorResponse.LatestValue))]
    [MapProperty("Latest.LatestMeasuredOn", nameof(IndicatorResponse.LatestMeasuredOn))]
    [MapProperty("Latest.Progress", nameof(IndicatorResponse.Progress))]
    private static partial IndicatorResponse ToResponse(Indicator indicator);

    /// <summary>A value just recorded, answered from the entity itself (nothing about it is computed by the database).</summary>
    [MapperIgnoreTarget(nameof(MeasurementResponse.Version))]
    public static partial MeasurementResponse ToResponse(this Measurement measurement);

    // Expression-bodied, so Mapperly inlines them into the projection and the database evaluates them (the return
    // types must be the response's, hence CA1859 is off for them).
#pragma warning disable CA1859
    private static IReadOnlyList<Guid> PartnerUnitIds(Initiative initiative) => initiative.Partners.Select(p => p.UnitId).ToList();

    private static IReadOnlyList<InitiativeUnitResponse> Partners(Initiative initiative) =>
        initiative.Partners.OrderBy(p => p.Unit!.Name).Select(p => new InitiativeUnitResponse(p.UnitId, p.Unit!.Name)).ToList();

    private static IReadOnlyList<IndicatorResponse> Indicators(Initiative initiative) =>
        initiative.Indicators.OrderBy(i => i.Position).Select(i => ToResponse(i)).ToList();

    private static IReadOnlyList<InitiativeEventResponse> Events(Initiative initiative) =>
        initiative.Events.OrderBy(e => e.Event!.StartsAt).Select(e => new InitiativeEventResponse(e.EventId, e.Event!.Title, e.Event.StartsAt, e.Event.Status)).ToList();

#pragma warning restore CA1859

    private static IReadOnlyList<InitiativeStatus> AllowedTransitions(Initiative initiative) => Initiative.NextStatuses(initiative.Status);
}
