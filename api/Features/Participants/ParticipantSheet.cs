using Antq.Api.Common.Json;
using Antq.Api.Common.Security;

namespace Antq.Api.Features.Participants;

/// <summary>
/// The participants spreadsheet, the same for export and import: id, kind, fullName, rank, positions, unit, unitId,
/// phone, email, notes, isPlaceholder. positions are joined with " | " in their order; kind is the API's camelCase name;
/// phone and email are there only for callers who may see personal data.
/// </summary>
public static class ParticipantSheet
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string FullName = "fullName";
    public const string Rank = "rank";
    public const string Positions = "positions";
    public const string Unit = "unit";
    public const string UnitId = "unitId";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Notes = "notes";
    public const string IsPlaceholder = "isPlaceholder";

    /// <summary>Between positions in one cell; a position itself cannot contain "|".</summary>
    public const string PositionSeparator = " | ";

    public static readonly IReadOnlyList<string> Columns = [Id, Kind, FullName, Rank, Positions, Unit, UnitId, Phone, Email, Notes, IsPlaceholder];

    public static readonly IReadOnlyList<string> Required = [Kind, FullName];

    private static readonly string[] Personal = [Phone, Email];

    /// <summary>The columns a caller gets: without phone and email for those who may not see personal data.</summary>
    public static IReadOnlyList<string> ColumnsFor(CurrentActor actor) =>
        actor.CanSeePersonalData ? Columns : [.. Columns.Except(Personal)];

    public static string?[] Row(ParticipantResponse p, bool personal)
    {
        string?[] all =
        [
            p.Id.ToString(), p.Kind.ApiName(), p.FullName, p.Rank,
            string.Join(PositionSeparator, p.Positions), p.UnitName, p.UnitId?.ToString(), p.Phone, p.Email, p.Notes,
            p.IsPlaceholder ? "true" : "false",
        ];
        return personal ? all : [.. all.Where((_, i) => !Personal.Contains(Columns[i]))];
    }

    public static string[] SplitPositions(string cell) =>
        [.. cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    public static bool? ParseFlag(string cell) => cell.Trim().ToLowerInvariant() switch
    {
        "" or "false" or "0" or "no" => false,
        "true" or "1" or "yes" => true,
        _ => null,
    };
}
