using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Antq.Api.Common.Api;

namespace Antq.Api.Common.Json;

/// <summary>The movement's time zone. Vietnam has kept UTC+7 without daylight saving since 1975.</summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The days a filter may name: wide enough for any record of the movement, narrow enough to stay a valid instant.</summary>
    public static readonly DateOnly FirstDay = new(1900, 1, 1);

    public static readonly DateOnly LastDay = new(2999, 12, 31);

    /// <summary>Whether an instant falls within <see cref="FirstDay"/>..<see cref="LastDay"/> (so it stays valid in Vietnam time).</summary>
    public static bool IsOnTheCalendar(DateTimeOffset instant) =>
        instant >= StartOf(FirstDay) && instant < StartOf(LastDay);

    public static string NotOnTheCalendarMessage => Api.Localized.Text(
        $"Thời điểm phải trong khoảng năm {FirstDay.Year}–{LastDay.Year}.", $"The date must lie between the years {FirstDay.Year} and {LastDay.Year}.");

    /// <summary>The calendar day in Vietnam on which an instant falls.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>Midnight at the start of a Vietnamese calendar day, as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

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

/// <summary>Writes instants with Vietnam's offset (2023-08-14T19:30:00+07:00); reads ISO 8601 instants that carry an offset.</summary>
public sealed class VietnamDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // An instant without an offset is ambiguous (the server's zone? the browser's?): refuse it rather than guess.
        if (reader.TokenType == JsonTokenType.String
            && reader.GetString() is { } text
            && text.Contains('T', StringComparison.Ordinal)
            && HasOffset(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value))
        {
            return value;
        }
        throw new JsonValueException(Localized.Text(
            "Cần ngày giờ ISO 8601 kèm múi giờ, ví dụ 2023-08-14T19:30:00+07:00.",
            "Expected an ISO 8601 date and time with an offset, e.g. 2023-08-14T19:30:00+07:00."));
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(VietnamTime.ToLocal(value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));

    private static bool HasOffset(string text)
    {
        var time = text[(text.IndexOf('T', StringComparison.Ordinal) + 1)..];
        return time.EndsWith('Z') || time.EndsWith('z') || time.Contains('+', StringComparison.Ordinal) || time.Contains('-', StringComparison.Ordinal);
    }
}
