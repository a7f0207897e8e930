using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerIO.Emulator;

/// <summary>Writes a <see cref="TimeSpan"/> as a number of milliseconds (the admin API's unit).</summary>
internal sealed class MillisecondsConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeSpan.FromMilliseconds(reader.GetDouble());

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.TotalMilliseconds);
}
