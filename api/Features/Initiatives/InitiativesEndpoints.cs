using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Antq.Api.Features.Initiatives;

public static class InitiativesEndpoints
{
    private const string Progress =
        "Each indicator carries latestValue, latestMeasuredOn and progress, computed when read: higher-is-better latestValue / target; "
        + "lower-is-better (baseline − latestValue) / (baseline − target); 0 or more (1 = target reached), null before the first value, without a target, "
        + "or for lower-is-better without a baseline.";

    public static IEndpointRouteBuilder MapInitiativesEndpoints(this IEndpointRouteBuilder app)
    {
        var initiatives = app.MapGroup("/api/v1/initiatives").WithTags("Initiatives").WithProblemResponses();
        initiatives.MapGet("/", List).WithName("ListInitiatives").Reads()
            .WithSummary("List security initiatives")
            .WithDescription("Search ignores case and Vietnamese diacritics (name, description). unitId matches the lead unit or a partner, including the units below it. " + Progress);
        initiatives.MapGet("/{id:guid}", Get).WithName(GetInitiative).Reads()
            .WithSummary("Get an initiative").WithDescription("The ETag header carries the version for If-Match; recording a measurement moves it too. " + Progress)
            .WithResourceProblems(writes: false);
        initiatives.MapPost("/", Create).WithName("CreateInitiative").Writes()
            .WithSummary("Propose an initiative")
            .WithDescription("Starts as proposed. Indicators: a higher-is-better target is above 0 and above its baseline; a lower-is-better target is below its baseline; a % value is at most 100.");
        initiatives.MapPut("/{id:guid}", Update).WithName("UpdateInitiative").Writes()
            .WithSummary("Revise an initiative")
            .WithDescription("Replaces the details, partners and indicators (not the status). Indicators sent with their id are kept with their history; one left out is removed, unless it has measured values (409).")
            .WithResourceProblems();
        initiatives.MapPost("/{id:guid}/status", ChangeStatus).WithName("ChangeInitiativeStatus").Writes()
            .WithSummary("Move an initiative to another status")
            .WithDescription("proposed → active ⇄ suspended → completed (active → completed too). Activating an undated initiative starts it today; completing one without an end date ends it today.")
            .WithResourceProblems();
        initiatives.MapDelete("/{id:guid}", Delete).WithName("DeleteInitiative").Writes()
            .WithSummary("Delete an initiative entered by mistake").WithDescription("One with measured values or awards is 409: suspend or complete it instead.")
            .WithResourceProblems();
        initiatives.MapPut("/{id:guid}/events/{eventId:guid}", Link).WithName("LinkInitiativeEvent").Writes()
            .WithSummary("Link an event where the initiative was presented or reviewed")
            .WithDescription("Idempotent: linking a linked event changes nothing. The event's initiatives are GET /api/v1/initiatives?eventId=….")
            .WithResourceProblems();
        initiatives.MapDelete("/{id:guid}/events/{eventId:guid}", Unlink).WithName("UnlinkInitiativeEvent").Writes()
            .WithSummary("Unlink an event").WithDescription("Idempotent: unlinking an event that is not linked changes nothing.")
            .WithResourceProblems();

        var measurements = initiatives.MapGroup("/{id:guid}/indicators/{indicatorId:guid}/measurements");
        measurements.MapGet("/", ListMeasurements).WithName("ListMeasurements").Reads()
            .WithSummary("An indicator's measured values").WithDescription("Newest first.")
            .WithResourceProblems(writes: false);
        measurements.MapGet("/{measurementId:guid}", GetMeasurement).WithName(GetMeasurementRoute).Reads()
            .WithSummary("One measured value").WithResourceProblems(writes: false);
        measurements.MapPost("/", RecordMeasurement).WithName("RecordMeasurement").Writes()
            .WithSummary("Record an indicator's value on a day")
            .WithDescription("Not dated after today; never negative; at most 100 for a % indicator; not after a completed initiative's end date (400). "
                             + "One value per indicator and day: a second is 409 (delete the first to correct it). The initiative's ETag moves.")
            .WithResourceProblems(writes: false);
        measurements.MapDelete("/{measurementId:guid}", DeleteMeasurement).WithName("DeleteMeasurement").Writes()
            .WithSummary("Delete a measured value recorded by mistake").WithDescription("A measured value never changes: its ETag is always \"1\".")
            .WithResourceProblems();
        return app;
    }

    private const string GetInitiative = "GetInitiative";
    private const string GetMeasurementRoute = "GetMeasurement";

    private static async Task<Ok<PagedList<InitiativeResponse>>> List([AsParameters] ListInitiativesQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Results<Ok<InitiativeResponse>, NotModified>> Get(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        ETags.Versioned(http, await sender.Send(new GetInitiativeQuery(id), ct));

    private static async Task<Created<InitiativeResponse>> Create(CreateInitiativeCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Created(await sender.Send(command, ct), GetInitiative);

    private static async Task<Ok<InitiativeResponse>> Update(Guid id, UpdateInitiativeCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Response.Written(await sender.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, ct));

    private static async Task<Ok<InitiativeResponse>> ChangeStatus(Guid id, ChangeInitiativeStatusCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Response.Written(await sender.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, ct));

    private static async Task<NoContent> Delete(Guid id, ISender sender, HttpRequest request, CancellationToken ct)
    {
        await sender.Send(new DeleteInitiativeCommand(id, ETags.ExpectedVersion(request)), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<InitiativeResponse>> Link(Guid id, Guid eventId, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Response.Written(await sender.Send(new LinkInitiativeEventCommand(id, eventId) { ExpectedVersion = ETags.ExpectedVersion(http.Request) }, ct));

    private static async Task<Ok<InitiativeResponse>> Unlink(Guid id, Guid eventId, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Response.Written(await sender.Send(new UnlinkInitiativeEventCommand(id, eventId) { ExpectedVersion = ETags.ExpectedVersion(http.Request) }, ct));

    /// <param name="id">The initiative.</param>
    /// <param name="indicatorId">One of its indicators.</param>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Items per page, 1..100 (default 20).</param>
    /// <param name="sender">The mediator.</param>
    /// <param name="ct">The request's cancellation.</param>
    private static async Task<Ok<PagedList<MeasurementResponse>>> ListMeasurements(Guid id, Guid indicatorId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListMeasurementsQuery(id, indicatorId, page, pageSize), ct));

    private static async Task<Results<Ok<MeasurementResponse>, NotModified>> GetMeasurement(Guid id, Guid indicatorId, Guid measurementId, ISender sender, HttpContext http, CancellationToken ct) =>
        ETags.Versioned(http, await sender.Send(new GetMeasurementQuery(id, indicatorId, measurementId), ct));

    private static async Task<Created<MeasurementResponse>> RecordMeasurement(Guid id, Guid indicatorId, RecordMeasurementCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var measurement = await sender.Send(command with { Id = id, IndicatorId = indicatorId }, ct);
        var location = http.RequestServices.GetRequiredService<LinkGenerator>()
            .GetPathByName(http, GetMeasurementRoute, new { id, indicatorId, measurementId = measurement.Id });
        http.Response.Headers.ETag = ETags.For(measurement.Version);
        return TypedResults.Created(location, measurement);
    }

    private static async Task<NoContent> DeleteMeasurement(Guid id, Guid indicatorId, Guid measurementId, ISender sender, HttpRequest request, CancellationToken ct)
    {
        await sender.Send(new DeleteMeasurementCommand(id, indicatorId, measurementId, ETags.ExpectedVersion(request)), ct);
        return TypedResults.NoContent();
    }
}
