namespace Antq.Api.Common.Http;

/// <summary>
/// An enum in a query string, matched by its (camelCase) name regardless of case. Minimal APIs bind plain enums
/// case-sensitively and accept undefined numbers; this accepts "scheduled" and refuses "7" or "finished" (400).
/// </summary>
public readonly record struct QueryEnum<T>(T Value) where T : struct, Enum
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Minimal API binding looks for a static TryParse on the parameter type.")]
    public static bool TryParse(string? text, IFormatProvider? provider, out QueryEnum<T> result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(text) || !char.IsLetter(text[0]))
            return false;
        if (!Enum.TryParse<T>(text, ignoreCase: true, out var value) || !Enum.IsDefined(value))
            return false;
        result = new QueryEnum<T>(value);
        return true;
    }
}
