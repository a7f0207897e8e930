using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>
/// One content of a newsletter: its message in one language, or one variant of an A/B test. Which fields are set
/// depends on the channel (<see cref="Type"/>): an email has a subject, sender and body; an SMS a body.
/// </summary>
public sealed class NewsletterContent
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

    /// <summary>The subject line of an email (or the title of a push).</summary>
    [JsonInclude, JsonPropertyName("subject")]
    public string? Subject { get; internal set; }

    /// <summary>The body.</summary>
    [JsonInclude, JsonPropertyName("body")]
    public string? Body { get; internal set; }

    /// <summary>The AMP body of an email.</summary>
    [JsonInclude, JsonPropertyName("body_amp")]
    public string? BodyAmp { get; internal set; }

    /// <summary>The preview text shown beside or under an email's subject.</summary>
    [JsonInclude, JsonPropertyName("preheader_text")]
    public string? PreheaderText { get; internal set; }

    /// <summary>The sender address of an email.</summary>
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

    /// <summary>The extra email headers, as the JSON text the API answers (<c>[{"name":..,"value":..}]</c>).</summary>
    [JsonInclude, JsonPropertyName("headers")]
    public string? Headers { get; internal set; }

    /// <summary>The layout the body is placed in, if any.</summary>
    [JsonInclude, JsonPropertyName("layout")]
    public string? Layout { get; internal set; }

    /// <summary><c>premailer</c> when CSS pre-processing is on.</summary>
    [JsonInclude, JsonPropertyName("preprocessor")]
    public string? Preprocessor { get; internal set; }
}
