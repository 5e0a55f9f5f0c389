namespace Antq.Api.Domain;

public enum ActorKind { Anonymous, User, ApiKey }

public enum AuditOutcome { Succeeded, Rejected, Failed }

/// <summary>The kind of record an audit entry is about, so the log can link to it.</summary>
public enum AuditRecordType { Unit, Event, Participant, User, ApiKey, Award, Initiative }

/// <summary>
/// Which kind of record a command changes: recorded with each audit entry. Every command declares it (a test checks),
/// so the log never has to guess from a command's name.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditRecordAttribute(AuditRecordType type) : Attribute
{
    public AuditRecordType Type { get; } = type;
}

/// <summary>One command that tried to change data: who, what, which record, when, and how it ended. Append-only.</summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, ActorKind actorKind, Guid? actorId, string? actorName, string command, Guid? recordId,
        AuditRecordType? recordType, AuditOutcome outcome, int status)
    {
        At = at;
        ActorKind = actorKind;
        ActorId = actorId;
        // A name someone typed at sign-in may be anything: keep what fits the column, never fail the record over it.
        ActorName = actorName is { Length: > MaxActorName } ? actorName[..MaxActorName] : actorName;
        Command = command;
        RecordId = recordId;
        RecordType = recordType;
        Outcome = outcome;
        Status = status;
    }

    public const int MaxActorName = 256;

    public long Id { get; private init; }
    public DateTimeOffset At { get; private init; }
    public ActorKind ActorKind { get; private init; }
    public Guid? ActorId { get; private init; }

    /// <summary>The user's email or the key's name, as it was at the time.</summary>
    public string? ActorName { get; private init; }

    public string Command { get; private init; } = "";
    public Guid? RecordId { get; private init; }
    public AuditRecordType? RecordType { get; private init; }
    public AuditOutcome Outcome { get; private init; }

    /// <summary>The HTTP status the command's outcome maps to (200, 400, 403, 404, 409, 412, 500…).</summary>
    public int Status { get; private init; }
}
