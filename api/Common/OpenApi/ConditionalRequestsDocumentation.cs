using System.Reflection;
using System.Text.RegularExpressions;
using Antq.Api.Common.Http;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Antq.Api.Common.OpenApi;

/// <summary>
/// ETags, If-Match and If-None-Match, declared where <see cref="ETags"/> applies them. A resource is versioned when its
/// single-resource GET answers with a type that carries an int <c>Version</c> (the aggregate's concurrency token, which
/// is the ETag). Then its GET takes If-None-Match (304), its writes that can answer 412 take If-Match, and every
/// answer with such a body carries the ETag header.
/// </summary>
internal sealed partial class ConditionalRequestsDocumentation : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var versionedResources = context.ApiDescriptions
            .Where(d => d.HttpMethod == "GET" && PathOf(d).EndsWith("{id}", StringComparison.Ordinal)
                && d.SupportedResponseTypes.Any(r => r.StatusCode == StatusCodes.Status200OK && IsVersioned(r.Type)))
            .Select(PathOf)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var (path, item) in document.Paths)
        {
            var resource = versionedResources.FirstOrDefault(r => path == r || path.StartsWith(r + "/", StringComparison.Ordinal));
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var description = context.ApiDescriptions.FirstOrDefault(d => PathOf(d) == path && d.HttpMethod == method.Method);
                if (resource == path && method == HttpMethod.Get)
                {
                    AddHeaderParameter(operation, "If-None-Match", "The ETag of the copy the client holds: 304 Not Modified when it is still current.");
                    operation.Responses ??= [];
                    if (!operation.Responses.TryGetValue("304", out var notModified))
                        operation.Responses["304"] = notModified = new OpenApiResponse();
                    if (notModified is OpenApiResponse concrete)
                        concrete.Description = "Not Modified: the copy named by If-None-Match is current.";
                    ProblemResponses.AddHeader(notModified, "ETag", "The record's version, for If-Match and If-None-Match.");
                }
                else if (resource is not null && method != HttpMethod.Get && operation.Responses?.ContainsKey("412") == true)
                {
                    AddHeaderParameter(operation, "If-Match",
                        "The ETag the client last read: the write is refused with 412 when the record has changed since. Without it the last writer wins.");
                }

                foreach (var (status, response) in operation.Responses ?? [])
                {
                    var type = description?.SupportedResponseTypes.FirstOrDefault(r => r.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) == status)?.Type;
                    if (status.StartsWith('2') && IsVersioned(type))
                        ProblemResponses.AddHeader(response, "ETag", "The record's version, for If-Match and If-None-Match.");
                }
            }
        }
    }

    /// <summary>The path as the document keys it: leading slash, no route constraints.</summary>
    private static string PathOf(ApiDescription description) =>
        "/" + RouteConstraint().Replace(description.RelativePath?.TrimEnd('/') ?? "", "{$1}");

    [GeneratedRegex(@"\{(\w+)[:?][^}]*\}")]
    private static partial Regex RouteConstraint();

    private static bool IsVersioned(Type? type) =>
        type?.GetProperty("Version", BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(int);

    private static void AddHeaderParameter(OpenApiOperation operation, string name, string description)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => p.In == ParameterLocation.Header && p.Name == name))
            return;
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = false,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }
}
