using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>
/// An action of a campaign or a broadcast, or one language of it: the message it sends (email, SMS, push, in-app,
/// WhatsApp, Slack) or the webhook it calls. Fields of other action kinds are null.
/// </summary>
public sealed class MessageAction : MessageContent
{
    [JsonConstructor]
    internal MessageAction()
    {
    }

    /// <summary>The action's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The campaign it belongs to, for a campaign action.</summary>
    [JsonInclude, JsonPropertyName("campaign_id")]
    public long? CampaignId { get; internal set; }

    /// <summary>The broadcast it belongs to, for a broadcast action.</summary>
    [JsonInclude, JsonPropertyName("broadcast_id")]
    public long? BroadcastId { get; internal set; }

    /// <summary>The parent action, inside a split or another branching step.</summary>
    [JsonInclude, JsonPropertyName("parent_action_id")]
    public long? ParentActionId { get; internal set; }

    /// <summary>An id of the form <c>id:timestamp</c> that changes whenever the action changes.</summary>
    [JsonInclude, JsonPropertyName("deduplicate_id")]
    public string? DeduplicateId { get; internal set; }

    /// <summary>Its name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>What it sends.</summary>
    [JsonInclude, JsonPropertyName("type")]
    public ActionType? Type { get; internal set; }

    /// <summary>How it sends when reached: <c>automatic</c>, <c>draft</c> or <c>off</c>.</summary>
    [JsonInclude, JsonPropertyName("sending_state")]
    public SendingState? SendingState { get; internal set; }

    /// <summary>The language variant; empty for the default message.</summary>
    [JsonInclude, JsonPropertyName("language")]
    public string? Language { get; internal set; }

    /// <summary>The layout used, if any.</summary>
    [JsonInclude, JsonPropertyName("layout")]
    public string? Layout { get; internal set; }

    /// <summary>The visual editor's content, if any.</summary>
    [JsonInclude, JsonPropertyName("body_json")]
    public string? BodyJson { get; internal set; }

    /// <summary>The image of an MMS.</summary>
    [JsonInclude, JsonPropertyName("image_url")]
    public string? ImageUrl { get; internal set; }

    /// <summary>The URL a webhook action calls.</summary>
    [JsonInclude, JsonPropertyName("url")]
    public string? Url { get; internal set; }

    /// <summary>The HTTP method of a webhook action.</summary>
    [JsonInclude, JsonPropertyName("method")]
    public WebhookMethod? Method { get; internal set; }

    /// <summary>For WhatsApp: whether it also goes to unsubscribed people.</summary>
    [JsonInclude, JsonPropertyName("send_to_unsubscribed")]
    public bool? SendToUnsubscribed { get; internal set; }

    /// <summary>For WhatsApp: the business phone number it sends from.</summary>
    [JsonInclude, JsonPropertyName("sender_identity_id")]
    public long? SenderIdentityId { get; internal set; }

    /// <summary>For WhatsApp: whether links in template parameters are tracked.</summary>
    [JsonInclude, JsonPropertyName("tracked")]
    public bool? Tracked { get; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude, JsonPropertyName("created"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Created { get; internal set; }

    /// <summary>When it last changed.</summary>
    [JsonInclude, JsonPropertyName("updated"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Updated { get; internal set; }
}
