using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>
/// One message delivery: an instance of a message meant for one person, from a campaign, broadcast, newsletter or
/// transactional template (the parent ids that do not apply are null).
/// </summary>
public sealed class Message
{
    [JsonConstructor]
    internal Message()
    {
    }

    /// <summary>The delivery's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public string Id { get; internal set; } = string.Empty;

    /// <summary>An id of the form <c>id:timestamp</c> that changes whenever the delivery changes.</summary>
    [JsonInclude, JsonPropertyName("deduplicate_id")]
    public string? DeduplicateId { get; internal set; }

    /// <summary>The person's id; null when the workspace identifies them otherwise (prefer <see cref="CustomerIdentifiers"/>).</summary>
    [JsonInclude, JsonPropertyName("customer_id"), JsonConverter(typeof(LenientStringJsonConverter))]
    public string? CustomerId { get; internal set; }

    /// <summary>The person's identifiers.</summary>
    [JsonInclude, JsonPropertyName("customer_identifiers")]
    public CustomerIdentifiers? CustomerIdentifiers { get; internal set; }

    /// <summary>The channel: <c>email</c>, <c>push</c>, <c>twilio</c> (SMS), <c>whatsapp</c>, <c>in_app</c>, <c>webhook</c>, ... (the API may add more).</summary>
    [JsonInclude, JsonPropertyName("type")]
    public MessageType? Type { get; internal set; }

    /// <summary>Where the message went (an address, a phone number, a person id).</summary>
    [JsonInclude, JsonPropertyName("recipient")]
    public string? Recipient { get; internal set; }

    /// <summary>The subject of an email.</summary>
    [JsonInclude, JsonPropertyName("subject")]
    public string? Subject { get; internal set; }

    /// <summary>When the delivery was created.</summary>
    [JsonInclude, JsonPropertyName("created"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Created { get; internal set; }

    /// <summary>Why the message failed, if it did.</summary>
    [JsonInclude, JsonPropertyName("failure_message")]
    public string? FailureMessage { get; internal set; }

    /// <summary>Whether Customer.io kept no copy of the content.</summary>
    [JsonInclude, JsonPropertyName("forgotten")]
    public bool Forgotten { get; internal set; }

    /// <summary>
    /// The metrics the delivery reached, by name (<c>sent</c>, <c>delivered</c>, <c>opened</c>, ...): Unix seconds
    /// of when it reached each, as the API answers them.
    /// </summary>
    [JsonInclude, JsonPropertyName("metrics")]
    public IReadOnlyDictionary<string, long>? Metrics { get; internal set; }

    /// <summary>The campaign the delivery came from, if any.</summary>
    [JsonInclude, JsonPropertyName("campaign_id")]
    public long? CampaignId { get; internal set; }

    /// <summary>The action (campaign or broadcast step) it came from, if any.</summary>
    [JsonInclude, JsonPropertyName("action_id")]
    public long? ActionId { get; internal set; }

    /// <summary>The parent action, inside a split or another branching step.</summary>
    [JsonInclude, JsonPropertyName("parent_action_id")]
    public long? ParentActionId { get; internal set; }

    /// <summary>The newsletter it came from, if any.</summary>
    [JsonInclude, JsonPropertyName("newsletter_id")]
    public long? NewsletterId { get; internal set; }

    /// <summary>The newsletter content (language or A/B variant), if any.</summary>
    [JsonInclude, JsonPropertyName("content_id")]
    public long? ContentId { get; internal set; }

    /// <summary>The broadcast it came from, if any.</summary>
    [JsonInclude, JsonPropertyName("broadcast_id")]
    public long? BroadcastId { get; internal set; }

    /// <summary>The event that triggered the campaign, for event-triggered campaigns.</summary>
    [JsonInclude, JsonPropertyName("trigger_event_id")]
    public string? TriggerEventId { get; internal set; }

    /// <summary>The template the message was made from (deprecated by Customer.io).</summary>
    [JsonInclude, JsonPropertyName("message_template_id")]
    public long? MessageTemplateId { get; internal set; }

    /// <summary>In-app survey answers by option name, when asked for; open-ended, so kept as JSON.</summary>
    [JsonInclude, JsonPropertyName("tracked_responses")]
    public JsonElement? TrackedResponses { get; internal set; }
}

/// <summary>Filters of a message list (<c>GET /v1/messages</c>); every one is optional.</summary>
public sealed class MessageListOptions : IAppQuery
{
    /// <summary>Only this channel: <c>email</c>, <c>webhook</c>, <c>twilio</c>, <c>whatsapp</c>, <c>slack</c>, <c>push</c>, <c>in_app</c>, <c>live_notification</c>.</summary>
    public MessageType? Type { get; set; }

    /// <summary>Only deliveries that reached this metric: <c>attempted</c>, <c>sent</c>, <c>delivered</c>, <c>opened</c>, <c>clicked</c>, <c>converted</c>, <c>bounced</c>, <c>spammed</c>, <c>unsubscribed</c>, <c>dropped</c>, <c>failed</c>, <c>undeliverable</c>.</summary>
    public MessageMetric? Metric { get; set; }

    /// <summary>Drafts instead of sent messages.</summary>
    public bool? Drafts { get; set; }

    /// <summary>Only this campaign's messages.</summary>
    public long? CampaignId { get; set; }

    /// <summary>Only this newsletter's messages.</summary>
    public long? NewsletterId { get; set; }

    /// <summary>Only this action's messages.</summary>
    public long? ActionId { get; set; }

    /// <summary>The start of the time range (the API's default: six months back; ranges are cut to six months).</summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>The end of the time range.</summary>
    public DateTimeOffset? End { get; set; }

    /// <summary>Include in-app survey answers (<see cref="Message.TrackedResponses"/>).</summary>
    public bool? TrackedResponses { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        AppQuery.Add(query, "type", Type?.Value);
        AppQuery.Add(query, "metric", Metric?.Value);
        AppQuery.Add(query, "drafts", Drafts);
        AppQuery.Add(query, "campaign_id", CampaignId);
        AppQuery.Add(query, "newsletter_id", NewsletterId);
        AppQuery.Add(query, "action_id", ActionId);
        AppQuery.Add(query, "start_ts", Start?.ToUnixTimeSeconds());
        AppQuery.Add(query, "end_ts", End?.ToUnixTimeSeconds());
        AppQuery.Add(query, "get_tracked_responses", TrackedResponses);
    }
}
