using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Campaigns;
using CustomerIO.Emulator.App.Reads;
using CustomerIO.Emulator.App.Sends;
using CustomerIO.Emulator.State;
using static CustomerIO.Emulator.App.Resources.ResourceJson;

namespace CustomerIO.Emulator.App.Broadcasts;

/// <summary>
/// What a trigger of a seeded, running broadcast sends: one delivery per recipient and automatic action of the
/// broadcast, its subject and body rendered with the trigger's <c>data</c> (and a recipient's own <c>per_user_data</c>).
/// Recipients are people already in the workspace, as Customer.io requires: an <c>ids</c>, <c>emails</c> or
/// <c>per_user_data</c> entry that matches nobody becomes a trigger error (<c>line n: ...</c>, counted from 1) unless
/// <c>id_ignore_missing</c> / <c>email_ignore_missing</c> skips it; a <c>recipients</c> filter sends to the people it
/// matches. The broadcast's own audience and a <c>data_file_url</c> are not emulated: they send nothing.
/// </summary>
internal static class BroadcastSend
{
    public static (List<EmulatedDelivery> Deliveries, List<string> Errors) Plan(
        EmulatorState state, string broadcastId, string? audience, JsonElement? value, JsonElement? data, JsonElement body, DateTimeOffset now)
    {
        var errors = new List<string>();
        var people = new List<(EmulatedPerson Person, JsonElement? Data)>();
        var idsMissingOk = Flag(body, "id_ignore_missing");
        var emailsMissingOk = Flag(body, "email_ignore_missing");
        var items = value is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().ToList() : [];
        switch (audience)
        {
            case "recipients":
                people.AddRange(state.GetPeople().Where(p => CustomerSearchHandlers.Matches(value!.Value, p)).Select(p => (p, data)));
                break;
            case "ids" or "emails" or "per_user_data":
                for (var i = 0; i < items.Count; i++)
                {
                    var (kind, text, own) = Recipient(audience, items[i]);
                    if (Find(state, kind, text) is { } person)
                    {
                        people.Add((person, own ?? data));
                    }
                    else if (!(kind == IdentifierKind.Email ? emailsMissingOk : idsMissingOk))
                    {
                        errors.Add(string.Create(CultureInfo.InvariantCulture, $"line {i + 1}: no person has this {(kind == IdentifierKind.Email ? "email" : "id")}"));
                    }
                }

                break;
        }

        return (Deliveries(state, broadcastId, people, now), errors);
    }

    private static List<EmulatedDelivery> Deliveries(EmulatorState state, string broadcastId, List<(EmulatedPerson Person, JsonElement? Data)> people, DateTimeOffset now)
    {
        if (!long.TryParse(broadcastId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !state.Resources.TryGet(CampaignResources.Broadcasts, out var broadcasts)
            || broadcasts.Find(id) is not { } broadcast
            || broadcast["state"]?.GetValue<string>() != "running")
        {
            return [];
        }

        var actions = state.Resources[CampaignResources.Actions].All()
            .Where(a => ActionBody.Parent(a, "broadcast_id") == id && a["sending_state"]?.GetValue<string>() == "automatic")
            .ToList();
        var deliveries = new List<EmulatedDelivery>();
        foreach (var (person, data) in people)
        {
            foreach (var action in actions)
            {
                var type = action["type"]?.GetValue<string>() ?? "email";
                deliveries.Add(new EmulatedDelivery
                {
                    DeliveryId = state.NewDeliveryId(),
                    Type = type,
                    Identifiers = person.Id is { } personId ? new Dictionary<string, string> { ["id"] = personId }
                        : person.Email is { } email ? new Dictionary<string, string> { ["email"] = email }
                        : new Dictionary<string, string> { ["cio_id"] = person.CioId },
                    PersonCioId = person.CioId,
                    To = type == "email" ? person.Email : person.Id,
                    Subject = LiquidText.Render(Text(action, "subject"), data, person),
                    Body = LiquidText.Render(Text(action, "body"), data, person),
                    MessageData = data,
                    QueuedAt = now,
                    BroadcastId = id,
                    ActionId = ResourceStore.IdOf(action),
                });
            }
        }

        return deliveries;
    }

    private static (IdentifierKind Kind, string Text, JsonElement? Data) Recipient(string audience, JsonElement item)
    {
        if (audience == "per_user_data")
        {
            var data = item.TryGetProperty("data", out var own) && own.ValueKind == JsonValueKind.Object ? own : (JsonElement?)null;
            return item.TryGetProperty("id", out var personId)
                ? (IdentifierKind.Id, Scalar(personId), data)
                : (IdentifierKind.Email, Scalar(item.GetProperty("email")), data);
        }

        return (audience == "emails" ? IdentifierKind.Email : IdentifierKind.Id, Scalar(item), null);
    }

    private static EmulatedPerson? Find(EmulatorState state, IdentifierKind kind, string text) =>
        state.People.Find(kind, text) is { } person ? state.FindPerson("cio_" + person.Resolve().CioId) : null;

    private static string Scalar(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static bool Flag(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var flag) && flag.ValueKind == JsonValueKind.True;

}
