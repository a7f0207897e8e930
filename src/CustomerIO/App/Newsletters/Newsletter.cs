using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>A newsletter (a one-time send): a message sent once to an audience, with one content per language or A/B variant.</summary>
public sealed class Newsletter
{
    [JsonConstructor]
    internal Newsletter()
    {
    }

    /// <summary>The newsletter's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>An id of the form <c>id:timestamp</c> that changes whenever the newsletter changes.</summary>
    [JsonInclude, JsonPropertyName("deduplicate_id")]
    public string? DeduplicateId { get; internal set; }

    /// <summary>The newsletter's name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The channel (<see cref="NewsletterType.Email"/>, <see cref="NewsletterType.Sms"/>, ...; the API may add more).</summary>
    [JsonInclude, JsonPropertyName("type")]
    public NewsletterType? Type { get; internal set; }

    /// <summary>The newsletter's tags.</summary>
    [JsonInclude, JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; internal set; }

    /// <summary>Its contents: one per language, or per language of each A/B test group.</summary>
    [JsonInclude, JsonPropertyName("content_ids")]
    public IReadOnlyList<long>? ContentIds { get; internal set; }

    /// <summary>The segments its recipient conditions include, if any.</summary>
    [JsonInclude, JsonPropertyName("recipient_segment_ids")]
    public IReadOnlyList<long>? RecipientSegmentIds { get; internal set; }

    /// <summary>The subscription topic its audience was chosen by, when the workspace has a subscription center.</summary>
    [JsonInclude, JsonPropertyName("subscription_topic_id")]
    public long? SubscriptionTopicId { get; internal set; }

    /// <summary>When it was last sent; null for a draft.</summary>
    [JsonInclude, JsonPropertyName("sent_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? SentAt { get; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude, JsonPropertyName("created"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Created { get; internal set; }

    /// <summary>When it last changed.</summary>
    [JsonInclude, JsonPropertyName("updated"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Updated { get; internal set; }
}

/// <summary>One A/B test group of a newsletter: its variants' contents and whether it won.</summary>
public sealed class NewsletterTestGroup
{
    [JsonConstructor]
    internal NewsletterTestGroup()
    {
    }

    /// <summary>The group's id (pass it as text to the test group language calls).</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The group's name (<c>A</c>, <c>B</c>, ...).</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The variant's label.</summary>
    [JsonInclude, JsonPropertyName("label")]
    public string? Label { get; internal set; }

    /// <summary>Whether this group won the test.</summary>
    [JsonInclude, JsonPropertyName("winner")]
    public bool Winner { get; internal set; }

    /// <summary>The contents of the group's variants (the OpenAPI types them as text; numbers are read as their digits).</summary>
    [JsonInclude, JsonPropertyName("content_ids"), JsonConverter(typeof(LenientStringListJsonConverter))]
    public IReadOnlyList<string>? ContentIds { get; internal set; }
}
