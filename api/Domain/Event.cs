using Antq.Api.Common.Api;
namespace Antq.Api.Domain;

public enum EventKind { Festival, Meeting, Drill, Outreach, Ceremony, Other }

public enum EventStatus { Draft, Scheduled, Ongoing, Completed, Cancelled }

public enum ServiceKind { AdministrativeProcedures, CitizenId, ElectronicId, ResidenceRegistration, PolicyFamilyVisit, Other }

/// <summary>A public service offered at an event (citizen ID cards, residence registration…) and how many people it served.</summary>
public sealed record EventService(ServiceKind Kind, string? Description, int? Count);

/// <summary>One item of an event's programme; its speaker is a participant (on the event's list) or, for someone not in the system, a line of text.</summary>
public sealed record AgendaItem(DateTimeOffset StartsAt, string Title, Guid? SpeakerId, string? Speaker = null);

/// <summary>What an officer plans or revises about an event; the status is changed only by transitions.</summary>
public sealed record EventPlan(
    string Title,
    EventKind Kind,
    string? Description,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Venue,
    Guid HostUnitId,
    Guid? OrganizerUnitId,
    IReadOnlyList<EventService> Services,
    IReadOnlyList<AgendaItem> Agenda,
    bool TimesAreTentative = false);

/// <summary>A festival, meeting, drill, outreach session or ceremony of the movement.</summary>
[RecordName("sự kiện", "event")]
public sealed class Event : Entity, ISearchable
{
    private static readonly Dictionary<EventStatus, EventStatus[]> AllowedTransitions = new()
    {
        [EventStatus.Draft] = [EventStatus.Scheduled, EventStatus.Cancelled],
        [EventStatus.Scheduled] = [EventStatus.Ongoing, EventStatus.Cancelled, EventStatus.Draft],
        [EventStatus.Ongoing] = [EventStatus.Completed, EventStatus.Cancelled],
        [EventStatus.Completed] = [],
        [EventStatus.Cancelled] = [],
    };

    private Event() { }

    public Event(EventPlan plan, Guid? id = null)
    {
        Id = id ?? Guid.CreateVersion7();
        Status = EventStatus.Draft;
        Apply(plan);
    }

    public string Title { get; private set; } = "";
    public EventKind Kind { get; private set; }
    public string? Description { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public string? Venue { get; private set; }
    public Guid HostUnitId { get; private set; }
    public Guid? OrganizerUnitId { get; private set; }

    /// <summary>Loaded only by queries that project its name.</summary>
    public Unit? HostUnit { get; private set; }

    public Unit? OrganizerUnit { get; private set; }
    public EventStatus Status { get; private set; }

    /// <summary>When it was completed or cancelled: check-ins a device made before then (offline) still count.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>A completed or cancelled event.</summary>
    public bool IsClosed => Status is EventStatus.Completed or EventStatus.Cancelled;
    // Lists because EF Core maps complex collections only to IList<T>; they are replaced whole by Apply, never edited in place.
    public List<EventService> Services { get; private set; } = [];
    public List<AgendaItem> Agenda { get; private set; } = [];

    /// <summary>The programme's times are provisional (or, in the demo data, examples): shown as a note, not as fact.</summary>
    public bool TimesAreTentative { get; private set; }

    /// <summary>Accent- and case-folded title and venue, computed by the database for search.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>The statuses an event in <paramref name="from"/> may move to (clients show these as actions).</summary>
    public static IReadOnlyList<EventStatus> NextStatuses(EventStatus from) => AllowedTransitions[from];

    public void Revise(EventPlan plan)
    {
        if (Status == EventStatus.Cancelled)
            throw new DomainRuleException(Localized.Text("Sự kiện đã hủy không thể sửa.", "A cancelled event can no longer be changed."));
        Apply(plan);
        Touch();
    }

    /// <summary>Moves the event along draft → scheduled → ongoing → completed, or to cancelled (closing it at <paramref name="at"/>, default now).</summary>
    public void MoveTo(EventStatus target, DateTimeOffset? at = null)
    {
        if (target == Status)
            return;
        var allowed = NextStatuses(Status);
        if (!allowed.Contains(target))
            throw DomainRuleException.TransitionNotAllowed("sự kiện", "an event", Status, target, allowed);
        Status = target;
        if (IsClosed)
            ClosedAt = (at ?? DateTimeOffset.UtcNow).ToUniversalTime();
        Touch();
    }

    private void Apply(EventPlan plan)
    {
        if (plan.EndsAt <= plan.StartsAt)
            throw new DomainRuleException(Localized.Text("Sự kiện phải kết thúc sau khi bắt đầu.", "An event must end after it starts."));
        Title = Clean(plan.Title);
        Kind = plan.Kind;
        Description = CleanOrNull(plan.Description);
        StartsAt = plan.StartsAt.ToUniversalTime();
        EndsAt = plan.EndsAt.ToUniversalTime();
        Venue = CleanOrNull(plan.Venue);
        HostUnitId = plan.HostUnitId;
        OrganizerUnitId = plan.OrganizerUnitId;
        TimesAreTentative = plan.TimesAreTentative;
        Services = [.. plan.Services.Select(s => s with { Description = CleanOrNull(s.Description) })];
        Agenda = [.. plan.Agenda
            .OrderBy(a => a.StartsAt)
            .Select(a => a with { StartsAt = a.StartsAt.ToUniversalTime(), Title = Clean(a.Title), Speaker = CleanOrNull(a.Speaker) })];
    }

    /// <summary>The participants the programme names as speakers.</summary>
    public IReadOnlyList<Guid> SpeakerIds => [.. SpeakersOf(Agenda)];

    /// <summary>The participants a programme names as speakers (read queries project the programme, not the event).</summary>
    public static HashSet<Guid> SpeakersOf(IEnumerable<AgendaItem> agenda) => [.. agenda.Where(a => a.SpeakerId is not null).Select(a => a.SpeakerId!.Value)];
}
