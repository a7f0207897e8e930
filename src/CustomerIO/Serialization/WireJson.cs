using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CustomerIO.Serialization;

/// <summary>
/// Every body the SDK sends is written here: through one writer setting, with every failure of the serializer turned
/// into a <see cref="CustomerIOValidationException"/> in the SDK's own words, and with text that JSON would carry
/// corrupted (an unpaired surrogate) refused instead of sent.
/// </summary>
internal static class WireJson
{
    /// <summary>
    /// How the SDK writes: non-ASCII text as UTF-8 (byte limits count what a person would count), so the one
    /// <c>\uFFFD</c> escape the writer ever produces is the replacement it writes for an unpaired surrogate.
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serializes one of the SDK's own wire types (whose options already write as <see cref="WriterOptions"/>).</summary>
    public static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo, string parameterName)
    {
        byte[] json;
        try
        {
            json = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        }
        catch (Exception e) when (IsSerializerFailure(e))
        {
            throw Refused(e, parameterName);
        }

        RefuseReplacedSurrogates(json, parameterName);
        return json;
    }

    /// <summary>
    /// Serializes the caller's own type through the caller's metadata, but with the SDK's writer, so the caller's
    /// choice of encoder cannot hide a corrupted text or change what the byte limits count.
    /// </summary>
    public static byte[] SerializeForeign<T>(T value, JsonTypeInfo<T> typeInfo, string parameterName)
    {
        if (typeInfo is null)
        {
            throw new ArgumentNullException(nameof(typeInfo));
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(writer, value, typeInfo, parameterName);
        }

        var json = stream.ToArray();
        RefuseReplacedSurrogates(json, parameterName);
        return json;
    }

    /// <summary>Writes a value into a writer made with <see cref="WriterOptions"/>, refusing what the serializer cannot write.</summary>
    public static void Write<T>(Utf8JsonWriter writer, T value, JsonTypeInfo<T> typeInfo, string parameterName)
    {
        try
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }
        catch (Exception e) when (IsSerializerFailure(e))
        {
            throw Refused(e, parameterName);
        }
    }

    /// <summary>Refuses JSON written by <see cref="WriterOptions"/> that holds a text with an unpaired surrogate.</summary>
    public static void RefuseReplacedSurrogates(ReadOnlySpan<byte> json, string parameterName)
    {
        if (HasReplacedSurrogate(json))
        {
            throw new CustomerIOValidationException(
                parameterName, "A text is not valid Unicode: it has an unpaired surrogate, which JSON cannot carry unchanged.");
        }
    }

    /// <summary>
    /// Whether the JSON holds the escape <c>\uFFFD</c>: the writer's replacement for an unpaired surrogate (a real
    /// U+FFFD is written as UTF-8). A backslash counts only when an even number of backslashes stand before it, so
    /// the text <c>\uFFFD</c> itself, written <c>\\uFFFD</c>, is not mistaken for one.
    /// </summary>
    public static bool HasReplacedSurrogate(ReadOnlySpan<byte> json)
    {
        var replacement = "\\uFFFD"u8;
        var start = 0;
        while (true)
        {
            var found = json.Slice(start).IndexOf(replacement);
            if (found < 0)
            {
                return false;
            }

            var at = start + found;
            var backslashes = 0;
            for (var i = at - 1; i >= 0 && json[i] == (byte)'\\'; i--)
            {
                backslashes++;
            }

            if (backslashes % 2 == 0)
            {
                return true;
            }

            start = at + 1;
        }
    }

    /// <summary>
    /// The serializer's own failures, for the caller's data: NaN and infinities (<see cref="ArgumentException"/>),
    /// cycles, depth and invalid <see cref="JsonElement"/> text (<see cref="JsonException"/>), types it cannot write
    /// without reflection (<see cref="NotSupportedException"/>, <see cref="InvalidOperationException"/>).
    /// </summary>
    private static bool IsSerializerFailure(Exception e) =>
        e is ArgumentException or JsonException or NotSupportedException or InvalidOperationException
        && e is not ArgumentNullException;

    // The serializer's messages are not passed on, nor kept as inner exceptions: they quote property paths (names
    // that can be personal data) and give advice about serializer options that does not apply here.
    private static CustomerIOValidationException Refused(Exception e, string parameterName) => e switch
    {
        JsonException => new(
            parameterName,
            "A value cannot be written as JSON: it refers to itself, nests more than 64 levels deep, or holds a JsonElement that is not valid text."),
        NotSupportedException or InvalidOperationException => new(
            parameterName,
            "A value's type cannot be serialized without reflection. Use strings, numbers, booleans, DateTimeOffset, arrays, "
            + "dictionaries or JsonElement values, or pass your own type with its JsonTypeInfo."),
        _ when e.GetType() == typeof(ArgumentException) => new(parameterName, "A number is NaN or infinite, which JSON cannot represent."),
        _ => new(parameterName, "A value cannot be written as JSON: its converter refused it."),
    };
}
