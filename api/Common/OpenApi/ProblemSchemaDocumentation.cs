using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Antq.Api.Common.OpenApi;

/// <summary>
/// The problem schemas as the app writes them: ASP.NET Core's problem details service adds <c>traceId</c> to every
/// problem, and validation problems list <c>errors</c> by camelCase field. Reflection over the CLR types sees neither.
/// </summary>
internal sealed class ProblemSchemaDocumentation : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var name in new[] { "ProblemDetails", "HttpValidationProblemDetails" })
        {
            if (document.Components?.Schemas?.TryGetValue(name, out var found) != true || found is not OpenApiSchema schema)
                continue;
            schema.Description = "An RFC 9457 problem. Quote traceId when reporting it.";
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
            schema.Properties["traceId"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "Identifies this request in the server's logs.",
            };
            if (name == "HttpValidationProblemDetails" && schema.Properties.TryGetValue("errors", out var errors) && errors is OpenApiSchema errorsSchema)
                errorsSchema.Description = "Messages by field, named as in the request body or query (camelCase, e.g. endsAt, services[0].count).";
        }
    }
}
