using System.Text.Json.Serialization;
using Antq.Api.Common.Http;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Riok.Mapperly.Abstractions;

namespace Antq.Api.Features.Participants;

/// <summary>A participant. phone and email are null unless the caller may see personal data (admin, editor, write key).</summary>
public sealed record ParticipantResponse : IVersionedResponse
{
    public required Guid Id { get; init; }

    public required ParticipantKind Kind { get; init; }

    /// <example>Nguyễn Thị Phượng</example>
    public required string FullName { get; init; }

    /// <example>Trung tướng</example>
    public required string? Rank { get; init; }

    /// <example>["Chủ tịch UBND phường Định Công", "Trưởng Ban Chỉ đạo 138 phường"]</example>
    public required IReadOnlyList<string> Positions { get; init; }

    public required Guid? UnitId { get; init; }

    public required string? UnitName { get; init; }

    /// <summary>Personal data: admins, editors and write keys only.</summary>
    public required string? Phone { get; init; }

    /// <summary>Personal data: admins, editors and write keys only.</summary>
    public required string? Email { get; init; }

    public required string? Notes { get; init; }

    /// <summary>Holds a place for someone not yet named: clients show a note, not a person.</summary>
    public required bool IsPlaceholder { get; init; }

    [JsonIgnore]
    public int Version { get; init; }

    /// <summary>Blanks the personal fields for callers who may not see them.</summary>
    public ParticipantResponse For(CurrentActor actor) => actor.CanSeePersonalData ? this : this with { Phone = null, Email = null };
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ParticipantMapper
{
    public static IQueryable<ParticipantResponse> ProjectToResponse(this IQueryable<Participant> participants) => participants.Select(Projected);

    private static readonly System.Linq.Expressions.Expression<Func<Participant, ParticipantResponse>> Projected = Projection.Of<Participant, ParticipantResponse>(Project);

    private static partial IQueryable<ParticipantResponse> Project(this IQueryable<Participant> participants);
}
