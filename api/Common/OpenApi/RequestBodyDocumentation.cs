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
        ProblemResponses.Ensure(operation, context, StatusCodes.Status413PayloadTooLarge,
            "Content Too Large: the body is larger than the server accepts (Limits:MaxRequestBodyBytes, 1 MiB by default).");
        ProblemResponses.Ensure(operation, context, StatusCodes.Status415UnsupportedMediaType,
            "Unsupported Media Type: send the body as application/json.");
    }
}
