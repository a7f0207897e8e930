using System.Text.Json.Serialization;

namespace CustomerIO.Webhooks;

/// <summary>
/// What every reporting webhook's <c>data</c> may carry: the person, the delivery, and the identifiers of what sent
/// it (one of Customer.io's four origins, see <see cref="Origin"/>). A field Customer.io did not send is null.
/// </summary>
public abstract class WebhookEventData
{
    /// <summary>The person's id (<c>customer_id</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("customer_id")]
    public string? CustomerId { get; internal set; }

    /// <summary>The person (<c>identifiers</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("identifiers")]
    public WebhookIdentifiers? Identifiers { get; internal set; }

    /// <summary>The delivery, one message to one person (<c>delivery_id</c>); every metric of it carries the same id.</summary>
    [JsonInclude]
    [JsonPropertyName("delivery_id")]
    public string? DeliveryId { get; internal set; }

    /// <summary>What sent the message, from which of the identifiers below are present.</summary>
    [JsonIgnore]
    public WebhookOrigin Origin { get; internal set; }

    /// <summary>The API trigger of a broadcast (<c>trigger_id</c>; broadcast origin).</summary>
    [JsonInclude]
    [JsonPropertyName("trigger_id")]
    public long? TriggerId { get; internal set; }

    /// <summary>The broadcast (<c>broadcast_id</c>; broadcast origin; may be null).</summary>
    [JsonInclude]
    [JsonPropertyName("broadcast_id")]
    public long? BroadcastId { get; internal set; }

    /// <summary>The campaign (<c>campaign_id</c>; campaign origin; may be null).</summary>
    [JsonInclude]
    [JsonPropertyName("campaign_id")]
    public long? CampaignId { get; internal set; }

    /// <summary>The newsletter (<c>newsletter_id</c>; newsletter origin; may be null).</summary>
    [JsonInclude]
    [JsonPropertyName("newsletter_id")]
    public long? NewsletterId { get; internal set; }

    /// <summary>The newsletter's content variant (<c>content_id</c>; newsletter origin).</summary>
    [JsonInclude]
    [JsonPropertyName("content_id")]
    public long? ContentId { get; internal set; }

    /// <summary>The workflow action that sent the message (<c>action_id</c>; broadcast and campaign origins).</summary>
    [JsonInclude]
    [JsonPropertyName("action_id")]
    public long? ActionId { get; internal set; }

    /// <summary>The parent action, for an action inside another (<c>parent_action_id</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("parent_action_id")]
    public long? ParentActionId { get; internal set; }

    /// <summary>The person's journey through the campaign or broadcast (<c>journey_id</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("journey_id")]
    public string? JourneyId { get; internal set; }

    /// <summary>The event that triggered the campaign, for an event-triggered one (<c>trigger_event_id</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("trigger_event_id")]
    public string? TriggerEventId { get; internal set; }

    /// <summary>
    /// The transactional message (<c>transactional_message_id</c>; transactional origin). Customer.io documents it
    /// as any type: a number is kept as its digits, a string as it is.
    /// </summary>
    [JsonInclude]
    [JsonPropertyName("transactional_message_id")]
    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    public string? TransactionalMessageId { get; internal set; }
}
