using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Antq.Api.Common.OpenApi;

/// <summary>Helpers for the problem responses and headers the filters add, so each is described one way.</summary>
internal static class ProblemResponses
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>Adds a problem+json response unless the endpoint already declared that status.</summary>
    public static OpenApiResponse Ensure(OpenApiOperation operation, OperationFilterContext context, int status, string description)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.TryGetValue(key, out var existing) && existing is OpenApiResponse declared)
        {
            declared.Description = description;
            return declared;
        }
        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                [ProblemJson] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
            },
        };
        operation.Responses[key] = response;
        return response;
    }

    public static void AddHeader(IOpenApiResponse response, string name, string description, JsonSchemaType type = JsonSchemaType.String)
    {
        if (response is not OpenApiResponse concrete)
            return;
        concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
        concrete.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type } };
    }
}
