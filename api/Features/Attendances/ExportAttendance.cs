using System.Globalization;
using Antq.Api.Common.Http;
using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Common.Spreadsheets;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Attendances;

/// <summary>An event's list as a spreadsheet: the list's filters, sorted by name, every match.</summary>
/// <param name="Id">The event.</param>
/// <param name="Q">Free text in the name or positions, ignoring case and diacritics.</param>
/// <param name="Role">Only this role.</param>
/// <param name="Status">Only this status.</param>
/// <param name="Format">csv (default) or xlsx.</param>
public sealed record ExportAttendanceQuery(
    Guid Id, string? Q = null, QueryEnum<AttendanceRole>? Role = null, QueryEnum<AttendanceStatus>? Status = null, QueryEnum<TableFormat>? Format = null)
    : IQuery<TableExport>;

public sealed class ExportAttendanceValidator : AbstractValidator<ExportAttendanceQuery>
{
    public ExportAttendanceValidator() => RuleFor(x => x.Q).MaximumLength(200);
}

/// <summary>
/// The columns of an event's list: participantId, fullName, kind, rank, positions (joined with " | "), unit, role, status,
/// checkedInAt (dd/mm/yyyy HH:mm, Vietnam time), speaks, and for callers who may see personal data also phone, email and code.
/// </summary>
public static class AttendanceSheet
{
    public static readonly IReadOnlyList<string> Columns =
        ["participantId", "fullName", "kind", "rank", "positions", "unit", "role", "status", "checkedInAt", "speaks"];

    public static readonly IReadOnlyList<string> PersonalColumns = ["phone", "email", "code"];

    public static string? CheckedInAt(DateTimeOffset? at) =>
        at is { } time ? VietnamTime.ToLocal(time).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : null;
}

public sealed class ExportAttendanceHandler(AntqReadDbContext db, CurrentActor actor) : IQueryHandler<ExportAttendanceQuery, TableExport>
{
    public async ValueTask<TableExport> Handle(ExportAttendanceQuery query, CancellationToken cancellationToken)
    {
        var speakers = await AttendanceReading.SpeakersOfVisibleEventAsync(db, actor, query.Id, cancellationToken);
        var attendances = ListAttendanceHandler.Filter(db.Attendances.AsNoTracking(), query.Id, query.Q, query.Role?.Value, query.Status?.Value);

        var personal = actor.CanSeePersonalData;
        var rows = ListAttendanceHandler.Sorts.Apply(attendances, null)
            .Select(a => new { a.ParticipantId, a.Participant.FullName, a.Participant.Kind, a.Participant.Rank, a.Participant.Positions, Unit = a.Participant.Unit!.Name,
                a.Role, a.Status, a.CheckedInAt, a.Participant.Phone, a.Participant.Email, a.Code })
            .AsAsyncEnumerable()
            .Select(a =>
            {
                string?[] row =
                [
                    a.ParticipantId.ToString(), a.FullName, a.Kind.ApiName(), a.Rank, string.Join(" | ", a.Positions), a.Unit, a.Role.ApiName(), a.Status.ApiName(),
                    AttendanceSheet.CheckedInAt(a.CheckedInAt), speakers.Contains(a.ParticipantId) ? "true" : "false",
                ];
                return personal ? [.. row, a.Phone, a.Email, a.Code] : row;
            });
        return new TableExport(query.Format?.Value ?? TableFormat.Csv,
            personal ? [.. AttendanceSheet.Columns, .. AttendanceSheet.PersonalColumns] : AttendanceSheet.Columns, rows);
    }
}
