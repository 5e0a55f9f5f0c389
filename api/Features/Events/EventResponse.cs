using System.Text.Json.Serialization;
using Antq.Api.Common.Http;
using Antq.Api.Data;
using Antq.Api.Domain;
using Riok.Mapperly.Abstractions;

namespace Antq.Api.Features.Events;

/// <summary>An event of the movement with its services and programme.</summary>
public sealed record EventResponse : IVersionedResponse
{
    /// <example>0190a1b2-0000-7000-8000-000000000101</example>
    public required Guid Id { get; init; }

    /// <example>Ngày hội "Toàn dân bảo vệ an ninh Tổ quốc" năm 2023</example>
    public required string Title { get; init; }

    public required EventKind Kind { get; init; }

    public required string? Description { get; init; }

    /// <summary>Start, with Vietnam's offset.</summary>
    /// <example>2023-08-14T19:00:00+07:00</example>
    public required DateTimeOffset StartsAt { get; init; }

    /// <example>2023-08-14T21:30:00+07:00</example>
    public required DateTimeOffset EndsAt { get; init; }

    /// <example>Phường Định Công, quận Hoàng Mai, Hà Nội</example>
    public required string? Venue { get; init; }

    public required Guid HostUnitId { get; init; }

    /// <example>UBND phường Định Công</example>
    public required string? HostUnitName { get; init; }

    public required Guid? OrganizerUnitId { get; init; }

    /// <example>Ban Chỉ đạo 138 phường Định Công</example>
    public required string? OrganizerUnitName { get; init; }

    public required EventStatus Status { get; init; }

    /// <summary>The statuses this event may move to now, through POST …/status (empty once completed or cancelled).</summary>
    /// <example>["scheduled", "cancelled"]</example>
    public required IReadOnlyList<EventStatus> AllowedTransitions { get; init; }

    /// <summary>The programme's times are provisional: show them with a note.</summary>
    public required bool TimesAreTentative { get; init; }

    public required IReadOnlyList<EventService> Services { get; init; }

    public required IReadOnlyList<AgendaItemResponse> Agenda { get; init; }

    /// <summary>Sent as the ETag header, not in the body.</summary>
    [JsonIgnore]
    public int Version { get; init; }
}

/// <summary>One item of the programme, with the linked speaker's name.</summary>
public sealed record AgendaItemResponse
{
    /// <example>2023-08-14T19:00:00+07:00</example>
    public required DateTimeOffset StartsAt { get; init; }

    /// <example>Phát biểu khai mạc</example>
    public required string Title { get; init; }

    /// <summary>The participant who speaks (on the event's list), or null.</summary>
    public required Guid? SpeakerId { get; init; }

    /// <summary>The speaker as written, for someone not in the system.</summary>
    public required string? Speaker { get; init; }

    /// <summary>The linked participant's name (read-only).</summary>
    /// <example>Nguyễn Thị Phượng</example>
    public string? SpeakerName { get; init; }
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class EventMapper
{
    public static IQueryable<EventResponse> ProjectToResponse(this IQueryable<Event> events) => events.Select(Projected);

    private static readonly System.Linq.Expressions.Expression<Func<Event, EventResponse>> Projected = Projection.Of<Event, EventResponse>(Project);

    private static partial IQueryable<EventResponse> Project(this IQueryable<Event> events);

    // Evaluated in the final projection from the status the query read.
    [MapPropertyFromSource(nameof(EventResponse.AllowedTransitions), Use = nameof(AllowedTransitions))]
    private static partial EventResponse ToResponse(Event evt);

    private static IReadOnlyList<EventStatus> AllowedTransitions(Event evt) => Event.NextStatuses(evt.Status);

    [MapperIgnoreTarget(nameof(AgendaItemResponse.SpeakerName))]
    private static partial AgendaItemResponse ToResponse(AgendaItem item);
}
