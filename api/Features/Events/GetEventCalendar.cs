using System.Globalization;
using System.Text;
using Antq.Api.Common.Errors;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Events;

/// <summary>An event as an iCalendar (RFC 5545) file, for officers' and guests' calendar programs.</summary>
public sealed record GetEventCalendarQuery(Guid Id) : IQuery<string>;

public sealed class GetEventCalendarHandler(AntqReadDbContext db, CurrentActor actor) : IQueryHandler<GetEventCalendarQuery, string>
{
    public async ValueTask<string> Handle(GetEventCalendarQuery query, CancellationToken cancellationToken)
    {
        var evt = await db.Events.AsNoTracking().VisibleTo(actor)
            .Where(e => e.Id == query.Id)
            .Select(e => new CalendarEntry(e.Id, e.Title, e.Description, e.Venue, e.StartsAt, e.EndsAt, e.Status, e.Version, e.UpdatedAt,
                e.HostUnit!.Name, e.Agenda))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.Of<Event>(query.Id);
        return ICalendar.Write(evt);
    }
}

internal sealed record CalendarEntry(
    Guid Id, string Title, string? Description, string? Venue, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    EventStatus Status, int Version, DateTimeOffset UpdatedAt, string? HostUnitName, IReadOnlyList<AgendaItem> Agenda);

/// <summary>A minimal RFC 5545 writer: CRLF line ends, escaped text, lines folded at 75 octets on UTF-8 boundaries.</summary>
internal static class ICalendar
{
    public static string Write(CalendarEntry evt)
    {
        var description = new StringBuilder(evt.Description);
        if (evt.Agenda.Count > 0)
        {
            if (description.Length > 0)
                description.Append("\n\n");
            description.Append("Chương trình:");
            foreach (var item in evt.Agenda)
                description.Append('\n').Append(Common.Json.VietnamTime.ToLocal(item.StartsAt).ToString("HH:mm", CultureInfo.InvariantCulture)).Append(' ').Append(item.Title);
        }

        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//ANTQ//Phong trao Toan dan bao ve ANTQ//VI",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:{evt.Id}@antq",
            $"DTSTAMP:{Utc(evt.UpdatedAt)}",
            $"DTSTART:{Utc(evt.StartsAt)}",
            $"DTEND:{Utc(evt.EndsAt)}",
            $"SEQUENCE:{evt.Version}",
            $"SUMMARY:{Escape(evt.Title)}",
            $"STATUS:{Status(evt.Status)}",
        };
        if (evt.Venue is not null)
            lines.Add($"LOCATION:{Escape(evt.Venue)}");
        if (description.Length > 0)
            lines.Add($"DESCRIPTION:{Escape(description.ToString())}");
        if (evt.HostUnitName is not null)
            lines.Add($"ORGANIZER;CN={Quote(evt.HostUnitName)}:mailto:noreply@antq.invalid");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");

        var ics = new StringBuilder();
        foreach (var line in lines)
            Fold(ics, line);
        return ics.ToString();
    }

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Status(EventStatus status) => status switch
    {
        EventStatus.Cancelled => "CANCELLED",
        EventStatus.Draft => "TENTATIVE",
        _ => "CONFIRMED",
    };

    private static string Escape(string text) => text
        .Replace(@"\", @"\\", StringComparison.Ordinal)
        .Replace(";", @"\;", StringComparison.Ordinal)
        .Replace(",", @"\,", StringComparison.Ordinal)
        .Replace("\r\n", @"\n", StringComparison.Ordinal)
        .Replace("\n", @"\n", StringComparison.Ordinal);

    private static string Quote(string text) => "\"" + text.Replace("\"", "'", StringComparison.Ordinal) + "\"";

    /// <summary>Appends the content line, folded so no physical line exceeds 75 octets, never splitting a character.</summary>
    private static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = 75;
        var runes = line.EnumerateRunes();
        foreach (var rune in runes)
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }
            output.Append(rune.ToString());
            octets += size;
        }
        output.Append("\r\n");
    }
}
