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
    public static byte[] Serialize(IReadOnlyDictionary<string, object?> values, string parameterName)
    {
        try
        {
            // Older source generators annotate the metadata without nullable values; the values may be null.
#pragma warning disable CS8620
            return JsonSerializer.SerializeToUtf8Bytes(values, CustomerIOJsonContext.Wire.IReadOnlyDictionaryStringObject);
#pragma warning restore CS8620
        }
        catch (ArgumentException e)
        {
            // NaN and infinities have no JSON form.
            throw new CustomerIOValidationException(parameterName, "A value cannot be written as JSON: " + e.Message);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
        {
            // Only the type is named: values are personal data.
            throw new CustomerIOValidationException(
                parameterName,
                "A value's type cannot be serialized without reflection. Use strings, numbers, booleans, DateTimeOffset, "
                + "arrays, dictionaries or JsonElement values, or pass your own type with its JsonTypeInfo. " + e.Message);
        }
    }

    /// <summary>Serializes the caller's own type through the caller's <see cref="JsonTypeInfo{T}"/> and checks it is an object.</summary>
    public static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo, string parameterName)
    {
        if (typeInfo is null)
        {
            throw new ArgumentNullException(nameof(typeInfo));
        }

        byte[] json;
        try
        {
            json = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        }
        catch (ArgumentException e)
        {
            throw new CustomerIOValidationException(parameterName, "A value cannot be written as JSON: " + e.Message);
        }

        if (json.Length == 0 || json[0] != (byte)'{')
        {
            throw new CustomerIOValidationException(parameterName, $"The {parameterName} must serialize to a JSON object; {typeof(T).Name} does not.");
        }

        return json;
    }

    /// <summary>
    /// Checks a JSON object of person or object attributes: at most 300 properties, names non-empty and at most
    /// 150 bytes, each value at most 1000 bytes (a string's UTF-8 bytes, else its JSON text). Answers the names.
    /// </summary>
    public static HashSet<string> ValidateAttributes(ReadOnlySpan<byte> json, string parameterName)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json);
        reader.Read(); // StartObject, checked by the caller's serializer
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (name.Length == 0)
            {
                throw new CustomerIOValidationException(parameterName, "An attribute name must not be empty.");
            }

            Guard.MaxBytes(name, $"{parameterName}.{Shorten(name)}", CustomerIOLimits.MaxAttributeNameBytes, "attribute name");
            names.Add(name);
            if (names.Count > CustomerIOLimits.MaxAttributesPerCall)
            {
                throw new CustomerIOValidationException(
                    parameterName,
                    $"Customer.io accepts at most {CustomerIOLimits.MaxAttributesPerCall} attributes in one call.",
                    CustomerIOLimits.MaxAttributesPerCall,
                    names.Count);
            }

            reader.Read();
            var size = ValueBytes(ref reader);
            if (size > CustomerIOLimits.MaxAttributeValueBytes)
            {
                throw Guard.TooLarge($"{parameterName}.{Shorten(name)}", "attribute value", CustomerIOLimits.MaxAttributeValueBytes, size);
            }
        }

        return names;
    }

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

    private static string Shorten(string name) => name.Length <= 40 ? name : name.Substring(0, 40) + "…";
}
