using System.Text;
using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Antq.Api.Features.Events;

public static class EventsEndpoints
{
    public static IEndpointRouteBuilder MapEventsEndpoints(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/v1/events").WithTags("Events").WithProblemResponses();

        events.MapGet("/", List).WithName("ListEvents").Reads()
            .WithSummary("List events")
            .WithDescription("Search ignores case and Vietnamese diacritics. Filter by status, kind, host unit and start day.");
        events.MapGet("/{id:guid}", Get).WithName(GetEvent).Reads()
            .WithSummary("Get an event").WithDescription("The ETag header carries the version for If-Match.")
            .WithResourceProblems(writes: false);
        events.MapPost("/", Create).WithName("CreateEvent").Writes()
            .WithSummary("Plan an event").WithDescription("The event starts as a draft.");
        events.MapPut("/{id:guid}", Update).WithName("UpdateEvent").Writes()
            .WithSummary("Revise an event")
            .WithDescription("Replaces details, services and programme; the status changes only through POST …/status. Send If-Match to refuse a stale write (412).")
            .WithResourceProblems();
        events.MapPost("/{id:guid}/status", ChangeStatus).WithName("ChangeEventStatus").Writes()
            .WithSummary("Move an event to another status")
            .WithDescription("draft → scheduled → ongoing → completed; draft, scheduled or ongoing → cancelled; scheduled → draft. The event's allowedTransitions lists the moves open now; anything else is 409.")
            .WithResourceProblems();
        events.MapDelete("/{id:guid}", Delete).WithName("DeleteEvent").Writes().WithSummary("Delete an event").WithResourceProblems();
        events.MapGet("/{id:guid}/calendar.ics", Calendar).WithName("GetEventCalendar").Reads()
            .WithSummary("The event as an iCalendar file")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar").WithResourceProblems(writes: false);
        return app;
    }

    private const string GetEvent = "GetEvent";

    private static async Task<Ok<PagedList<EventResponse>>> List([AsParameters] ListEventsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Results<Ok<EventResponse>, NotModified>> Get(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        ETags.Versioned(http, await sender.Send(new GetEventQuery(id), ct));

    private static async Task<Created<EventResponse>> Create(CreateEventCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Created(await sender.Send(command, ct), GetEvent);

    private static async Task<Ok<EventResponse>> Update(Guid id, UpdateEventCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Response.Written(await sender.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, ct));

    private static async Task<Ok<EventResponse>> ChangeStatus(Guid id, ChangeEventStatusCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Response.Written(await sender.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, ct));

    private static async Task<NoContent> Delete(Guid id, ISender sender, HttpRequest request, CancellationToken ct)
    {
        await sender.Send(new DeleteEventCommand(id, ETags.ExpectedVersion(request)), ct);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> Calendar(Guid id, ISender sender, CancellationToken ct)
    {
        var ics = await sender.Send(new GetEventCalendarQuery(id), ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"event-{id}.ics");
    }
}
