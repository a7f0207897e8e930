using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerIO.Serialization;

/// <summary>
/// Reads an identifier the schema types as text but some answers carry as a number (Customer.io's own examples show
/// <c>"cio_id": 3000001</c>): either becomes the text, the number's own digits kept. Writes text.
/// </summary>
internal sealed class LenientStringJsonConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray()),
        _ => throw new JsonException($"An identifier must be text or a number, not {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
