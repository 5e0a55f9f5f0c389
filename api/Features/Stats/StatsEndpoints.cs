using Antq.Api.Common.Http;
using Antq.Api.Common.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Antq.Api.Features.Stats;

public static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/stats").WithTags("Statistics").WithProblemResponses()
            .MapGet("/summary", Summary).WithName("GetStatsSummary").Reads()
            .WithSummary("A unit's figures for a year")
            .WithDescription("Over the unit and every unit below it (all units without unitId), for the year in Vietnam time (the current one without year): "
                             + "events, participants and check-ins, initiatives and their indicators' progress (latest value up to the year's end), awards by form, "
                             + "events by month, services, upcoming and recent events, computed by aggregate queries in the database (the unit's subtree, then one statement). The ETag is of the content: "
                             + "If-None-Match with it answers 304 while the figures stay the same.")
            .WithResourceProblems(writes: false);
        return app;
    }

    private static async Task<Results<Ok<StatsSummaryResponse>, NotModified>> Summary([AsParameters] GetStatsSummaryQuery query, ISender sender, HttpContext http, CancellationToken ct)
    {
        var summary = await sender.Send(query, ct);
        http.Response.Headers.ETag = summary.ETag;
        // Cached by the browser, asked again each time: the answer is 304 until a figure changes.
        http.Response.Headers.CacheControl = "private, no-cache";
        return ETags.IsNotModified(http.Request, summary.ETag) ? new NotModified() : TypedResults.Ok(summary.Response);
    }
}
