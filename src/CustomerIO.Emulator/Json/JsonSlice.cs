using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CustomerIO.Emulator.Json;

/// <summary>
/// A JSON value located inside a request buffer by offsets, so parsing allocates nothing until a
/// value must be kept. Strings cover their quotes; objects and arrays cover their brackets.
/// </summary>
internal readonly struct JsonSlice
{
    public JsonSlice(int start, int length, JsonTokenType tokenType, bool escaped)
    {
        Start = start;
        Length = length;
        TokenType = tokenType;
        Escaped = escaped;
    }

    public int Start { get; }

    public int Length { get; }

    public JsonTokenType TokenType { get; }

    public bool Escaped { get; }

    /// <summary>True when the property was present (even as null).</summary>
    public bool IsPresent => Length > 0;

    public bool IsString => TokenType == JsonTokenType.String;

    public bool IsObject => TokenType == JsonTokenType.StartObject;

    public bool IsArray => TokenType == JsonTokenType.StartArray;

    public bool IsNull => TokenType == JsonTokenType.Null;

    public bool IsNumber => TokenType == JsonTokenType.Number;

    /// <summary>Captures the value (or property name) at the reader's current token, skipping containers. Reader indexes are relative to <paramref name="offset"/> in the buffer.</summary>
    public static JsonSlice Capture(ref Utf8JsonReader reader, int offset)
    {
        var start = offset + (int)reader.TokenStartIndex;
        var tokenType = reader.TokenType;
        if (tokenType == JsonTokenType.PropertyName)
        {
            // A property name's raw span stops at its closing quote, not at the colon after it.
            return new JsonSlice(start, reader.ValueSpan.Length + 2, JsonTokenType.String, reader.ValueIsEscaped);
        }

        if (tokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
            return new JsonSlice(start, offset + (int)reader.BytesConsumed - start, tokenType, false);
        }

        return new JsonSlice(start, offset + (int)reader.BytesConsumed - start, tokenType, tokenType == JsonTokenType.String && reader.ValueIsEscaped);
    }

    /// <summary>The raw JSON text of the value.</summary>
    public ReadOnlySpan<byte> Raw(ReadOnlySpan<byte> buffer) => buffer.Slice(Start, Length);

    /// <summary>The raw content of a string (between the quotes), or the raw token for numbers.</summary>
    public ReadOnlySpan<byte> RawValue(ReadOnlySpan<byte> buffer) =>
        IsString ? buffer.Slice(Start + 1, Length - 2) : buffer.Slice(Start, Length);

    /// <summary>A reader positioned before this value.</summary>
    public Utf8JsonReader Reader(ReadOnlySpan<byte> buffer) => new(Raw(buffer), isFinalBlock: true, state: default);

    /// <summary>The UTF-8 byte length of a string after unescaping, or of the raw token otherwise.</summary>
    public int Utf8Length(ReadOnlySpan<byte> buffer)
    {
        if (!Escaped)
        {
            return RawValue(buffer).Length;
        }

        var rented = ArrayPool<byte>.Shared.Rent(Length);
        try
        {
            return Unescape(buffer, rented);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Writes the unescaped UTF-8 bytes of a string (or the raw token) and returns how many were written. <paramref name="destination"/> needs <see cref="Length"/> bytes.</summary>
    public int Unescape(ReadOnlySpan<byte> buffer, Span<byte> destination)
    {
        if (!Escaped)
        {
            var raw = RawValue(buffer);
            raw.CopyTo(destination);
            return raw.Length;
        }

        var reader = Reader(buffer);
        reader.Read();
        return reader.CopyString(destination);
    }

    /// <summary>The value as a .NET string: strings unescaped, numbers and literals as written.</summary>
    public string GetString(ReadOnlySpan<byte> buffer)
    {
        if (!Escaped)
        {
            return Encoding.UTF8.GetString(RawValue(buffer));
        }

        var reader = Reader(buffer);
        reader.Read();
        return reader.GetString() ?? string.Empty;
    }

    /// <summary>Whether a string value equals an ASCII literal (no allocation).</summary>
    public bool ValueEquals(ReadOnlySpan<byte> buffer, ReadOnlySpan<byte> literal)
    {
        if (!Escaped)
        {
            return RawValue(buffer).SequenceEqual(literal);
        }

        var reader = Reader(buffer);
        reader.Read();
        return reader.ValueTextEquals(literal);
    }

    /// <summary>Reads an integer (number token, or a string of digits as some clients send); null when not a number.</summary>
    public long? GetInt64(ReadOnlySpan<byte> buffer)
    {
        if (!IsNumber && !IsString)
        {
            return null;
        }

        var raw = RawValue(buffer);
        if (System.Buffers.Text.Utf8Parser.TryParse(raw, out long value, out var consumed) && consumed == raw.Length)
        {
            return value;
        }

        if (System.Buffers.Text.Utf8Parser.TryParse(raw, out double number, out consumed) && consumed == raw.Length)
        {
            return (long)number;
        }

        return null;
    }

    /// <summary>The value as a detached <see cref="JsonElement"/> (for inspection snapshots).</summary>
    public JsonElement ToElement(ReadOnlySpan<byte> buffer)
    {
        var reader = Reader(buffer);
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>A copy of the raw JSON, for storage.</summary>
    public byte[] ToArray(ReadOnlySpan<byte> buffer) => Raw(buffer).ToArray();
}
