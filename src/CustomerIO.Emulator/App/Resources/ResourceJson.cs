using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CustomerIO.Emulator.App.Resources;

/// <summary>
/// Reads values of stored objects however they were made: parsed from a request, or set in code from an int or a
/// long (a <see cref="JsonValue"/> made from an int does not convert to a long by itself).
/// </summary>
internal static class ResourceJson
{
    /// <summary>The integer value, or null when the node is none.</summary>
    public static long? Long(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
        && long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    /// <summary>A field's integer value, or null when the object or the field is none.</summary>
    public static long? Long(JsonObject? item, string field) => Long(item?[field]);

    /// <summary>A field's text, or null when the object or the field is none or not text.</summary>
    public static string? Text(JsonObject? item, string field) =>
        item?[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
