using Antq.Api.Common.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Antq.Api.Common.OpenApi;

/// <summary>
/// Each operation says who may call it, which credentials Swagger UI should send, and the refusals that follow from
/// that: 401 everywhere (credentials that were sent but do not authenticate are refused even on anonymous reads), 403
/// where a role or scope is needed, and 429 wherever the global rate limiter applies.
/// </summary>
internal sealed class AccessDocumentation : IOperationFilter
{
    public const string Bearer = "Bearer";
    public const string ApiKey = "ApiKey";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var access = metadata.OfType<AccessMetadata>().LastOrDefault();
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
        // An empty requirement tells clients that calling without credentials is allowed too.
        if (access.Level is AccessLevel.Read or AccessLevel.SignIn)
            operation.Security.Add(new OpenApiSecurityRequirement());

        ProblemResponses.Ensure(operation, context, StatusCodes.Status401Unauthorized, access.Level switch
        {
            AccessLevel.Read => "Unauthorized: the credentials sent are garbled, expired or revoked (calling without any is allowed here).",
            AccessLevel.SignIn => "Unauthorized: a wrong email or password, a locked account, a used or expired refresh token, or garbled credentials sent along.",
            _ => "Unauthorized: no credentials, or garbled, expired or revoked ones.",
        });
        if (access.Level is AccessLevel.Write or AccessLevel.Admin or AccessLevel.SignedIn)
            ProblemResponses.Ensure(operation, context, StatusCodes.Status403Forbidden, "Forbidden: the role, units or API key scope do not allow this.");

        if (!metadata.OfType<DisableRateLimitingAttribute>().Any())
        {
            var tooMany = ProblemResponses.Ensure(operation, context, StatusCodes.Status429TooManyRequests,
                "Too many requests: this client exceeded its rate. Retry after the seconds in Retry-After.");
            ProblemResponses.AddHeader(tooMany, "Retry-After", "Seconds to wait before the next request.", JsonSchemaType.Integer);
        }
    }
}
