using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Antq.Api.Features.Units;

public static class UnitsEndpoints
{
    public static IEndpointRouteBuilder MapUnitsEndpoints(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/v1/units").WithTags("Units").WithProblemResponses();

        units.MapGet("/", List).WithName("ListUnits").Reads()
            .WithSummary("List units")
            .WithDescription("Search ignores case and Vietnamese diacritics. Filter by kind, level, parent or dissolution.");
        units.MapGet("/{id:guid}", Get).WithName(GetUnit).Reads()
            .WithSummary("Get a unit").WithDescription("The ETag header carries the version for If-Match.")
            .WithResourceProblems(writes: false);
        units.MapPost("/", Create).WithName("CreateUnit").Writes().WithSummary("Create a unit");
        units.MapPut("/{id:guid}", Update).WithName("UpdateUnit").Writes()
            .WithSummary("Update a unit")
            .WithDescription("Rename, move under another parent or mark dissolved (dissolvedOn). Send If-Match to refuse a stale write (412).")
            .WithResourceProblems();
        units.MapDelete("/{id:guid}", Delete).WithName("DeleteUnit").Writes()
            .WithSummary("Delete a unit")
            .WithDescription("Only a unit nothing refers to; a unit with child units, events, participants, user accounts or API keys answers 409 naming them (mark it dissolved instead).")
            .WithResourceProblems();
        return app;
    }

    private const string GetUnit = "GetUnit";

    private static async Task<Ok<PagedList<UnitResponse>>> List([AsParameters] ListUnitsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Results<Ok<UnitResponse>, NotModified>> Get(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        ETags.Versioned(http, await sender.Send(new GetUnitQuery(id), ct));

    private static async Task<Created<UnitResponse>> Create(CreateUnitCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Created(await sender.Send(command, ct), GetUnit);

    private static async Task<Ok<UnitResponse>> Update(Guid id, UpdateUnitCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Response.Written(await sender.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, ct));

    private static async Task<NoContent> Delete(Guid id, ISender sender, HttpRequest request, CancellationToken ct)
    {
        await sender.Send(new DeleteUnitCommand(id, ETags.ExpectedVersion(request)), ct);
        return TypedResults.NoContent();
    }
}
