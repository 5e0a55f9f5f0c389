using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Antq.Api.Common.OpenApi;

/// <summary>What any request body can be refused for before its fields are read: its size and its media type.</summary>
internal sealed class RequestBodyDocumentation : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody is null)
            return;
        var limit = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IRequestSizeLimitMetadata>().LastOrDefault()?.MaxRequestBodySize;
        ProblemResponses.Ensure(operation, context, StatusCodes.Status413PayloadTooLarge, limit is { } bytes
            ? $"Content Too Large: the body is larger than this endpoint accepts ({bytes / 1024 / 1024} MiB)."
            : "Content Too Large: the body is larger than the server accepts (Limits:MaxRequestBodyBytes, 1 MiB).");
        var mediaType = operation.RequestBody.Content?.Keys.FirstOrDefault() ?? "application/json";
        ProblemResponses.Ensure(operation, context, StatusCodes.Status415UnsupportedMediaType,
            $"Unsupported Media Type: send the body as {mediaType}.");
    }
}
