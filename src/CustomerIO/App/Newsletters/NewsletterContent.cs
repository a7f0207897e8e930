using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>
/// One content of a newsletter: its message in one language, or one variant of an A/B test. Which fields are set
/// depends on the channel (<see cref="Type"/>): an email has a subject, sender and body; an SMS a body.
/// </summary>
public sealed class NewsletterContent : MessageContent
{
    [JsonConstructor]
    internal NewsletterContent()
    {
    }

    /// <summary>The content's id (a <c>content_id</c>).</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The newsletter it belongs to.</summary>
    [JsonInclude, JsonPropertyName("newsletter_id")]
    public long? NewsletterId { get; internal set; }

    /// <summary>An id of the form <c>id:timestamp</c> that changes whenever the content changes.</summary>
    [JsonInclude, JsonPropertyName("deduplicate_id")]
    public string? DeduplicateId { get; internal set; }

    /// <summary>The variant's name, if it has one.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The language tag (<c>fr</c>, ...); empty for the default language.</summary>
    [JsonInclude, JsonPropertyName("language")]
    public string? Language { get; internal set; }

    /// <summary>The channel.</summary>
    [JsonInclude, JsonPropertyName("type")]
    public NewsletterType? Type { get; internal set; }

    /// <summary>The layout the body is placed in, if any.</summary>
    [JsonInclude, JsonPropertyName("layout")]
    public string? Layout { get; internal set; }

}
