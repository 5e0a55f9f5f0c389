namespace Antq.Api.Domain;

public enum UnitKind { Area, Authority, PartyCommittee, Police, SteeringCommittee, ResidentialGroup, Organization }

public enum UnitLevel { Central, Province, District, Commune, Grassroots }

/// <summary>
/// An authority, party committee, police force, steering committee, residential group or organisation.
/// Units form a tree of any depth (the 2025 two-tier reform abolished districts, so depth varies) and are
/// dissolved rather than deleted once they have history.
/// </summary>
[RecordName("đơn vị", "unit")]
public sealed class Unit : Entity, ISearchable
{
    private Unit() { }

    public Unit(string name, UnitKind kind, UnitLevel level, Guid? parentId, DateOnly? dissolvedOn = null, Guid? id = null)
    {
        Id = id ?? Guid.CreateVersion7();
        Name = Clean(name);
        Kind = kind;
        Level = level;
        ParentId = parentId;
        DissolvedOn = dissolvedOn;
    }

    public string Name { get; private set; } = "";
    public UnitKind Kind { get; private set; }
    public UnitLevel Level { get; private set; }
    public Guid? ParentId { get; private set; }
    public DateOnly? DissolvedOn { get; private set; }

    /// <summary>Accent- and case-folded name, computed by the database for search.</summary>
    public string SearchText { get; private set; } = "";

    public bool IsDissolvedBy(DateOnly day) => DissolvedOn is { } dissolved && dissolved <= day;

    public void Update(string name, UnitKind kind, UnitLevel level, Guid? parentId, DateOnly? dissolvedOn)
    {
        if (parentId == Id)
            throw new DomainRuleException("A unit cannot be its own parent.");
        Name = Clean(name);
        Kind = kind;
        Level = level;
        ParentId = parentId;
        DissolvedOn = dissolvedOn;
        Touch();
    }
}
