using System.Security.Cryptography;
using Antq.Api.Common.Api;

namespace Antq.Api.Domain;

public enum AttendanceRole { Guest, Speaker, Organizer, Attendee, Volunteer }

public enum AttendanceStatus { Invited, Registered, CheckedIn, Absent }

/// <summary>
/// A participant on an event's list: their role, whether they were invited, registered, came or stayed away, and the
/// unguessable code on their badge or invitation that checks them in at the gate.
/// </summary>
[RecordName("người trong danh sách sự kiện", "attendance")]
public sealed class Attendance : Entity
{
    /// <summary>Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is hard to get wrong.</summary>
    private const string CodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public const int CodeLength = 10;

    private Attendance() { }

    public Attendance(Guid eventId, Guid participantId, AttendanceRole role, AttendanceStatus status = AttendanceStatus.Invited)
    {
        EventId = eventId;
        ParticipantId = participantId;
        Role = role;
        Status = status;
        Code = NewCode();
    }

    public Guid EventId { get; private set; }
    public Guid ParticipantId { get; private set; }
    public AttendanceRole Role { get; private set; }
    public AttendanceStatus Status { get; private set; }

    /// <summary>When they came through the gate; null when not checked in, or checked in afterwards without a time.</summary>
    public DateTimeOffset? CheckedInAt { get; private set; }

    /// <summary>The id the checking-in device gave the check-in, so a retried request is recognised and not counted twice.</summary>
    public Guid? CheckInId { get; private set; }

    /// <summary>50 random bits (not derived from any id), printed on badges and invitations as a QR code.</summary>
    public string Code { get; private set; } = "";

    // Loaded only by queries that project it; EF sets it, never null where read.
    public Participant Participant { get; private set; } = null!;
    public Event? Event { get; private set; }

    /// <summary>Checks the participant in; false when they already were (the first check-in stands).</summary>
    public bool CheckIn(Event evt, DateTimeOffset at, Guid? checkInId)
    {
        if (Status == AttendanceStatus.CheckedIn)
            return false;
        EnsureOpenForCheckIns(evt, at);
        Status = AttendanceStatus.CheckedIn;
        CheckedInAt = at.ToUniversalTime();
        CheckInId = checkInId;
        Touch();
        return true;
    }

    /// <summary>Changes role and status. Marking someone checked in here counts as a check-in now; moving them back clears it.</summary>
    public void Change(Event evt, AttendanceRole role, AttendanceStatus status, DateTimeOffset now)
    {
        if (role == Role && status == Status)
            return;
        if (status == AttendanceStatus.CheckedIn && Status != AttendanceStatus.CheckedIn)
        {
            EnsureOpenForCheckIns(evt, now);
            CheckedInAt = now.ToUniversalTime();
        }
        else if (status != AttendanceStatus.CheckedIn)
        {
            CheckedInAt = null;
            CheckInId = null;
        }
        Role = role;
        Status = status;
        Touch();
    }

    /// <summary>
    /// A completed or cancelled event takes no new check-ins — except those that happened before it closed: a gate
    /// device without a connection sends them afterwards, with the time they were made.
    /// </summary>
    public static void EnsureOpenForCheckIns(Event evt, DateTimeOffset at)
    {
        if (evt.IsClosed && !(at < evt.ClosedAt))
            throw new DomainRuleException(Localized.Text(
                $"Sự kiện đã {(evt.Status == EventStatus.Completed ? "kết thúc" : "hủy")}: không nhận điểm danh mới.",
                $"The event is {(evt.Status == EventStatus.Completed ? "completed" : "cancelled")}: it takes no new check-ins."));
    }

    /// <summary>
    /// A typed or scanned code in its stored form: upper case, without spaces or dashes, with the letters people confuse
    /// with digits read as those digits (Crockford). Null when it cannot be a code.
    /// </summary>
    public static string? NormalizeCode(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 64)
            return null;
        Span<char> code = stackalloc char[CodeLength];
        var length = 0;
        foreach (var c in typed.ToUpperInvariant())
        {
            if (c is ' ' or '-')
                continue;
            var read = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (!CodeAlphabet.Contains(read) || length == CodeLength)
                return null;
            code[length++] = read;
        }
        return length == CodeLength ? new string(code) : null;
    }

    private static string NewCode() => RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);
}
