using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Antq.Api.Features.ApiKeys;

public static class ApiKeysEndpoints
{
    public static IEndpointRouteBuilder MapApiKeysEndpoints(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/v1/api-keys").WithTags("API keys").WithProblemResponses().AdminOnly();
        keys.MapGet("/", List).WithName("ListApiKeys").WithSummary("List API keys (never their secrets)");
        keys.MapPost("/", Create).WithName("CreateApiKey").SendsSecrets().WithSummary("Issue an API key")
            .WithDescription("The response's key is shown this once: copy it now. Send it as the X-Api-Key header.");
        keys.MapDelete("/{id:guid}", Revoke).WithName("RevokeApiKey").WithSummary("Revoke an API key")
            .WithDescription("Takes effect at once: the key gets 401 from then on. The key stays listed with its revocation time.")
            .WithResourceProblems(writes: false);
        return app;
    }

    private static async Task<Ok<PagedList<ApiKeyResponse>>> List([AsParameters] ListApiKeysQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    private static async Task<Created<CreatedApiKeyResponse>> Create(CreateApiKeyCommand command, ISender sender, CancellationToken ct)
    {
        var key = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/api-keys/{key.Id}", key);
    }

    private static async Task<NoContent> Revoke(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new RevokeApiKeyCommand(id), ct);
        return TypedResults.NoContent();
    }
}
