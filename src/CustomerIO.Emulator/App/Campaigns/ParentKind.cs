namespace CustomerIO.Emulator.App.Campaigns;

/// <summary>
/// A campaign or a broadcast, as the handlers that serve both read them: the resource kind, the answer's keys, the
/// field that ties an action or a delivery to it, and the names the outcome counters use.
/// </summary>
internal sealed record ParentKind(string Kind, string One, string Many, string ParentField, string Operation)
{
    public static ParentKind Campaign { get; } = new(CampaignResources.Campaigns, "campaign", "campaigns", "campaign_id", "campaign");

    public static ParentKind Broadcast { get; } = new(CampaignResources.Broadcasts, "broadcast", "broadcasts", "broadcast_id", "broadcast");

    /// <summary>Whether a delivery was sent by this kind's item <paramref name="id"/>.</summary>
    public bool Sent(EmulatedDelivery delivery, long id) => (this == Campaign ? delivery.CampaignId : delivery.BroadcastId) == id;

    /// <summary>The error of a missing item, as Customer.io words it: <c>campaign not found</c>.</summary>
    public string NotFound => One + " not found";
}
