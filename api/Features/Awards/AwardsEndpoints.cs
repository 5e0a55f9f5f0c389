using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Security;
using Antq.Api.Common.Spreadsheets;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Antq.Api.Features.Awards;

public static class AwardsEndpoints
{
    public static IEndpointRouteBuilder MapAwardsEndpoints(this IEndpointRouteBuilder app)
    {
        var awards = app.MapGroup("/api/v1/awards").WithTags("Awards").WithProblemResponses();
        awards.MapGet("/", List).WithName("ListAwards").Reads()
            .WithSummary("List awards")
            .WithDescription("Search ignores case and Vietnamese diacritics (recipient, citation, decision number). issuerUnitId includes the units below it; year is the decision's, else the presentation's.");
        awards.MapGet("/export", Export).WithName("ExportAwards").Reads()
            .WithSummary("Export awards as a spreadsheet")
            .WithDescription($"format=csv (default: UTF-8 with a BOM, RFC 4180) or xlsx, with the list's filters. Columns: {string.Join(", ", ExportAwardsHandler.Columns)}; dates dd/mm/yyyy. Cells a spreadsheet program would run as a formula get a leading '.")
            .Produces<string>(StatusCodes.Status200OK, TableFile.CsvMediaType, TableFile.XlsxMediaType);
        awards.MapGet("/{id:guid}", Get).WithName(GetAward).Reads()
            .WithSummary("Get an award").WithDescription("The ETag header carries the version for If-Match.")
            .WithResourceProblems(writes: false);
        awards.MapPost("/", Create).WithName("CreateAward").Writes()
            .WithSummary("Record an award")
            .WithDescription("A proposal by default; status approved or presented records a past award under the same rules. The form must fit the issuer's level (Bằng khen: central or province; Giấy khen: district, commune, grassroots, or an organisation's or police force's head); a decision number is unique per issuer and year (409); the same recipient, form, issuer, citation and year twice is 409.");
        awards.MapPut("/{id:guid}", Update).WithName("UpdateAward").Writes()
            .WithSummary("Correct an award").WithDescription("Replaces the details (not the status) under the same rules; a revoked award is 409.")
            .WithResourceProblems();
        awards.MapPost("/{id:guid}/status", ChangeStatus).WithName("ChangeAwardStatus").Writes()
            .WithSummary("Move an award to another status")
            .WithDescription("proposed → approved (needs the decision's number and date) → presented (needs the presentation date); approved → proposed. Revocation has its own endpoint.")
            .WithResourceProblems();
        awards.MapPost("/{id:guid}/revocation", Revoke).WithName("RevokeAward").Writes()
            .WithSummary("Revoke an award")
            .WithDescription("Records the cancelling decision (number, date, reason); the award is kept, with status revoked. Only approved or presented awards (409 otherwise).")
            .WithResourceProblems();
        awards.MapDelete("/{id:guid}", Delete).WithName("DeleteAward").Writes()
            .WithSummary("Delete a proposed award").WithDescription("Anything with a decision is revoked instead (409).")
            .WithResourceProblems();

        app.MapGroup("/api/v1/participants").WithTags("Awards").WithProblemResponses()
            .MapGet("/{id:guid}/awards", ParticipantAwards).WithName("ListParticipantAwards").Reads()
            .WithSummary("A participant's awards").WithDescription("The awards list filtered by recipient, newest decision first.");
        return app;
    }

    private const string GetAward = "GetAward";

    private static async Task<Ok<PagedList<AwardResponse>>> List([AsParameters] ListAwardsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<IResult> Export([AsParameters] ExportAwardsQuery query, ISender sender, CancellationToken ct) =>
        await TableFile.DownloadAsync(await sender.Send(query, ct), "awards", ct);

    private static async Task<Results<Ok<AwardResponse>, NotModified>> Get(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        ETags.Versioned(http, await sender.Send(new GetAwardQuery(id), ct));

    private static async Task<Created<AwardResponse>> Create(CreateAwardCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Created(await sender.Send(command, ct), GetAward);

    private static async Task<Ok<AwardResponse>> Update(Guid id, UpdateAwardCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Response.Written(await sender.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, ct));

    private static async Task<Ok<AwardResponse>> ChangeStatus(Guid id, ChangeAwardStatusCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Response.Written(await sender.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, ct));

    private static async Task<Ok<AwardResponse>> Revoke(Guid id, RevokeAwardCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Response.Written(await sender.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, ct));

    private static async Task<NoContent> Delete(Guid id, ISender sender, HttpRequest request, CancellationToken ct)
    {
        await sender.Send(new DeleteAwardCommand(id, ETags.ExpectedVersion(request)), ct);
        return TypedResults.NoContent();
    }

    /// <param name="id">The participant.</param>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Items per page, 1..100 (default 20).</param>
    /// <param name="sender">The mediator.</param>
    /// <param name="ct">The request's cancellation.</param>
    private static async Task<Ok<PagedList<AwardResponse>>> ParticipantAwards(Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListAwardsQuery(RecipientId: id, Page: page, PageSize: pageSize), ct));
}
