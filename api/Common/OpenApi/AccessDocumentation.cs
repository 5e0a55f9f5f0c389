using Antq.Api.Common.Security;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Antq.Api.Common.OpenApi;

/// <summary>Each operation says who may call it and which credentials Swagger UI should send.</summary>
internal sealed class AccessDocumentation : IOperationFilter
{
    public const string Bearer = "Bearer";
    public const string ApiKey = "ApiKey";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var access = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AccessMetadata>().LastOrDefault();
        if (access is null)
            return;

        operation.Description = string.IsNullOrEmpty(operation.Description) ? access.Describe() : $"{operation.Description}\n\n{access.Describe()}";
        var schemes = access.Level switch
        {
            AccessLevel.Read or AccessLevel.Write => new[] { Bearer, ApiKey },
            AccessLevel.Admin or AccessLevel.SignedIn => [Bearer],
            _ => [],
        };
        operation.Security = [.. schemes.Select(scheme => new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [],
        })];
    }
}
