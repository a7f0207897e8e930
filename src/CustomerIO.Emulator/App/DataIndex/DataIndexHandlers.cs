using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.DataIndex;

/// <summary>
/// The data index's descriptions of attributes and events (<c>POST /data_index/attributes</c>, <c>/events</c>): 1 to
/// 100 entries (none or more: 422, as documented), each with a name, a description of at most 255 characters and, for
/// attributes, a <c>privacy_level</c> of 0 or 1; kept by name (a later description replaces an earlier one); 204.
/// </summary>
internal sealed class DataIndexHandlers(EmulatorState state)
{
    public const string AttributesKind = "data_index_attributes";
    public const string EventsKind = "data_index_events";
    public const int MaxItems = 100;
    public const int MaxDescription = 255;

    private readonly ResourceStore _attributes = state.Resources.Define(AttributesKind, static () => []);
    private readonly ResourceStore _events = state.Resources.Define(EventsKind, static () => []);

    public RequestDelegate Attributes => Update("app.batch_update_attributes", "attributes", "attribute", _attributes);

    public RequestDelegate Events => Update("app.batch_update_events", "events", "event", _events);

    private RequestDelegate Update(string operation, string field, string what, ResourceStore store) => AppEndpoint.WithBody(state, operation, (_, body, _, _) =>
    {
        var root = JsonNode.Parse(body.ToArray())!.AsObject();
        if (root[field] is not JsonArray items)
        {
            return AppOutcome.Fail(Errors.Required(field));
        }

        if (items.Count == 0)
        {
            return AppOutcome.Fail(Errors.Invalid(field, $"At least one {what} is required"), StatusCodes.Status422UnprocessableEntity);
        }

        if (items.Count > MaxItems)
        {
            return AppOutcome.Fail(Errors.Invalid(field, $"Can not update more than {MaxItems} {field} at once"), StatusCodes.Status422UnprocessableEntity);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{field}[{i}]";
            if (items[i] is not JsonObject item || item["name"] is not JsonValue name || name.GetValueKind() != JsonValueKind.String || ((string)name!).Length == 0)
            {
                return AppOutcome.Fail(Errors.Required(path + ".name"));
            }

            if (item["description"] is { } description && (description.GetValueKind() != JsonValueKind.String || ((string)description!).Length > MaxDescription))
            {
                return AppOutcome.Fail(Errors.Invalid(path + ".description", $"{path}.description must be a string of at most {MaxDescription} characters"));
            }

            if (item["privacy_level"] is { } level && (what != "attribute" || level.GetValueKind() != JsonValueKind.Number || (int)level is not (0 or 1)))
            {
                return AppOutcome.Fail(Errors.Invalid(path + ".privacy_level", $"{path}.privacy_level must be 0 or 1"));
            }
        }

        foreach (var item in items.Cast<JsonObject>())
        {
            var name = (string)item["name"]!;
            var existing = store.All().FirstOrDefault(e => (string?)e["name"] == name);
            var copy = (JsonObject)item.DeepClone();
            if (existing is null)
            {
                store.Add(copy);
            }
            else
            {
                store.Update(ResourceStore.IdOf(existing)!.Value, stored =>
                {
                    foreach (var (key, value) in copy.ToList())
                    {
                        copy.Remove(key);
                        stored[key] = value;
                    }
                });
            }
        }

        return new AppOutcome(StatusCodes.Status204NoContent, null, Replies.NoContent);
    });
}
