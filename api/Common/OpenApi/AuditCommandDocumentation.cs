using System.Text.Json.Nodes;
using Antq.Api.Features.Audit;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Antq.Api.Common.OpenApi;

/// <summary>
/// The audit log's command names are C# type names, a string in the CLR model: the document lists them as the
/// AuditCommand enum (for the log's entries and its command filter), so clients generate the list instead of copying it.
/// </summary>
internal sealed class AuditCommandDocumentation : IDocumentFilter
{
    public const string SchemaName = "AuditCommand";

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        if (document.Components?.Schemas is not { } schemas)
            return;
        schemas[SchemaName] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "A command the audit log records (the API's command names, e.g. UpdateEventCommand).",
            Enum = [.. AuditCommands.Names.Select(name => (JsonNode)JsonValue.Create(name))],
        };
        var reference = new OpenApiSchemaReference(SchemaName, document);
        if (schemas.TryGetValue("AuditEntryResponse", out var entry) && entry is OpenApiSchema { Properties: { } properties })
            properties["command"] = reference;
        foreach (var parameter in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).Where(o => o.OperationId == "ListAudit")
                     .SelectMany(o => o.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.Name == "command"))
            parameter.Schema = reference;
    }
}
