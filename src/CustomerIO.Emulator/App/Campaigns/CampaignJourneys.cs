using System.Globalization;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Sends;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.App.Resources;
using static CustomerIO.Emulator.App.Resources.ResourceJson;

namespace CustomerIO.Emulator.App.Campaigns;

/// <summary>
/// The emulator's segment-triggered campaigns: when a person joins a segment a running seeded campaign names in
/// <c>trigger_segment_ids</c>, and is in every segment of its <c>filter_segment_ids</c>, the campaign sends its
/// automatic actions to them at once, one delivery each (subject and body rendered with the person's attributes),
/// once per person per campaign. No delays, branches, exits or goals: those journeys are not emulated.
/// </summary>
internal static class CampaignJourneys
{
    public static void Start(EmulatorState state) => state.SegmentJoined = (person, segmentId, now) => Enter(state, person, segmentId, now);

    private static void Enter(EmulatorState state, Person joined, string segmentId, DateTimeOffset now)
    {
        if (!long.TryParse(segmentId, NumberStyles.None, CultureInfo.InvariantCulture, out var segment)
            || state.FindPerson("cio_" + joined.CioId) is not { } person)
        {
            return;
        }

        foreach (var campaign in state.Resources[CampaignResources.Campaigns].All())
        {
            var id = ResourceStore.IdOf(campaign)!.Value;
            if (campaign["state"]?.GetValue<string>() != "running"
                || !Ids(campaign, "trigger_segment_ids").Contains(segment)
                || !Ids(campaign, "filter_segment_ids").All(f => person.Segments.Contains(f.ToString(CultureInfo.InvariantCulture)))
                || state.Deliveries.Snapshot().Any(d => d.CampaignId == id && d.PersonCioId == person.CioId))
            {
                continue;
            }

            foreach (var action in state.Resources[CampaignResources.Actions].All()
                .Where(a => ActionBody.Parent(a, "campaign_id") == id && a["sending_state"]?.GetValue<string>() == "automatic"))
            {
                var type = action["type"]?.GetValue<string>() ?? "email";
                state.Deliveries.Add(new EmulatedDelivery
                {
                    DeliveryId = state.NewDeliveryId(),
                    Type = type,
                    Identifiers = person.Id is { } personId ? new Dictionary<string, string> { ["id"] = personId } : new Dictionary<string, string> { ["cio_id"] = person.CioId },
                    PersonCioId = person.CioId,
                    To = type == "email" ? person.Email : type == "webhook" ? Text(action, "url") : person.Id,
                    Subject = LiquidText.Render(Text(action, "subject"), null, person),
                    Body = LiquidText.Render(Text(action, "body"), null, person),
                    QueuedAt = now,
                    CampaignId = id,
                    ActionId = ResourceStore.IdOf(action),
                });
            }
        }
    }

    private static List<long> Ids(JsonObject item, string field) =>
        item[field] is JsonArray ids ? [.. ids.Select(ResourceJson.Long).OfType<long>()] : [];

}
