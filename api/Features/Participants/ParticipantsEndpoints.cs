using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Security;
using Antq.Api.Common.Spreadsheets;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Antq.Api.Features.Participants;

public static class ParticipantsEndpoints
{
    public static IEndpointRouteBuilder MapParticipantsEndpoints(this IEndpointRouteBuilder app)
    {
        var importLimit = app.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<long>("Limits:MaxImportBodyBytes", DefaultImportLimit);
        var participants = app.MapGroup("/api/v1/participants").WithTags("Participants").WithProblemResponses();
        participants.MapGet("/", List).WithName("ListParticipants").Reads()
            .WithSummary("List participants").WithDescription("Search ignores case and Vietnamese diacritics.");
        participants.MapGet("/export", Export).WithName("ExportParticipants").Reads()
            .WithSummary("Export participants as a spreadsheet")
            .WithDescription($"""
                format=csv (default: UTF-8 with a BOM, RFC 4180) or xlsx, with the list's filters (q, kind, unitId), sorted by name.
                Columns: {string.Join(", ", ParticipantSheet.Columns)}. positions are joined with "{ParticipantSheet.PositionSeparator}" in their order;
                kind is the API's name (individual, collective, household); unit is the unit's name; isPlaceholder is true or false.
                phone and email are left out for callers who may not see personal data. A cell starting with =, +, -, @, tab or CR
                is written with a leading ' so spreadsheet programs do not run it as a formula (the import removes it again).
                """)
            .Produces<string>(StatusCodes.Status200OK, TableFile.CsvMediaType, TableFile.XlsxMediaType);
        participants.MapPost("/import", Import).WithName("ImportParticipants").Writes().DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(importLimit))
            .WithSummary("Import participants from a spreadsheet")
            .WithDescription($"""
                A multipart form with the field file: a .csv in UTF-8 (a BOM is fine) or an .xlsx, with the export's columns
                ({string.Join(", ", ParticipantSheet.Columns)}; header names ignore case). kind and fullName are required columns;
                the others may be left out (an update then keeps what is stored). A row with an id updates that participant; a row
                without one whose email is exactly one participant's email updates that one; any other row adds a participant. unitId
                names the unit, or else unit its name (ignoring case and diacritics). A row equal to what is stored changes nothing
                (unchanged). Rows are checked like a create or update; errors give each bad row's line (the header is line 1).
                With any bad row nothing is saved (200 with counts 0 and the errors) unless partial=true, which saves the good rows;
                dryRun=true answers the same and saves nothing. An unreadable file, an unknown or missing column or a file
                without rows is a 400 under errors.file. Editors and unit-limited keys get 403 for a file that would write
                outside their units. Files up to Limits:MaxImportBodyBytes (64 MiB by default).
                """);
        participants.MapGet("/{id:guid}", Get).WithName(GetParticipant).Reads()
            .WithSummary("Get a participant").WithDescription("The ETag header carries the version for If-Match.")
            .WithResourceProblems(writes: false);
        participants.MapPost("/", Create).WithName("CreateParticipant").Writes().WithSummary("Add a participant");
        participants.MapPut("/{id:guid}", Update).WithName("UpdateParticipant").Writes().WithSummary("Update a participant").WithResourceProblems();
        participants.MapDelete("/{id:guid}", Delete).WithName("DeleteParticipant").Writes().WithSummary("Delete a participant").WithResourceProblems();
        return app;
    }

    private const string GetParticipant = "GetParticipant";

    /// <summary>64 MiB: about a million rows of CSV.</summary>
    public const long DefaultImportLimit = 64L * 1024 * 1024;

    private static async Task<IResult> Export([AsParameters] ExportParticipantsQuery query, ISender sender, CancellationToken ct) =>
        await TableFile.DownloadAsync(await sender.Send(query, ct), "participants", ct);

    /// <param name="file">The spreadsheet: .csv (UTF-8) or .xlsx.</param>
    /// <param name="dryRun">Check everything and save nothing.</param>
    /// <param name="partial">Save the good rows even when some are bad.</param>
    /// <param name="sender">The mediator.</param>
    /// <param name="ct">The request's cancellation.</param>
    private static async Task<Ok<ImportParticipantsResponse>> Import(IFormFile file, bool? dryRun, bool? partial, ISender sender, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var table = await TableFile.ReadAsync(stream, ct);
        return TypedResults.Ok(await sender.Send(new ImportParticipantsCommand(table, dryRun ?? false, partial ?? false), ct));
    }

    private static async Task<Ok<PagedList<ParticipantResponse>>> List([AsParameters] ListParticipantsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Results<Ok<ParticipantResponse>, NotModified>> Get(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        ETags.Versioned(http, await sender.Send(new GetParticipantQuery(id), ct));

    private static async Task<Created<ParticipantResponse>> Create(CreateParticipantCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Created(await sender.Send(command, ct), GetParticipant);

    private static async Task<Ok<ParticipantResponse>> Update(Guid id, UpdateParticipantCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
        http.Response.Written(await sender.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, ct));

    private static async Task<NoContent> Delete(Guid id, ISender sender, HttpRequest request, CancellationToken ct)
    {
        await sender.Send(new DeleteParticipantCommand(id, ETags.ExpectedVersion(request)), ct);
        return TypedResults.NoContent();
    }
}
