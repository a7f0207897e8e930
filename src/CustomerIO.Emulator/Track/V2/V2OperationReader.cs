using System.Text.Json;
using CustomerIO.Emulator.Json;

namespace CustomerIO.Emulator.Track.V2;

/// <summary>
/// Reads one operation object in a single pass of the batch reader: known top-level fields become
/// slices (nested values are skipped once and re-read only when needed), unknown fields are skipped.
/// </summary>
internal static class V2OperationReader
{
    /// <summary>Reads the object at the reader's current <c>StartObject</c> token into <paramref name="operation"/>.</summary>
    public static void Read(ref Utf8JsonReader reader, ref V2Operation operation)
    {
        operation.Start = (int)reader.TokenStartIndex;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueIsEscaped ? FieldOfEscaped(ref reader) : FieldOf(reader.ValueSpan);
            reader.Read();
            if (field < 0)
            {
                reader.Skip();
                continue;
            }

            operation.Fields[field] = JsonSlice.Capture(ref reader, 0);
        }

        operation.Length = (int)reader.BytesConsumed - operation.Start;
    }

    /// <summary>Maps a property name to its field index by length first, so most names cost one comparison.</summary>
    private static int FieldOf(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 when name.SequenceEqual("id"u8) => V2Field.Id,
        4 when name.SequenceEqual("type"u8) => V2Field.Type,
        4 when name.SequenceEqual("name"u8) => V2Field.Name,
        6 when name.SequenceEqual("action"u8) => V2Field.Action,
        6 when name.SequenceEqual("device"u8) => V2Field.Device,
        7 when name.SequenceEqual("primary"u8) => V2Field.Primary,
        9 when name.SequenceEqual("timestamp"u8) => V2Field.Timestamp,
        9 when name.SequenceEqual("secondary"u8) => V2Field.Secondary,
        10 when name.SequenceEqual("attributes"u8) => V2Field.Attributes,
        11 when name.SequenceEqual("identifiers"u8) => V2Field.Identifiers,
        12 when name.SequenceEqual("anonymous_id"u8) => V2Field.AnonymousId,
        17 when name.SequenceEqual("cio_relationships"u8) => V2Field.Relationships,
        _ => -1,
    };

    private static int FieldOfEscaped(ref Utf8JsonReader reader)
    {
        Span<byte> buffer = stackalloc byte[64];
        if (reader.ValueSpan.Length > buffer.Length)
        {
            return -1;
        }

        var length = reader.CopyString(buffer);
        return FieldOf(buffer[..length]);
    }
}
