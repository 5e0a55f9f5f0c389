using System.Text.Json.Serialization;
using Antq.Api.Common.Http;
using Antq.Api.Data;
using Antq.Api.Domain;
using Riok.Mapperly.Abstractions;

namespace Antq.Api.Features.Awards;

/// <summary>An award, with the names of the units and people it points at.</summary>
public sealed record AwardResponse : IVersionedResponse
{
    public required Guid Id { get; init; }

    public required AwardForm Form { get; init; }

    public required Guid IssuerUnitId { get; init; }

    /// <example>UBND Thành phố Hà Nội</example>
    public required string? IssuerUnitName { get; init; }

    /// <example>1234/QĐ-UBND</example>
    public required string? DecisionNumber { get; init; }

    /// <example>2023-08-10</example>
    public required DateOnly? DecisionDate { get; init; }

    public required Guid RecipientId { get; init; }

    /// <example>Nhân dân và cán bộ phường Định Công</example>
    public required string RecipientName { get; init; }

    public required ParticipantKind RecipientKind { get; init; }

    /// <summary>The recipient holds a place for someone not yet named.</summary>
    public required bool RecipientIsPlaceholder { get; init; }

    /// <example>Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2023</example>
    public required string Citation { get; init; }

    public required Guid? EventId { get; init; }

    public required string? EventTitle { get; init; }

    public required Guid? InitiativeId { get; init; }

    public required string? InitiativeName { get; init; }

    public required Guid? PresentedById { get; init; }

    /// <example>Nguyễn Hải Trung</example>
    public required string? PresentedByName { get; init; }

    public required string? PresentedByRank { get; init; }

    /// <example>2023-08-14</example>
    public required DateOnly? PresentedOn { get; init; }

    public required string? Notes { get; init; }

    public required AwardStatus Status { get; init; }

    /// <summary>The statuses this award may move to now through POST …/status (revocation has its own endpoint).</summary>
    public required IReadOnlyList<AwardStatus> AllowedTransitions { get; init; }

    /// <summary>The cancelling decision, once revoked.</summary>
    public required AwardRevocationResponse? Revocation { get; init; }

    [JsonIgnore]
    public int Version { get; init; }
}

/// <summary>The decision that cancelled an award, and why.</summary>
public sealed record AwardRevocationResponse(string DecisionNumber, DateOnly DecisionDate, string Reason);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AwardMapper
{
    public static IQueryable<AwardResponse> ProjectToResponse(this IQueryable<Award> awards) => awards.Select(Projected);

    private static readonly System.Linq.Expressions.Expression<Func<Award, AwardResponse>> Projected = Projection.Of<Award, AwardResponse>(Project);

    private static partial IQueryable<AwardResponse> Project(this IQueryable<Award> awards);

    [MapProperty("IssuerUnit.Name", nameof(AwardResponse.IssuerUnitName))]
    [MapProperty("Recipient.FullName", nameof(AwardResponse.RecipientName))]
    [MapProperty("Recipient.Kind", nameof(AwardResponse.RecipientKind))]
    [MapProperty("Recipient.IsPlaceholder", nameof(AwardResponse.RecipientIsPlaceholder))]
    [MapProperty("Event.Title", nameof(AwardResponse.EventTitle))]
    [MapProperty("Initiative.Name", nameof(AwardResponse.InitiativeName))]
    [MapProperty("PresentedBy.FullName", nameof(AwardResponse.PresentedByName))]
    [MapProperty("PresentedBy.Rank", nameof(AwardResponse.PresentedByRank))]
    [MapPropertyFromSource(nameof(AwardResponse.AllowedTransitions), Use = nameof(AllowedTransitions))]
    [MapPropertyFromSource(nameof(AwardResponse.Revocation), Use = nameof(Revocation))]
    private static partial AwardResponse ToResponse(Award award);

    // Evaluated in the final projection from the columns the query read.
    private static IReadOnlyList<AwardStatus> AllowedTransitions(Award award) => Award.NextStatuses(award.Status);

    private static AwardRevocationResponse? Revocation(Award award) =>
        award.RevocationDecisionNumber != null ? new(award.RevocationDecisionNumber, award.RevocationDecisionDate!.Value, award.RevocationReason ?? "") : null;
}
