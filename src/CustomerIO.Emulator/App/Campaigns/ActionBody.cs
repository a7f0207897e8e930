using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.Validation;
using CustomerIO.Emulator.App.Resources;
using static CustomerIO.Emulator.App.Resources.ResourceJson;

namespace CustomerIO.Emulator.App.Campaigns;

/// <summary>
/// A stored action as the App API answers it (without its <c>languages</c>), one language variant of it, and the
/// changes <c>PUT .../actions/{id}</c> and <c>PUT .../language/{language}</c> may make: only the fields the OpenAPI does
/// not mark read-only, each of its documented type.
/// </summary>
internal static class ActionBody
{
    private static readonly string[] Texts = ["body", "body_amp", "body_json", "subject", "preheader_text", "recipient", "image_url", "url"];
    private static readonly string[] Numbers = ["from_id", "reply_to_id", "sender_identity_id"];
    private static readonly string[] Flags = ["send_to_unsubscribed", "tracked"];
    private static readonly string[] SendingStates = ["automatic", "draft", "off"];
    private static readonly string[] Methods = ["get", "post", "put", "delete", "patch"];

    /// <summary>The action as answered: a copy without its language variants.</summary>
    public static JsonObject Answer(JsonObject action)
    {
        var copy = (JsonObject)action.DeepClone();
        copy.Remove(CampaignResources.Languages);
        return copy;
    }

    /// <summary>One language of the action: its own language, or a variant with the variant's fields; null when it has none.</summary>
    public static JsonObject? Variant(JsonObject action, string language)
    {
        if (string.Equals(Text(action, "language") ?? string.Empty, language, StringComparison.Ordinal))
        {
            return Answer(action);
        }

        if (action[CampaignResources.Languages] is not JsonObject variants || variants[language] is not JsonObject fields)
        {
            return null;
        }

        var answer = Answer(action);
        foreach (var (name, value) in fields)
        {
            answer[name] = value?.DeepClone();
        }

        answer["language"] = language;
        return answer;
    }

    /// <summary>The campaign or broadcast an action belongs to.</summary>
    public static long? Parent(JsonObject action, string field) =>
        ResourceJson.Long(action[field]);

    /// <summary>Checks every field of an update, then writes them into <paramref name="target"/>; the first wrong field otherwise.</summary>
    public static OperationError? Apply(JsonObject target, JsonElement update)
    {
        var changes = new List<(string Name, JsonNode? Value)>();
        foreach (var field in update.EnumerateObject())
        {
            var (value, error) = Check(field);
            if (error is not null)
            {
                return error;
            }

            changes.Add((field.Name, value));
        }

        if (changes.Count == 0)
        {
            return Errors.Invalid("body", "an action update needs at least one field");
        }

        foreach (var (name, value) in changes)
        {
            target[name] = value;
        }

        return null;
    }

    private static (JsonNode? Value, OperationError? Error) Check(JsonProperty field)
    {
        var name = field.Name;
        var value = field.Value;
        if (Texts.Contains(name))
        {
            return value.ValueKind == JsonValueKind.String ? (JsonValue.Create(value.GetString()), null) : (null, Errors.MustBeString(name));
        }

        if (Numbers.Contains(name))
        {
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
                ? (JsonValue.Create(number), null)
                : (null, Errors.Invalid(name, name + " must be an integer"));
        }

        if (Flags.Contains(name))
        {
            return value.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? (JsonValue.Create(value.GetBoolean()), null)
                : (null, Errors.Invalid(name, name + " must be a boolean"));
        }

        return name switch
        {
            "sending_state" => OneOf(value, name, SendingStates),
            "method" => OneOf(value, name, Methods),
            "headers" => Headers(value),
            _ => (null, Errors.Invalid(name, name + " cannot be changed")),
        };
    }

    private static (JsonNode?, OperationError?) OneOf(JsonElement value, string name, string[] allowed) =>
        value.ValueKind == JsonValueKind.String && allowed.Contains(value.GetString())
            ? (JsonValue.Create(value.GetString()), null)
            : (null, Errors.Invalid(name, name + " must be one of " + string.Join(", ", allowed)));

    // The API takes headers as an array of {name, value} and answers them as that array's JSON text.
    private static (JsonNode?, OperationError?) Headers(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return (null, Errors.Invalid("headers", "headers must be an array of {name, value}"));
        }

        var headers = new JsonArray();
        foreach (var header in value.EnumerateArray())
        {
            if (header.ValueKind != JsonValueKind.Object
                || !header.TryGetProperty("name", out var name) || !Token(name)
                || !header.TryGetProperty("value", out var text) || !Token(text))
            {
                return (null, Errors.Invalid("headers", "each header has a name and a value, ASCII without spaces"));
            }

            headers.Add(new JsonObject { ["name"] = name.GetString(), ["value"] = text.GetString() });
        }

        return (JsonValue.Create(headers.ToJsonString()), null);
    }

    private static bool Token(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text && text.All(c => c > ' ' && c <= '~');

    /// <summary>Marks an item changed: <c>updated</c> now and a new <c>deduplicate_id</c>.</summary>
    public static void Touch(JsonObject item, DateTimeOffset now)
    {
        var seconds = now.ToUnixTimeSeconds();
        item["updated"] = seconds;
        item["deduplicate_id"] = string.Create(CultureInfo.InvariantCulture, $"{item["id"]}:{seconds}");
    }
}
