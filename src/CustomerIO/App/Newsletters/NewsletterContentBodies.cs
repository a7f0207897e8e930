using System.Linq;
using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>
/// A language to add to a newsletter or to one of its test groups (<c>POST .../language</c>): the language tag and
/// the content the newsletter's channel needs (an email: subject and body; SMS and webhook: body; push: subject or
/// body; inbox: <see cref="BodyJson"/>). Customer.io checks the channel's fields; the tag is checked here.
/// </summary>
public sealed class NewsletterLanguageCreation : IAppBody
{
    /// <summary>Describes the language.</summary>
    /// <param name="language">The language tag (<c>es</c>, <c>fr</c>, ...).</param>
    public NewsletterLanguageCreation(string language) => Language = language;

    /// <summary>The language tag.</summary>
    [JsonPropertyName("language")]
    public string Language { get; }

    /// <summary>The subject of an email, or the title of a push.</summary>
    [JsonPropertyName("subject")]
    public string? Subject { get; set; }

    /// <summary>The body.</summary>
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    /// <summary>The AMP body of an email.</summary>
    [JsonPropertyName("body_amp")]
    public string? BodyAmp { get; set; }

    /// <summary>The plain-text body of an email.</summary>
    [JsonPropertyName("body_plain")]
    public string? BodyPlain { get; set; }

    /// <summary>The preview text of an email.</summary>
    [JsonPropertyName("preheader_text")]
    public string? PreheaderText { get; set; }

    /// <summary>The content of an inbox message: a JSON object, as text.</summary>
    [JsonPropertyName("body_json")]
    public string? BodyJson { get; set; }

    void IAppBody.Validate(string parameterName)
    {
        Validation.Guard.NotEmpty(Language, parameterName + ".Language", "language tag");
        NewsletterBodies.RequireJsonObject(BodyJson, parameterName + ".BodyJson");
    }
}

/// <summary>
/// Changes to one content of a newsletter (<c>PUT .../contents/{id}</c> and <c>PUT .../language/{language}</c>): only
/// the fields set are sent, the others kept. In-app and inbox contents cannot be changed through the API.
/// </summary>
public sealed class NewsletterContentUpdate : IAppBody
{
    /// <summary>The subject of an email, or the title of a push.</summary>
    [JsonPropertyName("subject")]
    public string? Subject { get; set; }

    /// <summary>The body (not for bodies made in Design Studio or the drag-and-drop editor).</summary>
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    /// <summary>The AMP body of an email.</summary>
    [JsonPropertyName("body_amp")]
    public string? BodyAmp { get; set; }

    /// <summary>The plain-text body of an email, instead of the generated one.</summary>
    [JsonPropertyName("body_plain")]
    public string? BodyPlain { get; set; }

    /// <summary>The preview text of an email.</summary>
    [JsonPropertyName("preheader_text")]
    public string? PreheaderText { get; set; }

    /// <summary>The recipient address (<c>{{customer.email}}</c> by default).</summary>
    [JsonPropertyName("recipient")]
    public string? Recipient { get; set; }

    /// <summary>The sender identity of an email; the current sender is kept when omitted.</summary>
    [JsonPropertyName("from_id")]
    public long? FromId { get; set; }

    /// <summary>The reply-to identity.</summary>
    [JsonPropertyName("reply_to_id")]
    public long? ReplyToId { get; set; }

    /// <summary>Headers to add or change (email and webhook), by name; names and values are ASCII without spaces.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string>? Headers { get; set; }

    [JsonInclude, JsonPropertyName("headers")]
    internal IReadOnlyList<MessageHeaderBody>? HeaderList => MessageHeaderBody.Of(Headers);

    void IAppBody.Validate(string parameterName) => MessageHeaderBody.Validate(Headers, parameterName + ".Headers");
}

/// <summary>One header of a content update: <c>{"name":..,"value":..}</c>.</summary>
internal sealed class MessageHeaderBody(string name, string value)
{
    [JsonPropertyName("name")]
    public string Name { get; } = name;

    [JsonPropertyName("value")]
    public string Value { get; } = value;

    public static IReadOnlyList<MessageHeaderBody>? Of(IReadOnlyDictionary<string, string>? headers) =>
        headers is null ? null : [.. headers.Select(h => new MessageHeaderBody(h.Key, h.Value))];

    /// <summary>Names and values must be non-empty printable ASCII without spaces, as Customer.io documents.</summary>
    public static void Validate(IReadOnlyDictionary<string, string>? headers, string parameterName)
    {
        foreach (var header in headers ?? new Dictionary<string, string>())
        {
            if (!IsToken(header.Key) || !IsToken(header.Value))
            {
                throw new CustomerIOValidationException(parameterName, "Header names and values must be non-empty ASCII text without spaces.");
            }
        }
    }

    private static bool IsToken(string? text) => !string.IsNullOrEmpty(text) && text.All(c => c is > ' ' and <= '~');
}
