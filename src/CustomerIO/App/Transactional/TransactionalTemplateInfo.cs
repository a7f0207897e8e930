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
public sealed class TransactionalContent : MessageContent
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

    /// <summary>When it was created.</summary>
    [JsonInclude, JsonPropertyName("created"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Created { get; internal set; }

    /// <summary>When it last changed.</summary>
    [JsonInclude, JsonPropertyName("updated"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Updated { get; internal set; }
}
