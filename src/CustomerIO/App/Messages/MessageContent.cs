using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>
/// What a message is made of, as campaign and broadcast actions, newsletter contents and transactional template
/// contents all answer it: subject, bodies, envelope and headers. Fields a channel does not use are null.
/// </summary>
public abstract class MessageContent
{
    private protected MessageContent()
    {
    }

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

    /// <summary>The CSS pre-processor (<c>premailer</c>), when it is on.</summary>
    [JsonInclude, JsonPropertyName("preprocessor")]
    public string? Preprocessor { get; internal set; }
}
