using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerIO.Paging;

/// <summary>
/// Reads a <c>next</c> cursor that the API writes as a string on most lists and as an integer on some (broadcast
/// trigger errors answer <c>"next": 20</c>, an offset to pass back as <c>start</c>): either becomes the text sent
/// back, unchanged. Put it on the <see cref="ICursorPage{T}.Next"/> property of such page models.
/// </summary>
internal sealed class CursorJsonConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),

        // The number's own digits, not a re-formatted double: a cursor must go back exactly as it came.
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray()),
        _ => throw new JsonException($"A next cursor must be a string, a number or null, not {reader.TokenType}."),
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
