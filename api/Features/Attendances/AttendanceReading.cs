using Antq.Api.Common.Errors;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Antq.Api.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Attendances;

/// <summary>What every read of an event's list needs: the event (404 when the caller may not see it), its speakers, its counts.</summary>
internal static class AttendanceReading
{
    /// <summary>The programme's speakers, or 404 when the event does not exist or is a draft the caller may not see.</summary>
    public static async Task<HashSet<Guid>> SpeakersOfVisibleEventAsync(AntqDbContext db, CurrentActor actor, Guid eventId, CancellationToken ct)
    {
        var agenda = await db.Events.AsNoTracking().VisibleTo(actor).Where(e => e.Id == eventId).Select(e => e.Agenda).SingleOrDefaultAsync(ct)
            ?? throw NotFoundException.Of<Event>(eventId);
        return Event.SpeakersOf(agenda);
    }

    public static async Task<AttendanceCounts> CountsAsync(AntqDbContext db, Guid eventId, CancellationToken ct)
    {
        var groups = await db.Attendances.Where(a => a.EventId == eventId)
            .GroupBy(a => new { a.Role, a.Status })
            .Select(g => new { g.Key.Role, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        int Role(AttendanceRole role) => groups.Where(g => g.Role == role).Sum(g => g.Count);
        int Status(AttendanceStatus status) => groups.Where(g => g.Status == status).Sum(g => g.Count);
        return new AttendanceCounts(
            groups.Sum(g => g.Count),
            new RoleCounts(Role(AttendanceRole.Guest), Role(AttendanceRole.Speaker), Role(AttendanceRole.Organizer), Role(AttendanceRole.Attendee), Role(AttendanceRole.Volunteer)),
            new StatusCounts(Status(AttendanceStatus.Invited), Status(AttendanceStatus.Registered), Status(AttendanceStatus.CheckedIn), Status(AttendanceStatus.Absent)));
    }

    /// <summary>
    /// Loads an attendance, with its event, for a change: 404 naming the event or the participant's place on its list,
    /// 412 on a stale If-Match. (Attendances are addressed by event and participant, not by an id of their own.)
    /// </summary>
    public static async Task<Attendance> FindAttendanceForWriteAsync(this AntqDbContext db, Guid eventId, Guid participantId, int? expectedVersion, CancellationToken ct)
    {
        var attendance = await db.Attendances.Include(a => a.Event).SingleOrDefaultAsync(a => a.EventId == eventId && a.ParticipantId == participantId, ct);
        if (attendance is null)
            throw await db.Events.AnyAsync(e => e.Id == eventId, ct) ? NotOnTheList(participantId) : NotFoundException.Of<Event>(eventId);
        if (expectedVersion is { } expected && expected != attendance.Version)
            throw new PreconditionFailedException();
        return attendance;
    }

    public static NotFoundException NotOnTheList(Guid participantId) => new(Common.Api.Localized.Text(
        $"Người tham gia '{participantId}' không có trong danh sách của sự kiện.", $"Participant '{participantId}' is not on the event's list."));
}
