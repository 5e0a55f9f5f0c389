namespace Antq.Api.Domain;

public enum ParticipantKind { Individual, Collective, Household }

/// <summary>
/// An official, resident, household or collective that takes part in the movement. Phone and email are personal data:
/// only admins and editors (and write keys) see them.
/// </summary>
[RecordName("người tham gia", "participant")]
public sealed class Participant : Entity, ISearchable
{
    private Participant() { }

    public Participant(ParticipantDetails details, Guid? id = null)
    {
        Id = id ?? Guid.CreateVersion7();
        Apply(details);
    }

    public ParticipantKind Kind { get; private set; }
    public string FullName { get; private set; } = "";
    public string? Rank { get; private set; }
    public List<string> Positions { get; private set; } = [];
    public Guid? UnitId { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? Notes { get; private set; }

    /// <summary>A record that holds a place for someone not yet named (the report names only "2 individuals").</summary>
    public bool IsPlaceholder { get; private set; }
    public Unit? Unit { get; private set; }

    /// <summary>Accent- and case-folded name and positions, computed by the database for search.</summary>
    public string SearchText { get; private set; } = "";

    public void Update(ParticipantDetails details)
    {
        Apply(details);
        Touch();
    }

    /// <summary>Whether these details, cleaned as <see cref="Update"/> would clean them, are what the participant holds already.</summary>
    public bool Holds(ParticipantDetails details)
    {
        var other = new Participant(details, Id);
        return Kind == other.Kind && FullName == other.FullName && Rank == other.Rank && Positions.SequenceEqual(other.Positions)
               && UnitId == other.UnitId && Phone == other.Phone && Email == other.Email && Notes == other.Notes
               && IsPlaceholder == other.IsPlaceholder;
    }

    /// <summary>The details the participant holds, to change some of them and keep the rest.</summary>
    public ParticipantDetails Details => new(Kind, FullName, Rank, Positions, UnitId, Phone, Email, Notes, IsPlaceholder);

    private void Apply(ParticipantDetails details)
    {
        Kind = details.Kind;
        FullName = Clean(details.FullName);
        Rank = CleanOrNull(details.Rank);
        Positions = [.. details.Positions.Where(p => !string.IsNullOrWhiteSpace(p)).Select(Clean)];
        UnitId = details.UnitId;
        Phone = CleanOrNull(details.Phone);
        Email = CleanOrNull(details.Email)?.ToLowerInvariant();
        Notes = CleanOrNull(details.Notes);
        IsPlaceholder = details.IsPlaceholder;
    }
}

public sealed record ParticipantDetails(
    ParticipantKind Kind, string FullName, string? Rank, IReadOnlyList<string> Positions, Guid? UnitId, string? Phone, string? Email, string? Notes,
    bool IsPlaceholder = false);
