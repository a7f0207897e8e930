using System.Text.Json.Serialization;

namespace CustomerIO.Webhooks;

/// <summary>The <c>data</c> of a push event. Which fields are set depends on the metric (see each one).</summary>
public sealed class PushEventData : WebhookEventData
{

    /// <summary>The devices the notification went to (<c>recipients</c>; sent, delivered, opened, clicked, converted, bounced, dropped).</summary>
    [JsonInclude]
    [JsonPropertyName("recipients")]
    public IReadOnlyList<PushRecipient>? Recipients { get; internal set; }

    /// <summary>The notification's payload (<c>content</c>; sent).</summary>
    [JsonInclude]
    [JsonPropertyName("content")]
    public string? Content { get; internal set; }

    /// <summary>Why sending failed (<c>failure_message</c>; attempted, failed, undeliverable).</summary>
    [JsonInclude]
    [JsonPropertyName("failure_message")]
    public string? FailureMessage { get; internal set; }

    /// <summary>The link opened (<c>href</c>; clicked).</summary>
    [JsonInclude]
    [JsonPropertyName("href")]
    public string? Href { get; internal set; }

    /// <summary>The tracked link's id (<c>link_id</c>; clicked).</summary>
    [JsonInclude]
    [JsonPropertyName("link_id")]
    public long? LinkId { get; internal set; }
}
