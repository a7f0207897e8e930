using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerIO.Serialization;

/// <summary>
/// Writes a <see cref="DateTime"/> as Unix seconds, like <see cref="UnixSecondsJsonConverter"/>: a UTC or local time
/// as the instant it names, one of kind <see cref="DateTimeKind.Unspecified"/> as if it were UTC (not the machine's
/// local time, so every server writes the same number for the same value). Reads answer UTC times.
/// </summary>
public sealed class UnixSecondsDateTimeJsonConverter : JsonConverter<DateTime>
{
    /// <inheritdoc/>
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64()).UtcDateTime;

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        var utc = value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime();
        writer.WriteNumberValue(new DateTimeOffset(utc).ToUnixTimeSeconds());
    }
}
