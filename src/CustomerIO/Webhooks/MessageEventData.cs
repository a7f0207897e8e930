using System.Text.Json.Serialization;

namespace CustomerIO.Webhooks;

/// <summary>
/// The <c>data</c> of an SMS, WhatsApp, Slack, webhook-action or in-app event: one recipient and the message's
/// text. Which fields are set depends on the channel and the metric (see each one).
/// </summary>
public sealed class MessageEventData : WebhookEventData
{

    /// <summary>Who the message went to: a phone number, a Slack channel, a URL, a device (<c>recipient</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("recipient")]
    public string? Recipient { get; internal set; }

    /// <summary>The message (<c>content</c>; sent).</summary>
    [JsonInclude]
    [JsonPropertyName("content")]
    public string? Content { get; internal set; }

    /// <summary>Why sending failed (<c>failure_message</c>; attempted, bounced, dropped, failed, undeliverable).</summary>
    [JsonInclude]
    [JsonPropertyName("failure_message")]
    public string? FailureMessage { get; internal set; }

    /// <summary>The link clicked (<c>href</c>; clicked).</summary>
    [JsonInclude]
    [JsonPropertyName("href")]
    public string? Href { get; internal set; }

    /// <summary>The tracked link's id (<c>link_id</c>; clicked).</summary>
    [JsonInclude]
    [JsonPropertyName("link_id")]
    public long? LinkId { get; internal set; }

    /// <summary>The reply's own event (<c>inbound_event_id</c>; SMS and WhatsApp replied).</summary>
    [JsonInclude]
    [JsonPropertyName("inbound_event_id")]
    public string? InboundEventId { get; internal set; }

    /// <summary>The number the reply was sent to (<c>to</c>; SMS and WhatsApp replied).</summary>
    [JsonInclude]
    [JsonPropertyName("to")]
    public string? To { get; internal set; }

    /// <summary>The response the person chose (<c>tracked_response</c>; in-app clicked).</summary>
    [JsonInclude]
    [JsonPropertyName("tracked_response")]
    public string? TrackedResponse { get; internal set; }
}
