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
        participants.MapGet("/{id:guid}", Get).WithName("GetParticipant").Reads()
            .WithSummary("Get a participant").Produces<ParticipantResponse>().Produces(StatusCodes.Status304NotModified)
            .WithResourceProblems(writes: false);
        participants.MapPost("/", Create).WithName("CreateParticipant").Writes().WithSummary("Add a participant");
        participants.MapPut("/{id:guid}", Update).WithName("UpdateParticipant").Writes().WithSummary("Update a participant").WithResourceProblems();
        participants.MapDelete("/{id:guid}", Delete).WithName("DeleteParticipant").Writes().WithSummary("Delete a participant").WithResourceProblems();
        return app;
    }

    private static async Task<Ok<PagedList<ParticipantResponse>>> List([AsParameters] ListParticipantsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<IResult> Get(Guid id, ISender sender, HttpContext http, CancellationToken ct)
    {
        var participant = await sender.Send(new GetParticipantQuery(id), ct);
        return ETags.Versioned(http, participant, participant.Version);
    }

    private static async Task<Created<ParticipantResponse>> Create(CreateParticipantCommand command, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var participant = await sender.Send(command, ct);
        response.SetETag(participant.Version);
        return TypedResults.Created($"/api/v1/participants/{participant.Id}", participant);
    }

    private static async Task<Ok<ParticipantResponse>> Update(Guid id, UpdateParticipantCommand command, ISender sender, HttpContext http, CancellationToken ct)
    {
        var participant = await sender.Send(command with { Id = id, ExpectedVersion = ETags.ExpectedVersion(http.Request) }, ct);
        http.Response.SetETag(participant.Version);
        return TypedResults.Ok(participant);
    }

    private static async Task<NoContent> Delete(Guid id, ISender sender, HttpRequest request, CancellationToken ct)
    {
        await sender.Send(new DeleteParticipantCommand(id, ETags.ExpectedVersion(request)), ct);
        return TypedResults.NoContent();
    }
}
