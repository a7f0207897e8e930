using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>The archived copy of a message as it was sent: its full body and headers (nothing when it was forgotten).</summary>
public sealed class ArchivedMessage
{
    [JsonConstructor]
    internal ArchivedMessage()
    {
    }

    /// <summary>The delivery's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public string? Id { get; internal set; }

    /// <summary>Where it went.</summary>
    [JsonInclude, JsonPropertyName("recipient")]
    public string? Recipient { get; internal set; }

    /// <summary>The subject of an email.</summary>
    [JsonInclude, JsonPropertyName("subject")]
    public string? Subject { get; internal set; }

    /// <summary>The complete body.</summary>
    [JsonInclude, JsonPropertyName("body")]
    public string? Body { get; internal set; }

    /// <summary>The preview text of an email.</summary>
    [JsonInclude, JsonPropertyName("preheader_text")]
    public string? PreheaderText { get; internal set; }

    /// <summary>The sender address.</summary>
    [JsonInclude, JsonPropertyName("from")]
    public string? From { get; internal set; }

    /// <summary>The reply-to address.</summary>
    [JsonInclude, JsonPropertyName("reply_to")]
    public string? ReplyTo { get; internal set; }

    /// <summary>The carbon-copy addresses.</summary>
    [JsonInclude, JsonPropertyName("cc")]
    public string? Cc { get; internal set; }

    /// <summary>The blind-copy addresses.</summary>
    [JsonInclude, JsonPropertyName("bcc")]
    public string? Bcc { get; internal set; }

    /// <summary>Whether blind copies went as one copy with the recipients in the subject.</summary>
    [JsonInclude, JsonPropertyName("fake_bcc")]
    public bool? FakeBcc { get; internal set; }

    /// <summary>Extra email headers, as the JSON text Customer.io answers.</summary>
    [JsonInclude, JsonPropertyName("headers")]
    public string? Headers { get; internal set; }

    /// <summary>Whether Customer.io kept no copy of the content.</summary>
    [JsonInclude, JsonPropertyName("forgotten")]
    public bool Forgotten { get; internal set; }

    /// <summary>The URL of a webhook.</summary>
    [JsonInclude, JsonPropertyName("url")]
    public string? Url { get; internal set; }

    /// <summary>The HTTP method of a webhook, as Customer.io writes it (<c>POST</c>, ...).</summary>
    [JsonInclude, JsonPropertyName("request_method")]
    public string? RequestMethod { get; internal set; }
}

/// <summary><c>{"archived_message":{..}}</c>.</summary>
internal sealed class ArchivedMessageAnswer
{
    [JsonPropertyName("archived_message")]
    public ArchivedMessage? ArchivedMessage { get; set; }
}
