using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Antq.Api.Common.Api;

namespace Antq.Api.Common.Json;

/// <summary>
/// A value a client sent that JSON itself allows but the API refuses. The one exception handler reports
/// <see cref="Exception.Message"/> under the field the serializer was reading (its path).
/// </summary>
public sealed class JsonValueException(string message) : JsonException(message);

/// <summary>
/// Enums as exactly one defined camelCase name. The framework's converter also accepts "meeting,drill" (a flags
/// combination, silently read as another value) and numbers; this one refuses both and lists the allowed names.
/// </summary>
public sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    /// <summary>The camelCase names of an enum, as clients write them.</summary>
    public static IReadOnlyList<string> NamesOf(Type enumType) =>
        [.. Enum.GetNames(enumType).Select(JsonNamingPolicy.CamelCase.ConvertName)];

    /// <summary>Reads one defined name, ignoring case; false for anything else.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum => Converter<T>.Names.TryGetValue(text ?? "", out value);

    public static string AllowedMessage(Type enumType)
    {
        var names = string.Join(", ", NamesOf(enumType));
        return Localized.Text($"Giá trị không hợp lệ. Chỉ nhận một trong: {names}.", $"Not a valid value. Use one of: {names}.");
    }

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        internal static readonly FrozenDictionary<string, T> Names = Enum.GetValues<T>()
            .ToFrozenDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.OrdinalIgnoreCase);

        private static readonly FrozenDictionary<T, string> Written = Names.ToFrozenDictionary(p => p.Value, p => p.Key);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && Names.TryGetValue(reader.GetString()!, out var value)
                ? value
                : throw new JsonValueException(AllowedMessage(typeof(T)));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Written[value]);

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(Written[value]);
    }
}

/// <summary>
/// Text without control characters: a NUL (or any control character but tab and line breaks) would break
/// PostgreSQL, CSV and PDF output, and is never typed by a person.
/// </summary>
public sealed class CleanTextConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonValueException(Localized.Text("Cần một chuỗi văn bản.", "A text value is expected."));
        var text = reader.GetString()!;
        return ContainsControlCharacters(text)
            ? throw new JsonValueException(ControlCharactersMessage)
            : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public static string ControlCharactersMessage => Localized.Text(
        "Văn bản không được chứa ký tự điều khiển (như NUL).", "Text may not contain control characters (such as NUL).");

    public static bool ContainsControlCharacters(string text)
    {
        foreach (var c in text)
        {
            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c == '\u007f')
                return true;
        }
        return false;
    }
}

/// <summary>
/// Marks a create or update command whose body may carry the resource's own representation: the representation's
/// read-only fields (id, status, names of related records…) are accepted and ignored, so a client can send back what it read.
/// Any other unknown field is a 400 (a typo such as "fulName" must not be silently dropped).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AcceptsRepresentationAttribute(Type representation) : Attribute
{
    public Type Representation { get; } = representation;
}

internal static class StrictJsonModifiers
{
    /// <summary>Adds write-only, ignored properties for the representation's fields the command does not take.</summary>
    public static void IgnoreRepresentationFields(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object
            || info.Type.GetCustomAttribute<AcceptsRepresentationAttribute>() is not { } accepts)
            return;

        var taken = info.Properties.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var member in accepts.Representation.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(m => m.GetCustomAttribute<JsonIgnoreAttribute>() is null))
        {
            var name = info.Options.PropertyNamingPolicy?.ConvertName(member.Name) ?? member.Name;
            if (!taken.Add(name))
                continue;
            var ignored = info.CreateJsonPropertyInfo(typeof(JsonElement), name);
            ignored.Set = static (_, _) => { };
            ignored.Get = null;
            info.Properties.Add(ignored);
        }
    }
}

/// <summary>How the API spells an enum value (camelCase, as in JSON and query strings), for messages and spreadsheets.</summary>
public static class EnumNames
{
    public static string ApiName(this Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
