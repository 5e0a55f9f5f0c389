using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Antq.Api.Common.Json;

/// <summary>The movement's time zone. Vietnam has kept UTC+7 without daylight saving since 1975.</summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }
}

/// <summary>Writes instants with Vietnam's offset (2023-08-14T19:30:00+07:00); reads any ISO 8601 offset.</summary>
public sealed class VietnamDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String
            && reader.GetString() is { } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            && text.Contains('T', StringComparison.Ordinal))
        {
            // Without an explicit offset the instant is read as Vietnam time, not as the server's zone.
            return HasOffset(text) ? value : new DateTimeOffset(DateTime.SpecifyKind(value.DateTime, DateTimeKind.Unspecified), VietnamTime.Zone.GetUtcOffset(value.DateTime));
        }
        throw new JsonException("Expected an ISO 8601 date and time, e.g. 2023-08-14T19:30:00+07:00.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(VietnamTime.ToLocal(value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));

    private static bool HasOffset(string text)
    {
        var time = text[(text.IndexOf('T', StringComparison.Ordinal) + 1)..];
        return time.EndsWith('Z') || time.EndsWith('z') || time.Contains('+', StringComparison.Ordinal) || time.Contains('-', StringComparison.Ordinal);
    }
}
