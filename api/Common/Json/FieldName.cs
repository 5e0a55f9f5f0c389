using System.Text.Json;

namespace Antq.Api.Common.Json;

/// <summary>Turns C# and JSON paths into the camelCase field names clients send ("Services[0].Count" → "services[0].count").</summary>
internal static class FieldName
{
    public static string ToJsonPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>"$.services[0].count" → "services[0].count"; "$" → "".</summary>
    public static string FromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) ? "" : ToJsonPath(path.TrimStart('$').TrimStart('.'));
}
