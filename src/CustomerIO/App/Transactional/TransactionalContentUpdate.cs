using System.Text.Json.Serialization;

namespace CustomerIO.App;

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
