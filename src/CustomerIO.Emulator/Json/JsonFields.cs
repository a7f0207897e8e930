using System.Text.Json;

namespace CustomerIO.Emulator.Json;

/// <summary>Reads the top-level properties of a JSON object into slices by name, without allocating.</summary>
internal static class JsonFields
{
    /// <summary>
    /// Fills <paramref name="into"/>[i] with the value of property <paramref name="names"/>[i];
    /// unknown properties are skipped, missing ones stay default (not present). The last duplicate wins.
    /// </summary>
    public static void Read(ReadOnlySpan<byte> buffer, JsonSlice obj, byte[][] names, Span<JsonSlice> into)
    {
        var reader = obj.Reader(buffer);
        reader.Read();
        ReadObject(ref reader, obj.Start, names, into);
    }

    /// <summary>
    /// As <see cref="Read"/>, for the object at the reader's current token (its start), in the same pass that reads
    /// the body around it: answers the object's slice and leaves the reader on its end. Reader indexes are relative to
    /// <paramref name="offset"/> in the buffer.
    /// </summary>
    public static JsonSlice ReadObject(ref Utf8JsonReader reader, int offset, byte[][] names, scoped Span<JsonSlice> into)
    {
        var start = offset + (int)reader.TokenStartIndex;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = -1;
            for (var i = 0; i < names.Length; i++)
            {
                if (reader.ValueTextEquals(names[i]))
                {
                    index = i;
                    break;
                }
            }

            reader.Read();
            if (index < 0)
            {
                reader.Skip();
                continue;
            }

            into[index] = JsonSlice.Capture(ref reader, offset);
        }

        return new JsonSlice(start, offset + (int)reader.BytesConsumed - start, JsonTokenType.StartObject, false);
    }

    /// <summary>
    /// Parses a whole body that must be one JSON value (default when empty); throws <see cref="JsonException"/>
    /// when malformed or not decodable (<see cref="JsonText"/>), so later slices can be decoded without failing.
    /// </summary>
    public static JsonSlice Root(ReadOnlySpan<byte> buffer)
    {
        if (IsBlank(buffer))
        {
            return default;
        }

        JsonText.EnsureDecodable(buffer);

        var reader = new Utf8JsonReader(buffer, isFinalBlock: true, state: default);
        reader.Read();

        var root = JsonSlice.Capture(ref reader, 0);
        if (reader.Read())
        {
            throw new JsonException("unexpected content after the JSON value");
        }

        return root;
    }

    /// <summary>True for an empty or whitespace-only body (which the reader would call malformed).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> buffer) => buffer.Trim(" \t\r\n"u8).IsEmpty;
}
