using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>
/// A change to an action of a campaign or broadcast, or to one of its languages
/// (<c>PUT .../actions/{action_id}</c>, <c>PUT .../actions/{action_id}/language/{language}</c>): only the fields set
/// are sent. Customer.io refuses a body change for content made with its drag-and-drop editor.
/// </summary>
public sealed class ActionUpdate : IAppBody
{
    /// <summary>The body (for WhatsApp, the JSON text of the template and its parameters).</summary>
    [JsonPropertyName("body")]
    public string? Body { get; set; }

    /// <summary>The AMP body of an email.</summary>
    [JsonPropertyName("body_amp")]
    public string? BodyAmp { get; set; }

    /// <summary>The visual editor's content (WhatsApp).</summary>
    [JsonPropertyName("body_json")]
    public string? BodyJson { get; set; }

    /// <summary>The subject of an email.</summary>
    [JsonPropertyName("subject")]
    public string? Subject { get; set; }

    /// <summary>The preview text of an email.</summary>
    [JsonPropertyName("preheader_text")]
    public string? PreheaderText { get; set; }

    /// <summary>The sender identity of an email (see the sender identities list).</summary>
    [JsonPropertyName("from_id")]
    public long? FromId { get; set; }

    /// <summary>The reply-to sender identity.</summary>
    [JsonPropertyName("reply_to_id")]
    public long? ReplyToId { get; set; }

    /// <summary>The recipient, usually Liquid such as <c>{{customer.email}}</c>.</summary>
    [JsonPropertyName("recipient")]
    public string? Recipient { get; set; }

    /// <summary>Email headers to add or change (names and values ASCII, without spaces).</summary>
    [JsonPropertyName("headers")]
    public IReadOnlyList<ActionHeader>? Headers { get; set; }

    /// <summary>How the action sends when reached.</summary>
    [JsonPropertyName("sending_state")]
    public SendingState? SendingState { get; set; }

    /// <summary>The image of an MMS.</summary>
    [JsonPropertyName("image_url")]
    public string? ImageUrl { get; set; }

    /// <summary>The URL a webhook action calls.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The HTTP method of a webhook action.</summary>
    [JsonPropertyName("method")]
    public WebhookMethod? Method { get; set; }

    /// <summary>For WhatsApp: whether it also goes to unsubscribed people.</summary>
    [JsonPropertyName("send_to_unsubscribed")]
    public bool? SendToUnsubscribed { get; set; }

    /// <summary>For WhatsApp: the business phone number it sends from.</summary>
    [JsonPropertyName("sender_identity_id")]
    public long? SenderIdentityId { get; set; }

    /// <summary>For WhatsApp: whether links in template parameters are tracked.</summary>
    [JsonPropertyName("tracked")]
    public bool? Tracked { get; set; }

    void IAppBody.Validate(string parameterName)
    {
        if (Body is null && BodyAmp is null && BodyJson is null && Subject is null && PreheaderText is null && FromId is null && ReplyToId is null
            && Recipient is null && Headers is null && SendingState is null && ImageUrl is null && Url is null && Method is null
            && SendToUnsubscribed is null && SenderIdentityId is null && Tracked is null)
        {
            throw new CustomerIOValidationException(parameterName, "An action update needs at least one field to change.");
        }

        for (var i = 0; i < (Headers?.Count ?? 0); i++)
        {
            var header = Headers![i] ?? throw new CustomerIOValidationException($"{parameterName}.Headers[{i}]", "A header must not be null.");
            Token(header.Name, $"{parameterName}.Headers[{i}].Name", "header name");
            Token(header.Value, $"{parameterName}.Headers[{i}].Value", "header value");
        }
    }

    // Customer.io takes header names and values as ASCII text without spaces.
    private static void Token(string? value, string parameterName, string what)
    {
        Validation.Guard.NotEmpty(value, parameterName, what);
        foreach (var c in value!)
        {
            if (c <= ' ' || c > '~')
            {
                throw new CustomerIOValidationException(parameterName, $"A {what} must be printable ASCII without spaces.");
            }
        }
    }
}

/// <summary>An email header of an action.</summary>
public sealed class ActionHeader
{
    /// <summary>Describes the header.</summary>
    /// <param name="name">Its name, for example <c>X-Mailgun-Tag</c>.</param>
    /// <param name="value">Its value.</param>
    public ActionHeader(string name, string value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The header's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>The header's value.</summary>
    [JsonPropertyName("value")]
    public string Value { get; }
}
