using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CustomerIO.Emulator.Json;

namespace CustomerIO.Emulator.Admin;

/// <summary>
/// Reads the admin bodies (and <c>--faults</c> files) strictly: a misspelt key such as <c>"rat"</c> for
/// <c>"rate"</c> would otherwise be ignored and leave a profile that silently does something else.
/// </summary>
internal static class StrictJson
{
    /// <summary>
    /// Deserializes <paramref name="json"/>; throws <see cref="JsonException"/> when it is not JSON (or not
    /// decodable) and <see cref="ArgumentException"/> naming every key the model does not have.
    /// </summary>
    public static T? Deserialize<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo)
    {
        JsonText.EnsureDecodable(json);
        var reader = new Utf8JsonReader(json);
        using var document = JsonDocument.ParseValue(ref reader);

        // ParseValue stops after one value; reading on makes the reader refuse anything after it.
        if (reader.Read())
        {
            throw new JsonException("unexpected content after the JSON value");
        }

        var unknown = new List<string>();
        CollectUnknownKeys(document.RootElement, typeInfo, string.Empty, unknown);
        if (unknown.Count > 0)
        {
            throw new ArgumentException((unknown.Count == 1 ? "unknown key: " : "unknown keys: ") + string.Join(", ", unknown));
        }

        return document.RootElement.Deserialize(typeInfo);
    }

    /// <summary>Walks the JSON beside the model's contract (its JSON names, as the serializer would match them), objects and lists alike.</summary>
    private static void CollectUnknownKeys(JsonElement element, JsonTypeInfo typeInfo, string path, List<string> unknown)
    {
        if (typeInfo.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var match = typeInfo.Properties.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.Ordinal));
                var name = path.Length == 0 ? property.Name : path + "." + property.Name;
                if (match is null)
                {
                    unknown.Add(name);
                }
                else
                {
                    CollectUnknownKeys(property.Value, typeInfo.Options.GetTypeInfo(match.PropertyType), name, unknown);
                }
            }
        }
        else if (typeInfo.Kind == JsonTypeInfoKind.Enumerable && typeInfo.ElementType is { } itemType && element.ValueKind == JsonValueKind.Array)
        {
            var itemInfo = typeInfo.Options.GetTypeInfo(itemType);
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                CollectUnknownKeys(item, itemInfo, $"{path}[{index++}]", unknown);
            }
        }
    }
}
