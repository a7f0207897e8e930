using System.Text.Json.Nodes;
using CustomerIO.Emulator.State;
using static CustomerIO.Emulator.App.Resources.ResourceJson;

namespace CustomerIO.Emulator.App.Campaigns;

/// <summary>
/// The workspace's seeded campaigns, API-triggered broadcasts and their actions, kept in the resource store
/// (<c>campaigns</c>, <c>broadcasts</c>, <c>actions</c>), in the shapes the App API answers. Campaigns and broadcasts
/// share one id space (a broadcast is triggered at <c>/v1/campaigns/{broadcast_id}/triggers</c>), so campaigns are 1 and
/// 2, broadcasts 3 and 4; actions 1 to 5 belong to one of them by <c>campaign_id</c> or <c>broadcast_id</c>. An action's
/// language variants live in its <c>languages</c> field (never answered as such), each overriding some of its fields.
/// </summary>
internal static class CampaignResources
{
    public const string Campaigns = "campaigns";
    public const string Broadcasts = "broadcasts";
    public const string Actions = "actions";

    /// <summary>The field of an action that holds its language variants, by language.</summary>
    public const string Languages = "languages";

    // 2023-11-14T22:13:20Z: fixed, so answers do not depend on when the emulator started.
    private const long Seeded = 1_700_000_000;

    public static void Define(EmulatorState state)
    {
        state.Resources.Define(Campaigns, () =>
        [
            Parse($$$$"""{"id":1,"deduplicate_id":"1:{{{{Seeded}}}}","name":"Welcome series","description":"Welcomes people who join the trial segment.","type":"segment","active":true,"state":"running","actions":[{"id":1,"type":"email"},{"id":2,"type":"webhook"}],"tags":["onboarding"],"filter_segment_ids":[],"trigger_segment_ids":[1],"first_started":{{{{Seeded}}}},"created":{{{{Seeded}}}},"updated":{{{{Seeded}}}}}"""),
            Parse($$$$"""{"id":2,"deduplicate_id":"2:{{{{Seeded}}}}","name":"Win-back","description":"Texts trial people who went quiet.","type":"segment","active":false,"state":"draft","actions":[{"id":3,"type":"twilio"}],"tags":[],"filter_segment_ids":[1],"trigger_segment_ids":[2],"first_started":null,"created":{{{{Seeded}}}},"updated":{{{{Seeded}}}}}"""),
        ]);
        state.Resources.Define(Broadcasts, () =>
        [
            Parse($$$$"""{"id":3,"deduplicate_id":"3:{{{{Seeded}}}}","name":"Product launch","type":"triggered_broadcast","active":true,"state":"running","actions":[{"id":4,"type":"email"}],"tags":["launch"],"first_started":{{{{Seeded}}}},"created":{{{{Seeded}}}},"updated":{{{{Seeded}}}}}"""),
            Parse($$$$"""{"id":4,"deduplicate_id":"4:{{{{Seeded}}}}","name":"Maintenance notice","type":"triggered_broadcast","active":false,"state":"draft","actions":[{"id":5,"type":"push"}],"tags":[],"first_started":null,"created":{{{{Seeded}}}},"updated":{{{{Seeded}}}}}"""),
        ]);
        state.Resources.Define(Actions, () =>
        [
            Parse($$$$"""{"id":1,"campaign_id":1,"parent_action_id":null,"deduplicate_id":"1:{{{{Seeded}}}}","name":"Welcome email","layout":"","created":{{{{Seeded}}}},"updated":{{{{Seeded}}}},"body":"<p>Hi {{customer.first_name}}, welcome!</p>","type":"email","sending_state":"automatic","language":"","from":"team@example.com","from_id":1,"reply_to":"","reply_to_id":null,"recipient":"{{customer.email}}","subject":"Welcome, {{customer.first_name}}","cc":"","bcc":"","fake_bcc":false,"preheader_text":"","body_amp":"","headers":"[]","languages":{"fr":{"subject":"Bienvenue, {{customer.first_name}}","body":"<p>Bonjour {{customer.first_name}} !</p>"}}}"""),
            Parse($$$$"""{"id":2,"campaign_id":1,"parent_action_id":null,"deduplicate_id":"2:{{{{Seeded}}}}","name":"Notify the CRM","layout":"","created":{{{{Seeded}}}},"updated":{{{{Seeded}}}},"body":"{\"email\":\"{{customer.email}}\"}","type":"webhook","sending_state":"automatic","url":"https://crm.example.com/hooks/welcome","method":"post","headers":"[]"}"""),
            Parse($$$$"""{"id":3,"campaign_id":2,"parent_action_id":null,"deduplicate_id":"3:{{{{Seeded}}}}","name":"We miss you","layout":"","created":{{{{Seeded}}}},"updated":{{{{Seeded}}}},"body":"We miss you! Come back for 20% off.","type":"twilio","sending_state":"draft","language":"","recipient":"","image_url":""}"""),
            Parse($$$$"""{"id":4,"broadcast_id":3,"deduplicate_id":"4:{{{{Seeded}}}}","name":"Launch email","layout":"","created":{{{{Seeded}}}},"updated":{{{{Seeded}}}},"body":"<p>{{trigger.headline}}</p>","type":"email","sending_state":"automatic","language":"","from":"news@example.com","from_id":2,"reply_to":"","reply_to_id":null,"recipient":"{{customer.email}}","subject":"{{trigger.headline}}","cc":"","bcc":"","fake_bcc":false,"preheader_text":"","body_amp":"","headers":"[]","languages":{"es":{"subject":"Novedad: {{trigger.headline}}","body":"<p>{{trigger.headline}}</p>"}}}"""),
            Parse($$$$"""{"id":5,"broadcast_id":4,"deduplicate_id":"5:{{{{Seeded}}}}","name":"Maintenance push","layout":"","created":{{{{Seeded}}}},"updated":{{{{Seeded}}}},"body":"We will be back soon.","type":"push","sending_state":"automatic","language":"","recipient":""}"""),
        ]);
    }

    private static JsonObject Parse(string json) => (JsonObject)JsonNode.Parse(json)!;
}
