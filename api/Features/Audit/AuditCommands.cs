using System.Reflection;
using Antq.Api.Domain;
using Mediator;

namespace Antq.Api.Features.Audit;

/// <summary>
/// The names of the commands the audit log records (every command declares [AuditRecord]): the values of the log's
/// command field, published in the OpenAPI document as the AuditCommand enum so clients never keep a hand copy.
/// </summary>
public static class AuditCommands
{
    public static readonly IReadOnlyList<string> Names = [.. typeof(Program).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBaseCommand).IsAssignableFrom(t) && t.GetCustomAttribute<AuditRecordAttribute>() is not null)
        .Select(t => t.Name)
        .Order(StringComparer.Ordinal)];
}
