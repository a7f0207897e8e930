using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CustomerIO.Validation;

namespace CustomerIO.Serialization;

/// <summary>
/// Turns caller attributes and event data (dictionaries, or the caller's own types) into compact JSON objects,
/// and checks them against Customer.io's limits in one pass over the bytes.
/// </summary>
internal static class AttributeJson
{
    /// <summary>Serializes a dictionary of values through the SDK's source-generated context.</summary>
    public static byte[] Serialize(IReadOnlyDictionary<string, object?> values, string parameterName) =>
        // Older source generators annotate the metadata without nullable values; the values may be null.
#pragma warning disable CS8620
        WireJson.Serialize(values, CustomerIOJsonContext.Wire.IReadOnlyDictionaryStringObject, parameterName);
#pragma warning restore CS8620

    /// <summary>Serializes the caller's own type through the caller's <see cref="JsonTypeInfo{T}"/> and checks it is an object.</summary>
    public static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo, string parameterName)
    {
        var json = WireJson.SerializeForeign(value, typeInfo, parameterName);
        if (json.Length == 0 || json[0] != (byte)'{')
        {
            throw new CustomerIOValidationException(parameterName, $"The {parameterName} must serialize to a JSON object; {typeof(T).Name} does not.");
        }

        return json;
    }

    /// <summary>
    /// Checks a JSON object of person or object attributes: names non-empty and at most 150 bytes, each value at most
    /// 1000 bytes (a string's UTF-8 bytes, else its JSON text), and at most 300 attributes counted by
    /// <see cref="Counts"/> together with <paramref name="alsoCounted"/> set elsewhere in the same call. Answers the
    /// names. Messages give an attribute's position, never its name: names can be personal data too.
    /// </summary>
    public static HashSet<string> ValidateAttributes(ReadOnlySpan<byte> json, string parameterName, bool isPerson, int alsoCounted = 0)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var counted = alsoCounted;
        var position = 0;
        var reader = new Utf8JsonReader(json);
        reader.Read(); // StartObject, checked by the caller's serializer
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            position++;
            var name = reader.GetString()!;
            if (name.Length == 0)
            {
                throw new CustomerIOValidationException(parameterName, $"Attribute {position} has an empty name.");
            }

            var nameBytes = Encoding.UTF8.GetByteCount(name);
            if (nameBytes > CustomerIOLimits.MaxAttributeNameBytes)
            {
                throw Guard.TooLarge(parameterName, $"name of attribute {position}", CustomerIOLimits.MaxAttributeNameBytes, nameBytes);
            }

            if (names.Add(name) && (!isPerson || Counts(name)) && ++counted > CustomerIOLimits.MaxAttributesPerCall)
            {
                throw new CustomerIOValidationException(
                    parameterName,
                    $"Customer.io accepts at most {CustomerIOLimits.MaxAttributesPerCall} attributes in one call"
                    + (isPerson ? " (every key but _update, _timestamp, anonymous_id, cio_subscription_preferences and cio_relationships counts)." : "."),
                    CustomerIOLimits.MaxAttributesPerCall,
                    counted);
            }

            reader.Read();
            var size = ValueBytes(ref reader);
            if (size > CustomerIOLimits.MaxAttributeValueBytes)
            {
                throw Guard.TooLarge(parameterName, $"value of attribute {position}", CustomerIOLimits.MaxAttributeValueBytes, size);
            }
        }

        return names;
    }

    /// <summary>
    /// Whether a person attribute counts toward the 300 of one identify. Every key is stored on the profile and
    /// counts (<c>id</c>, <c>email</c>, <c>created_at</c>, <c>unsubscribed</c> included) except the directives that
    /// steer the call and are not stored as attributes: <c>_update</c>, <c>_timestamp</c>, <c>anonymous_id</c> (it
    /// links anonymous activity), <c>cio_subscription_preferences</c> and <c>cio_relationships</c>. The emulator
    /// applies the same rule.
    /// </summary>
    public static bool Counts(string personAttribute) =>
        personAttribute is not ("_update" or "_timestamp" or "anonymous_id" or "cio_subscription_preferences" or "cio_relationships");

    /// <summary>Checks event data: a JSON object of at most 100,000 bytes.</summary>
    public static void ValidateEventData(ReadOnlySpan<byte> json, string parameterName)
    {
        if (json.Length > CustomerIOLimits.MaxEventDataBytes)
        {
            throw Guard.TooLarge(parameterName, "event data", CustomerIOLimits.MaxEventDataBytes, json.Length);
        }
    }

    /// <summary>The size of the value under the reader: a string's unescaped UTF-8 bytes, else the JSON text's bytes.</summary>
    private static long ValueBytes(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.ValueIsEscaped ? Encoding.UTF8.GetByteCount(reader.GetString()!) : reader.ValueSpan.Length;
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                var start = reader.TokenStartIndex;
                reader.Skip();
                return reader.BytesConsumed - start;
            default:
                return reader.ValueSpan.Length;
        }
    }
}
