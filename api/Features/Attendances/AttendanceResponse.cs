using System.Text.Json.Serialization;
using Antq.Api.Common.Http;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Riok.Mapperly.Abstractions;

namespace Antq.Api.Features.Attendances;

/// <summary>A participant on an event's list, with what a badge or the gate needs to show about them.</summary>
public sealed record AttendanceResponse : IVersionedResponse
{
    public required Guid EventId { get; init; }

    public required Guid ParticipantId { get; init; }

    public required ParticipantKind Kind { get; init; }

    /// <example>Nguyễn Thị Phượng</example>
    public required string FullName { get; init; }

    /// <example>Trung tướng</example>
    public required string? Rank { get; init; }

    /// <summary>Their positions as written, in order.</summary>
    /// <example>["Chủ tịch UBND phường Định Công", "Trưởng Ban Chỉ đạo 138 phường"]</example>
    public required IReadOnlyList<string> Positions { get; init; }

    /// <example>UBND phường Định Công</example>
    public required string? UnitName { get; init; }

    /// <summary>Holds a place for someone not yet named.</summary>
    public required bool IsPlaceholder { get; init; }

    /// <example>guest</example>
    public required AttendanceRole Role { get; init; }

    /// <example>checkedIn</example>
    public required AttendanceStatus Status { get; init; }

    /// <summary>When they came through the gate, with Vietnam's offset; null if not checked in or checked in without a time.</summary>
    /// <example>2023-08-14T18:52:00+07:00</example>
    public required DateTimeOffset? CheckedInAt { get; init; }

    /// <summary>The check-in code on their badge and invitation (10 characters, shown as XXXXX-XXXXX). Admins, editors and write keys only.</summary>
    /// <example>7KQ2M9XDRA</example>
    public required string? Code { get; init; }

    /// <summary>They speak in the event's programme.</summary>
    public required bool Speaks { get; init; }

    [JsonIgnore]
    public int Version { get; init; }

    // An attendance is addressed by its event and participant, not by an id of its own.
    Guid IVersionedResponse.Id => EventId;

    /// <summary>Blanks the code for callers who may not check people in, and marks the programme's speakers.</summary>
    public AttendanceResponse For(CurrentActor actor, IReadOnlySet<Guid> speakerIds) => this with
    {
        Code = actor.CanSeePersonalData ? Code : null,
        Speaks = speakerIds.Contains(ParticipantId),
    };
}

/// <summary>How many people on the list have each role and each status (the whole list, whatever the filters).</summary>
public sealed record AttendanceCounts(int Total, RoleCounts ByRole, StatusCounts ByStatus);

public sealed record RoleCounts(int Guest, int Speaker, int Organizer, int Attendee, int Volunteer);

public sealed record StatusCounts(int Invited, int Registered, int CheckedIn, int Absent);

/// <summary>One page of an event's list, with the counts of the whole list.</summary>
public sealed record AttendanceList(IReadOnlyList<AttendanceResponse> Items, int Page, int PageSize, int TotalCount, AttendanceCounts Counts);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AttendanceMapper
{
    public static IQueryable<AttendanceResponse> ProjectToResponse(this IQueryable<Attendance> attendances) => attendances.Select(Projected);

    private static readonly System.Linq.Expressions.Expression<Func<Attendance, AttendanceResponse>> Projected = Projection.Of<Attendance, AttendanceResponse>(Project);

    private static partial IQueryable<AttendanceResponse> Project(this IQueryable<Attendance> attendances);

    [MapProperty("Participant.Kind", nameof(AttendanceResponse.Kind))]
    [MapProperty("Participant.FullName", nameof(AttendanceResponse.FullName))]
    [MapProperty("Participant.Rank", nameof(AttendanceResponse.Rank))]
    [MapProperty("Participant.Positions", nameof(AttendanceResponse.Positions))]
    [MapProperty("Participant.Unit.Name", nameof(AttendanceResponse.UnitName))]
    [MapProperty("Participant.IsPlaceholder", nameof(AttendanceResponse.IsPlaceholder))]
    [MapValue(nameof(AttendanceResponse.Speaks), false)]
    private static partial AttendanceResponse ToResponse(Attendance attendance);
}
