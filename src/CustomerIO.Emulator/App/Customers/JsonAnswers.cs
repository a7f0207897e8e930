using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Customers;

/// <summary>
/// What the people-side App API handlers share: answers built as JSON objects (their keys are the wire names, written
/// as they stand), the profile shape, query reading, and the object lookup by path.
/// </summary>
internal static class JsonAnswers
{
    /// <summary>A 200 with this object as the body.</summary>
    public static AppOutcome Ok(JsonObject body) => AppOutcome.Ok(body, AppJsonContext.Default.JsonObject);

    /// <summary>An answer a handler decided, counted under <paramref name="operation"/>.</summary>
    public static Reply Finish(EmulatorState state, string operation, AppOutcome outcome) => AppEndpoint.Finish(state, operation, outcome);

    /// <summary>The query parameter's text, empty when absent.</summary>
    public static string Query(HttpContext context, string name) => context.Request.Query[name].ToString();

    /// <summary>A person's profile: identifiers, attributes as text (as Customer.io stores them), creation time, devices.</summary>
    public static JsonObject Profile(EmulatedPerson person)
    {
        var attributes = new JsonObject { ["id"] = person.Id, ["email"] = person.Email, ["cio_id"] = person.CioId };
        foreach (var (name, value) in person.Attributes)
        {
            attributes[name] = Text(value);
        }

        var devices = new JsonArray();
        foreach (var device in person.Devices)
        {
            var entry = new JsonObject { ["id"] = device.Token, ["platform"] = device.Platform };
            if (device.LastUsed is { } lastUsed)
            {
                entry["last_used"] = lastUsed;
            }

            devices.Add(entry);
        }

        var unsubscribed = person.Attributes.TryGetValue("unsubscribed", out var flag) && Text(flag) is "true" or "1";
        return new JsonObject
        {
            ["id"] = person.Id,
            ["identifiers"] = Identifiers(person),
            ["attributes"] = attributes,
            ["timestamps"] = new JsonObject { ["cio_id"] = person.CreatedAt.ToUnixTimeSeconds() },
            ["devices"] = devices,
            ["unsubscribed"] = unsubscribed,
        };
    }

    /// <summary><c>{"id":..,"email":..,"cio_id":..}</c>, null where unset.</summary>
    public static JsonObject Identifiers(EmulatedPerson person) => new() { ["id"] = person.Id, ["email"] = person.Email, ["cio_id"] = person.CioId };

    /// <summary>A stored value as the text Customer.io answers: strings as they are, anything else as its JSON.</summary>
    public static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    /// <summary>A JSON copy of a stored value.</summary>
    public static JsonNode? Node(JsonElement value) => JsonNode.Parse(value.GetRawText());

    /// <summary>An object type id from the path: an integer.</summary>
    public static bool TryTypeId(string text, out string typeId)
    {
        typeId = text;
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    /// <summary>The object a path names: <c>/objects/{type}/{id}</c> with <c>id_type</c> object_id (default) or cio_object_id.</summary>
    public static EmulatedObject? FindObject(EmulatorState state, string typeId, string id, bool byCioId) =>
        state.GetObjects().FirstOrDefault(o => o.ObjectTypeId == typeId && (byCioId ? o.CioObjectId == id : o.ObjectId == id));

    /// <summary>Decimal text of an integer for JSON: the number when the text is one.</summary>
    public static JsonNode? NumberOrText(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(text);
}
