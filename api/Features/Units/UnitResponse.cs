using System.Text.Json.Serialization;
using Antq.Api.Common.Http;
using Antq.Api.Domain;
using Riok.Mapperly.Abstractions;

namespace Antq.Api.Features.Units;

/// <summary>A unit: an authority, committee, police force, residential group or organisation.</summary>
public sealed record UnitResponse : IVersionedResponse
{
    /// <example>0190a1b2-0000-7000-8000-000000000003</example>
    public required Guid Id { get; init; }

    /// <example>UBND phường Định Công</example>
    public required string Name { get; init; }

    public required UnitKind Kind { get; init; }

    public required UnitLevel Level { get; init; }

    /// <summary>The unit above this one; null at the top of the tree.</summary>
    public required Guid? ParentId { get; init; }

    /// <summary>The day the unit was dissolved (e.g. districts on 2025-07-01); null while it exists.</summary>
    public required DateOnly? DissolvedOn { get; init; }

    /// <summary>Sent as the ETag header, not in the body.</summary>
    [JsonIgnore]
    public int Version { get; init; }
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class UnitMapper
{
    public static partial IQueryable<UnitResponse> ProjectToResponse(this IQueryable<Unit> units);
}
