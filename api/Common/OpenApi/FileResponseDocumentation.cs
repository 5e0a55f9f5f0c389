using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Antq.Api.Common.OpenApi;

/// <summary>
/// A response in a non-JSON media type (an iCalendar file, a CSV export) is a file: <c>format: binary</c> makes
/// generated clients hand back a stream instead of trying to parse it.
/// </summary>
internal sealed class FileResponseDocumentation : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var response in operation.Responses?.Values.OfType<OpenApiResponse>() ?? [])
        {
            foreach (var entry in response.Content ?? new Dictionary<string, IOpenApiMediaType>())
            {
                if (entry.Key.Contains("json", StringComparison.OrdinalIgnoreCase) || entry.Value is not OpenApiMediaType content)
                    continue;
                content.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
            }
        }
    }
}
