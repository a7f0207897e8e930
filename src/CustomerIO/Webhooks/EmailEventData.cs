using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerIO.Webhooks;

/// <summary>The <c>data</c> of an email event. Which fields are set depends on the metric (see each one).</summary>
public sealed class EmailEventData : WebhookEventData
{

    /// <summary>The address the email went to (<c>recipient</c>; every metric but failed).</summary>
    [JsonInclude]
    [JsonPropertyName("recipient")]
    public string? Recipient { get; internal set; }

    /// <summary>The email's subject (<c>subject</c>; every metric but attempted).</summary>
    [JsonInclude]
    [JsonPropertyName("subject")]
    public string? Subject { get; internal set; }

    /// <summary>The email's body (<c>content</c>; sent, when the webhook is set to include it).</summary>
    [JsonInclude]
    [JsonPropertyName("content")]
    public string? Content { get; internal set; }

    /// <summary>The email's headers, as the JSON object Customer.io sent (<c>headers</c>; sent).</summary>
    [JsonInclude]
    [JsonPropertyName("headers")]
    public JsonElement? Headers { get; internal set; }

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

    /// <summary>Whether the click looks automated, such as a link scanner's (<c>machine</c>; clicked).</summary>
    [JsonInclude]
    [JsonPropertyName("machine")]
    public bool? Machine { get; internal set; }

    /// <summary>Whether the open came through a proxy, such as Apple Mail Privacy Protection's (<c>proxied</c>; opened).</summary>
    [JsonInclude]
    [JsonPropertyName("proxied")]
    public bool? Proxied { get; internal set; }

    /// <summary>Whether the open was a prefetch, not a person (<c>prefetched</c>; opened).</summary>
    [JsonInclude]
    [JsonPropertyName("prefetched")]
    public bool? Prefetched { get; internal set; }

    /// <summary>Whether Customer.io inferred the open from a click (<c>synthetic</c>; opened).</summary>
    [JsonInclude]
    [JsonPropertyName("synthetic")]
    public bool? Synthetic { get; internal set; }
}
