namespace Antq.Api.Common.Http;

/// <summary>
/// An enum in a query string, matched by its (camelCase) name regardless of case. Minimal APIs bind plain enums
/// case-sensitively and accept undefined numbers and comma-joined flags; this accepts exactly one defined name
/// ("scheduled", any case) and refuses "7", "finished" or "scheduled,ongoing" (400 listing the allowed names).
/// </summary>
public readonly record struct QueryEnum<T>(T Value) where T : struct, Enum
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Minimal API binding looks for a static TryParse on the parameter type.")]
    public static bool TryParse(string? text, IFormatProvider? provider, out QueryEnum<T> result)
    {
        result = default;
        if (!Json.StrictEnumConverter.TryParse<T>(text, out var value))
            return false;
        result = new QueryEnum<T>(value);
        return true;
    }
}
