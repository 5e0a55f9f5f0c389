using Antq.Api.Common.Api;

namespace Antq.Api.Domain;

/// <summary>Forms of commendation (Law on Emulation and Commendation 06/2022/QH15).</summary>
public enum AwardForm { CertificateOfMerit, CertificateOfCommendation, EmulationFlag, EmulationFighter, Other }

public enum AwardStatus { Proposed, Approved, Presented, Revoked }

/// <summary>What an officer records about an award; the status changes only through transitions and revocation.</summary>
public sealed record AwardDetails(
    AwardForm Form,
    Guid IssuerUnitId,
    string? DecisionNumber,
    DateOnly? DecisionDate,
    Guid RecipientId,
    string Citation,
    Guid? EventId,
    Guid? InitiativeId,
    Guid? PresentedById,
    DateOnly? PresentedOn,
    string? Notes);

/// <summary>
/// A commendation: a Bằng khen, Giấy khen or emulation title given by an issuing unit's decision to an individual, a
/// collective or a household, perhaps presented at an event. A revoked award keeps its record and the cancelling decision.
/// </summary>
[RecordName("khen thưởng", "award")]
public sealed class Award : Entity, ISearchable
{
    private static readonly Dictionary<AwardStatus, AwardStatus[]> AllowedTransitions = new()
    {
        [AwardStatus.Proposed] = [AwardStatus.Approved],
        [AwardStatus.Approved] = [AwardStatus.Presented, AwardStatus.Proposed],
        [AwardStatus.Presented] = [],
        [AwardStatus.Revoked] = [],
    };

    private Award() { }

    public Award(AwardDetails details, AwardStatus status = AwardStatus.Proposed, Guid? id = null)
    {
        Id = id ?? Guid.CreateVersion7();
        Apply(details);
        Status = status == AwardStatus.Revoked ? throw RevokeThroughRevocation() : status;
        EnsureComplete();
    }

    public AwardForm Form { get; private set; }
    public Guid IssuerUnitId { get; private set; }
    public string? DecisionNumber { get; private set; }
    public DateOnly? DecisionDate { get; private set; }
    public Guid RecipientId { get; private set; }
    public string Citation { get; private set; } = "";
    public Guid? EventId { get; private set; }
    public Guid? InitiativeId { get; private set; }
    public Guid? PresentedById { get; private set; }
    public DateOnly? PresentedOn { get; private set; }
    public string? Notes { get; private set; }
    public AwardStatus Status { get; private set; }

    public string? RevocationDecisionNumber { get; private set; }
    public DateOnly? RevocationDecisionDate { get; private set; }
    public string? RevocationReason { get; private set; }

    public Unit? IssuerUnit { get; private set; }
    public Participant Recipient { get; private set; } = null!;
    public Participant? PresentedBy { get; private set; }
    public Event? Event { get; private set; }
    public Initiative? Initiative { get; private set; }

    /// <summary>Accent- and case-folded citation, decision number and notes, computed by the database for search.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>The statuses an award in <paramref name="from"/> may move to through POST …/status (revocation has its own endpoint).</summary>
    public static IReadOnlyList<AwardStatus> NextStatuses(AwardStatus from) => AllowedTransitions[from];

    public void Revise(AwardDetails details)
    {
        if (Status == AwardStatus.Revoked)
            throw new DomainRuleException(Localized.Text("Khen thưởng đã bị thu hồi: không sửa được nữa.", "A revoked award can no longer be changed."));
        Apply(details);
        EnsureComplete();
        Touch();
    }

    /// <summary>proposed → approved → presented, or approved back to proposed; revoked only through <see cref="Revoke"/>.</summary>
    public void MoveTo(AwardStatus target)
    {
        if (target == Status)
            return;
        if (target == AwardStatus.Revoked)
            throw RevokeThroughRevocation();
        var allowed = NextStatuses(Status);
        if (!allowed.Contains(target))
            throw DomainRuleException.TransitionNotAllowed("khen thưởng", "an award", Status, target, allowed);
        var previous = Status;
        Status = target;
        try
        {
            EnsureComplete();
        }
        catch
        {
            Status = previous;
            throw;
        }
        Touch();
    }

    /// <summary>
    /// Cancels the decision (the 2022 law, chapter VII): the record stays, with the cancelling decision. The same
    /// revocation sent again changes nothing (an integrator may resend it after a lost answer).
    /// </summary>
    public void Revoke(string decisionNumber, DateOnly decisionDate, string reason)
    {
        if (Status == AwardStatus.Revoked && RevocationDecisionNumber == Clean(decisionNumber) && RevocationDecisionDate == decisionDate
            && RevocationReason == Clean(reason))
            return;
        if (Status is not (AwardStatus.Approved or AwardStatus.Presented))
            throw new DomainRuleException(Status == AwardStatus.Revoked
                ? Localized.Text("Khen thưởng đã bị thu hồi rồi.", "The award is already revoked.")
                : Localized.Text("Chỉ thu hồi được khen thưởng đã có quyết định (đã duyệt hoặc đã trao); đề xuất thì xóa đi.",
                    "Only an award with a decision (approved or presented) can be revoked; delete a proposal instead."));
        RevocationDecisionNumber = Clean(decisionNumber);
        RevocationDecisionDate = decisionDate;
        RevocationReason = Clean(reason);
        Status = AwardStatus.Revoked;
        Touch();
    }

    /// <summary>Only a proposal is deleted; anything with a decision is kept (revoked if it must go).</summary>
    public void EnsureDeletable()
    {
        if (Status != AwardStatus.Proposed)
            throw new DomainRuleException(Localized.Text(
                "Chỉ xóa được khen thưởng đang đề xuất. Khen thưởng đã có quyết định thì thu hồi, không xóa.",
                "Only a proposed award can be deleted. An award with a decision is revoked, not deleted."));
    }

    /// <summary>The year the award belongs to: its decision's, else its presentation's.</summary>
    public int? Year => DecisionDate?.Year ?? PresentedOn?.Year;

    private void Apply(AwardDetails details)
    {
        Form = details.Form;
        IssuerUnitId = details.IssuerUnitId;
        DecisionNumber = CleanOrNull(details.DecisionNumber);
        DecisionDate = details.DecisionDate;
        RecipientId = details.RecipientId;
        Citation = Clean(details.Citation);
        EventId = details.EventId;
        InitiativeId = details.InitiativeId;
        PresentedById = details.PresentedById;
        PresentedOn = details.PresentedOn;
        Notes = CleanOrNull(details.Notes);
    }

    /// <summary>An approved award has its decision; a presented one also its presentation date, not before the decision.</summary>
    private void EnsureComplete()
    {
        if (Status is AwardStatus.Approved or AwardStatus.Presented && (DecisionNumber is null || DecisionDate is null))
            throw new DomainRuleException(Localized.Text(
                "Khen thưởng đã duyệt phải có số và ngày quyết định.", "An approved award needs its decision number and date."));
        if (Status == AwardStatus.Presented && PresentedOn is null)
            throw new DomainRuleException(Localized.Text("Khen thưởng đã trao phải có ngày trao.", "A presented award needs its presentation date."));
    }

    private static DomainRuleException RevokeThroughRevocation() => new(Localized.Text(
        "Thu hồi bằng POST …/revocation, kèm số, ngày quyết định thu hồi và lý do.",
        "Revoke through POST …/revocation, with the cancelling decision's number, date and reason."));
}
