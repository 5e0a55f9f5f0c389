using Antq.Api.Data;
using Antq.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Events;

/// <summary>The programme's speakers are participants: they are on the event's list, and responses show their names.</summary>
internal static class EventSpeakers
{
    /// <summary>Puts each speaker the programme names on the event's list as a speaker, unless they are on it already (in any role).</summary>
    public static async Task PutOnListAsync(AntqDbContext db, Event evt, CancellationToken ct)
    {
        var speakers = evt.SpeakerIds;
        if (speakers.Count == 0)
            return;
        var onList = await db.Attendances.Where(a => a.EventId == evt.Id && speakers.Contains(a.ParticipantId)).Select(a => a.ParticipantId).ToListAsync(ct);
        db.Attendances.AddRange(speakers.Except(onList).Select(id => new Attendance(evt.Id, id, AttendanceRole.Speaker)));
    }

    /// <summary>Fills in the linked speakers' names (one query for all the events).</summary>
    public static async Task<IReadOnlyList<EventResponse>> WithNamesAsync(AntqDbContext db, IReadOnlyList<EventResponse> events, CancellationToken ct)
    {
        var ids = events.SelectMany(e => e.Agenda).Where(a => a.SpeakerId is not null).Select(a => a.SpeakerId!.Value).Distinct().ToList();
        if (ids.Count == 0)
            return events;
        var names = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        return [.. events.Select(e => e with
        {
            Agenda = [.. e.Agenda.Select(a => a.SpeakerId is { } id && names.TryGetValue(id, out var name) ? a with { SpeakerName = name } : a)],
        })];
    }
}
