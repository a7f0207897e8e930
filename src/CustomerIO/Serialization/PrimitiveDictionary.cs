using System.Text.Json;

namespace CustomerIO.Serialization;

/// <summary>
/// The enqueue fast paths' dictionary writer: a plain <see cref="Dictionary{TKey, TValue}"/> of primitive values is
/// written directly (no boxed enumerator, no serializer dispatch per value), exactly as the serializer would write it;
/// anything else is left to the serializer. Shared by the Track and Pipelines writers.
/// </summary>
internal static class PrimitiveDictionary
{
    /// <summary>Writes <paramref name="data"/> when it is a plain dictionary of primitives; false (nothing written) otherwise.</summary>
    public static bool TryWrite(Utf8JsonWriter json, IReadOnlyDictionary<string, object?> data)
    {
        if (data.GetType() != typeof(Dictionary<string, object?>) || !HasOnlyPrimitives((Dictionary<string, object?>)data))
        {
            return false;
        }

        WritePrimitives(json, (Dictionary<string, object?>)data);
        return true;
    }

    /// <summary>Whether every value is one <see cref="WritePrimitives"/> writes exactly as the serializer would.</summary>
    private static bool HasOnlyPrimitives(Dictionary<string, object?> data)
    {
        foreach (var pair in data)
        {
            switch (pair.Value)
            {
                case null or string or bool or int or long or decimal:
                case double d when !double.IsNaN(d) && !double.IsInfinity(d):
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>Writes the object the serializer would (same writer, same escaping, same number formats).</summary>
    private static void WritePrimitives(Utf8JsonWriter json, Dictionary<string, object?> data)
    {
        json.WriteStartObject();
        foreach (var pair in data)
        {
            json.WritePropertyName(pair.Key);
            switch (pair.Value)
            {
                case string text:
                    json.WriteStringValue(text);
                    break;
                case bool flag:
                    json.WriteBooleanValue(flag);
                    break;
                case int number:
                    json.WriteNumberValue(number);
                    break;
                case long number:
                    json.WriteNumberValue(number);
                    break;
                case double number:
                    json.WriteNumberValue(number);
                    break;
                case decimal number:
                    json.WriteNumberValue(number);
                    break;
                default:
                    json.WriteNullValue();
                    break;
            }
        }

        json.WriteEndObject();
    }
}
