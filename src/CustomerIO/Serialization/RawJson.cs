using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerIO.Serialization;

/// <summary>Already-serialized, already-validated JSON that is written into a larger document as it is.</summary>
[JsonConverter(typeof(RawJsonConverter))]
internal readonly struct RawJson
{
    public RawJson(ReadOnlyMemory<byte> utf8) => Utf8 = utf8;

    /// <summary>The JSON text as UTF-8 bytes.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }
}

/// <summary>Writes <see cref="RawJson"/> without re-parsing it; it is never read.</summary>
internal sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Raw JSON is only ever written.");

    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);
}
