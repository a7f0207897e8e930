using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerIO.Serialization;

/// <summary>
/// Reads a value that is text in the schema but a number in some answers, as text: the number's own digits, not a
/// re-formatted double, so it goes back exactly as it came. Writes text. Each use says, in its own words, what it
/// expected when the token is neither.
/// </summary>
internal abstract class TextOrNumberJsonConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray()),
        _ => throw new JsonException(Refusal(reader.TokenType)),
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

    /// <summary>The error for a token that is neither text, a number nor null.</summary>
    protected abstract string Refusal(JsonTokenType token);
}
