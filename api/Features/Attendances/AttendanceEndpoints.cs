using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Security;
using Antq.Api.Common.Spreadsheets;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Antq.Api.Features.Attendances;

public static class AttendanceEndpoints
{
    public static IEndpointRouteBuilder MapAttendanceEndpoints(this IEndpointRouteBuilder app)
    {
        var list = app.MapGroup("/api/v1/events/{id:guid}").WithTags("Attendance").WithProblemResponses();
        list.MapGet("/participants", List).WithName("ListAttendance").Reads()
            .WithSummary("An event's list of participants")
            .WithDescription("Search ignores case and Vietnamese diacritics. counts covers the whole list, whatever the filters. code is shown to admins, editors and write keys only.");
        list.MapGet("/participants/export", Export).WithName("ExportAttendance").Reads()
            .WithSummary("An event's list as a spreadsheet")
            .WithDescription($"""
                format=csv (default: UTF-8 with a BOM, RFC 4180) or xlsx, with the list's filters (q, role, status), sorted by name.
                Columns: {string.Join(", ", AttendanceSheet.Columns)}, and for admins, editors and write keys also {string.Join(", ", AttendanceSheet.PersonalColumns)}.
                checkedInAt is dd/mm/yyyy HH:mm in Vietnam time; positions are joined with " | ". Cells a spreadsheet program would run as a formula get a leading '.
                """)
            .Produces<string>(StatusCodes.Status200OK, TableFile.CsvMediaType, TableFile.XlsxMediaType)
            .WithResourceProblems(writes: false);
        list.MapGet("/participants/{participantId:guid}", Get).WithName(GetAttendance).Reads()
            .WithSummary("One participant on an event's list").WithDescription("The ETag header carries the version for If-Match.")
            .WithResourceProblems(writes: false);
        list.MapPost("/participants", Add).WithName("AddAttendance").Writes()
            .WithSummary("Put a participant on an event's list")
            .WithDescription("The same participant twice is 409: change their role instead. Each gets an unguessable check-in code for their badge and invitation.");
        list.MapPut("/participants/{participantId:guid}", Update).WithName("UpdateAttendance").Writes()
            .WithSummary("Change a participant's role or status on an event's list")
            .WithDescription("invited → registered → checkedIn, or absent. Setting checkedIn counts as a check-in now (409 once the event is completed or cancelled); any other status clears the check-in.")
            .WithResourceProblems();
        list.MapDelete("/participants/{participantId:guid}", Remove).WithName("RemoveAttendance").Writes()
            .WithSummary("Take a participant off an event's list")
            .WithDescription("A speaker in the programme stays on the list (409) until the programme no longer names them.")
            .WithResourceProblems();
        list.MapPost("/check-ins", CheckIn).WithName("CheckIn").Writes()
            .WithSummary("Check a participant in at the gate")
            .WithDescription("By participantId or by the code on the badge. 201 when this request checked them in; 200 with the existing check-in when they already were (the same person, or the same checkInId — so a device may resend safely). "
                             + "A participant not on the list is added as a walk-in (role attendee unless given) and checked in. A completed or cancelled event takes no new check-ins (409); a code of another event is 409, an unknown code 404.")
            .Produces<AttendanceResponse>(StatusCodes.Status201Created);
        list.MapGet("/gate-list", GateList).WithName("GetGateList").Writes()
            .WithSummary("The whole list for a gate device")
            .WithDescription("Every participant on the list with their check-in code, the counts and the time it was read: what a gate phone keeps to check people in without a connection.");

        app.MapGroup("/api/v1/participants").WithTags("Attendance").WithProblemResponses()
            .MapGet("/{id:guid}/events", ParticipantEvents).WithName("ListParticipantEvents").Reads()
            .WithSummary("The events a participant is on the list of").WithDescription("Newest first, with their role, status and check-in.")
            .WithResourceProblems(writes: false);
        return app;
    }

    private const string GetAttendance = "GetAttendance";

    private static async Task<Ok<AttendanceList>> List([AsParameters] ListAttendanceQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Results<Ok<AttendanceResponse>, NotModified>> Get(Guid id, Guid participantId, ISender sender, HttpContext http, CancellationToken ct) =>
        ETags.Versioned(http, await sender.Send(new GetAttendanceQuery(id, participantId), ct));

    private static async Task<Created<AttendanceResponse>> Add(Guid id, AddAttendanceCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        Created(http, await sender.Send(command with { Id = id }, ct));

    private static async Task<Ok<AttendanceResponse>> Update(Guid id, Guid participantId, UpdateAttendanceCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Response.Written(await sender.Send(command with { Id = id, ParticipantId = participantId, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, ct));

    private static async Task<NoContent> Remove(Guid id, Guid participantId, ISender sender, HttpRequest request, CancellationToken ct)
    {
        await sender.Send(new RemoveAttendanceCommand(id, participantId, ETags.ExpectedVersion(request)), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<AttendanceResponse>, Ok<AttendanceResponse>>> CheckIn(Guid id, CheckInCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var outcome = await sender.Send(command with { Id = id }, ct);
        return outcome.IsNew ? Created(http, outcome.Attendance) : http.Response.Written(outcome.Attendance);
    }

    private static async Task<IResult> Export([AsParameters] ExportAttendanceQuery query, ISender sender, CancellationToken ct) =>
        await TableFile.DownloadAsync(await sender.Send(query, ct), $"event-{query.Id}-participants", ct);

    private static async Task<Ok<GateList>> GateList(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetGateListQuery(id), ct));

    private static async Task<Ok<PagedList<ParticipantEventResponse>>> ParticipantEvents([AsParameters] ListParticipantEventsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    /// <summary>201 with the ETag and the Location of the participant's place on the list.</summary>
    private static Created<AttendanceResponse> Created(HttpContext http, AttendanceResponse attendance)
    {
        http.Response.Headers.ETag = ETags.For(attendance.Version);
        var location = http.RequestServices.GetRequiredService<LinkGenerator>()
            .GetPathByName(http, GetAttendance, new { id = attendance.EventId, participantId = attendance.ParticipantId });
        return TypedResults.Created(location, attendance);
    }
}
