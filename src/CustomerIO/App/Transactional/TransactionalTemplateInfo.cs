using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>
/// A transactional template (a "transactional message" in Customer.io): its name and sending settings. Its contents
/// (one per language) are read with <see cref="TransactionalClient.ListContentsAsync"/>.
/// </summary>
public sealed class TransactionalTemplateInfo
{
    [JsonConstructor]
    internal TransactionalTemplateInfo()
    {
    }

    /// <summary>The template's id (the <c>transactional_message_id</c> of a send).</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The template's name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>What the template is for.</summary>
    [JsonInclude, JsonPropertyName("description")]
    public string? Description { get; internal set; }

    /// <summary>Whether people whose <c>unsubscribed</c> attribute is true can be sent it.</summary>
    [JsonInclude, JsonPropertyName("send_to_unsubscribed")]
    public bool? SendToUnsubscribed { get; internal set; }

    /// <summary>Whether links are tracked.</summary>
    [JsonInclude, JsonPropertyName("link_tracking")]
    public bool? LinkTracking { get; internal set; }

    /// <summary>Whether opens are tracked.</summary>
    [JsonInclude, JsonPropertyName("open_tracking")]
    public bool? OpenTracking { get; internal set; }

    /// <summary>Whether message contents are kept out of delivery history.</summary>
    [JsonInclude, JsonPropertyName("hide_message_body")]
    public bool? HideMessageBody { get; internal set; }

    /// <summary>Whether sends queue as drafts instead of going out.</summary>
    [JsonInclude, JsonPropertyName("queue_drafts")]
    public bool? QueueDrafts { get; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude, JsonPropertyName("created_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>When it last changed.</summary>
    [JsonInclude, JsonPropertyName("updated_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? UpdatedAt { get; internal set; }
}

/// <summary>One content of a transactional template: its message in one language.</summary>
public sealed class TransactionalContent
{
    [JsonConstructor]
    internal TransactionalContent()
    {
    }

    /// <summary>The content's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The template's name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The language tag; empty for the default language.</summary>
    [JsonInclude, JsonPropertyName("language")]
    public string? Language { get; internal set; }

    /// <summary>The channel (<see cref="TransactionalContentType.Email"/> or <see cref="TransactionalContentType.Push"/>; the API may add more).</summary>
    [JsonInclude, JsonPropertyName("type")]
    public TransactionalContentType? Type { get; internal set; }

    /// <summary>The subject of an email.</summary>
    [JsonInclude, JsonPropertyName("subject")]
    public string? Subject { get; internal set; }

    /// <summary>The body.</summary>
    [JsonInclude, JsonPropertyName("body")]
    public string? Body { get; internal set; }

    /// <summary>The AMP body of an email.</summary>
    [JsonInclude, JsonPropertyName("body_amp")]
    public string? BodyAmp { get; internal set; }

    /// <summary>The preview text of an email.</summary>
    [JsonInclude, JsonPropertyName("preheader_text")]
    public string? PreheaderText { get; internal set; }

    /// <summary>The sender address.</summary>
    [JsonInclude, JsonPropertyName("from")]
    public string? From { get; internal set; }

    /// <summary>The sender identity's id.</summary>
    [JsonInclude, JsonPropertyName("from_id")]
    public long? FromId { get; internal set; }

    /// <summary>The reply-to address.</summary>
    [JsonInclude, JsonPropertyName("reply_to")]
    public string? ReplyTo { get; internal set; }

    /// <summary>The reply-to identity's id.</summary>
    [JsonInclude, JsonPropertyName("reply_to_id")]
    public long? ReplyToId { get; internal set; }

    /// <summary>The recipient address, usually Liquid (<c>{{customer.email}}</c>).</summary>
    [JsonInclude, JsonPropertyName("recipient")]
    public string? Recipient { get; internal set; }

    /// <summary>The carbon-copy addresses.</summary>
    [JsonInclude, JsonPropertyName("cc")]
    public string? Cc { get; internal set; }

    /// <summary>The blind-copy addresses.</summary>
    [JsonInclude, JsonPropertyName("bcc")]
    public string? Bcc { get; internal set; }

    /// <summary>Whether blind copies are sent as one copy whose subject names the recipients.</summary>
    [JsonInclude, JsonPropertyName("fake_bcc")]
    public bool? FakeBcc { get; internal set; }

    /// <summary>The extra email headers, as the JSON text the API answers.</summary>
    [JsonInclude, JsonPropertyName("headers")]
    public string? Headers { get; internal set; }

    /// <summary><c>premailer</c> when CSS pre-processing is on.</summary>
    [JsonInclude, JsonPropertyName("preprocessor")]
    public string? Preprocessor { get; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude, JsonPropertyName("created"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Created { get; internal set; }

    /// <summary>When it last changed.</summary>
    [JsonInclude, JsonPropertyName("updated"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Updated { get; internal set; }
}

/// <summary>
/// Changes to one content of a transactional template (<c>PUT .../content/{id}</c>, <c>PUT .../language/{language}</c>):
/// only the fields set are sent, the others kept.
/// </summary>
public sealed class TransactionalContentUpdate : IAppBody
{
    /// <summary>The subject of an email.</summary>
    [JsonPropertyName("subject")]
    public string? Subject { get; set; }

    /// <summary>The body (not for bodies made with the drag-and-drop editor).</summary>
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    /// <summary>The AMP body of an email.</summary>
    [JsonPropertyName("body_amp")]
    public string? BodyAmp { get; set; }

    /// <summary>The preview text of an email.</summary>
    [JsonPropertyName("preheader_text")]
    public string? PreheaderText { get; set; }

    /// <summary>The recipient address.</summary>
    [JsonPropertyName("recipient")]
    public string? Recipient { get; set; }

    /// <summary>The sender identity.</summary>
    [JsonPropertyName("from_id")]
    public long? FromId { get; set; }

    /// <summary>The reply-to identity.</summary>
    [JsonPropertyName("reply_to_id")]
    public long? ReplyToId { get; set; }

    /// <summary>Headers to add or change, by name; names and values are ASCII without spaces.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string>? Headers { get; set; }

    [JsonInclude, JsonPropertyName("headers")]
    internal IReadOnlyList<MessageHeaderBody>? HeaderList => MessageHeaderBody.Of(Headers);

    void IAppBody.Validate(string parameterName) => MessageHeaderBody.Validate(Headers, parameterName + ".Headers");
}

/// <summary>Filters of the messages sent from one transactional template (<c>GET /v1/transactional/{id}/messages</c>).</summary>
public sealed class TransactionalMessageListOptions : IAppQuery
{
    /// <summary>Only deliveries that reached this metric.</summary>
    public MessageMetric? Metric { get; set; }

    /// <summary>Only deliveries in this state.</summary>
    public TransactionalDeliveryState? State { get; set; }

    /// <summary>The start of the time range (the API's default: six months back).</summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>The end of the time range (ranges over twelve months are cut to twelve).</summary>
    public DateTimeOffset? End { get; set; }

    /// <summary>Include in-app survey answers (<see cref="Message.TrackedResponses"/>).</summary>
    public bool? TrackedResponses { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        MetricQuery.Range(Start, End);
        MetricQuery.Add(query, "metric", Metric?.Value);
        MetricQuery.Add(query, "state", State?.Value);
        MetricQuery.Add(query, "start_ts", Start?.ToUnixTimeSeconds());
        MetricQuery.Add(query, "end_ts", End?.ToUnixTimeSeconds());
        MetricQuery.Add(query, "get_tracked_responses", TrackedResponses);
    }
}
