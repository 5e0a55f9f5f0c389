using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Antq.Api.Features.Participants;

public static class ParticipantsEndpoints
{
    public static IEndpointRouteBuilder MapParticipantsEndpoints(this IEndpointRouteBuilder app)
    {
        var participants = app.MapGroup("/api/v1/participants").WithTags("Participants").WithProblemResponses();
        participants.MapGet("/", List).WithName("ListParticipants").Reads()
            .WithSummary("List participants").WithDescription("Search ignores case and Vietnamese diacritics.");
        participants.MapGet("/{id:guid}", Get).WithName(GetParticipant).Reads()
            .WithSummary("Get a participant").WithDescription("The ETag header carries the version for If-Match.")
            .WithResourceProblems(writes: false);
        participants.MapPost("/", Create).WithName("CreateParticipant").Writes().WithSummary("Add a participant");
        participants.MapPut("/{id:guid}", Update).WithName("UpdateParticipant").Writes().WithSummary("Update a participant").WithResourceProblems();
        participants.MapDelete("/{id:guid}", Delete).WithName("DeleteParticipant").Writes().WithSummary("Delete a participant").WithResourceProblems();
        return app;
    }

    private const string GetParticipant = "GetParticipant";

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
