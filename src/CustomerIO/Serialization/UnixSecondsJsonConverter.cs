using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerIO.Serialization;

/// <summary>
/// Writes a <see cref="DateTimeOffset"/> as Unix seconds (UTC), the way Customer.io's Track and App APIs expect
/// times, and reads it back. Add it to your own <see cref="JsonSerializerContext"/> or options for attribute
/// and event types that carry times.
/// </summary>
public sealed class UnixSecondsJsonConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc/>
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var seconds = reader.TokenType == JsonTokenType.String
            ? long.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : reader.GetInt64();
        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.ToUnixTimeSeconds());
}

