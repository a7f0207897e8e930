using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>
/// An action of a campaign or a broadcast, or one language of it: the message it sends (email, SMS, push, in-app,
/// WhatsApp, Slack) or the webhook it calls. Fields of other action kinds are null.
/// </summary>
public sealed class MessageAction
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

    /// <summary>The body (for WhatsApp, a JSON text of the template and its parameters).</summary>
    [JsonInclude, JsonPropertyName("body")]
    public string? Body { get; internal set; }

    /// <summary>The AMP body of an email.</summary>
    [JsonInclude, JsonPropertyName("body_amp")]
    public string? BodyAmp { get; internal set; }

    /// <summary>The visual editor's content, if any.</summary>
    [JsonInclude, JsonPropertyName("body_json")]
    public string? BodyJson { get; internal set; }

    /// <summary>The subject of an email.</summary>
    [JsonInclude, JsonPropertyName("subject")]
    public string? Subject { get; internal set; }

    /// <summary>The preview text of an email.</summary>
    [JsonInclude, JsonPropertyName("preheader_text")]
    public string? PreheaderText { get; internal set; }

    /// <summary>The sender address of an email.</summary>
    [JsonInclude, JsonPropertyName("from")]
    public string? From { get; internal set; }

    /// <summary>The sender identity of an email.</summary>
    [JsonInclude, JsonPropertyName("from_id")]
    public long? FromId { get; internal set; }

    /// <summary>The reply-to address.</summary>
    [JsonInclude, JsonPropertyName("reply_to")]
    public string? ReplyTo { get; internal set; }

    /// <summary>The reply-to sender identity.</summary>
    [JsonInclude, JsonPropertyName("reply_to_id")]
    public long? ReplyToId { get; internal set; }

    /// <summary>The recipient, often Liquid such as <c>{{customer.email}}</c> (blank when Liquid is resolved at send time).</summary>
    [JsonInclude, JsonPropertyName("recipient")]
    public string? Recipient { get; internal set; }

    /// <summary>The carbon-copy addresses.</summary>
    [JsonInclude, JsonPropertyName("cc")]
    public string? Cc { get; internal set; }

    /// <summary>The blind-copy addresses.</summary>
    [JsonInclude, JsonPropertyName("bcc")]
    public string? Bcc { get; internal set; }

    /// <summary>Whether blind copies go as one copy with the recipients in the subject.</summary>
    [JsonInclude, JsonPropertyName("fake_bcc")]
    public bool? FakeBcc { get; internal set; }

    /// <summary>The CSS pre-processor (<c>premailer</c>), when enabled.</summary>
    [JsonInclude, JsonPropertyName("preprocessor")]
    public string? Preprocessor { get; internal set; }

    /// <summary>Extra email headers, as the JSON text Customer.io answers (<c>[{"name":..,"value":..}]</c>).</summary>
    [JsonInclude, JsonPropertyName("headers")]
    public string? Headers { get; internal set; }

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
