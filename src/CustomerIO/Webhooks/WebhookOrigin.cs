namespace CustomerIO.Webhooks;

/// <summary>What sent the message a reporting webhook is about, judged from the identifiers its <c>data</c> carries.</summary>
public enum WebhookOrigin
{
    /// <summary>None of the documented origins' identifiers is present (a customer event, or a shape Customer.io added later).</summary>
    Unknown = 0,

    /// <summary>An API-triggered broadcast: <c>data.trigger_id</c> and <c>data.broadcast_id</c>.</summary>
    Broadcast,

    /// <summary>A campaign: <c>data.campaign_id</c> (with <c>data.action_id</c>).</summary>
    Campaign,

    /// <summary>A newsletter: <c>data.newsletter_id</c>.</summary>
    Newsletter,

    /// <summary>A transactional message: <c>data.transactional_message_id</c>.</summary>
    Transactional,
}
