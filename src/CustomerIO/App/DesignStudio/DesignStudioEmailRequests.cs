using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>A Design Studio email to create (<c>POST /v1/design_studio/emails</c>): a name, and optionally its content.</summary>
public sealed class DesignStudioEmailCreation : IAppBody
{
    /// <summary>Describes the email.</summary>
    /// <param name="name">Its display name (1 to 255 characters).</param>
    public DesignStudioEmailCreation(string name) => Name = name;

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>The folder to create it in (a UUID); the root when omitted.</summary>
    [JsonPropertyName("parent_folder_id")]
    public string? ParentFolderId { get; set; }

    /// <summary>Whether it is a reusable template; the API's default (<c>false</c>) when omitted.</summary>
    [JsonPropertyName("is_template")]
    public bool? IsTemplate { get; set; }

    /// <summary>Its subject, preheader and bodies.</summary>
    [JsonPropertyName("content")]
    public DesignStudioEmailContentSettings? Content { get; set; }

    /// <summary>Its from, reply-to, recipient and headers.</summary>
    [JsonPropertyName("envelope")]
    public DesignStudioEmailEnvelopeSettings? Envelope { get; set; }

    /// <summary>Transformers for its HTML, as the OpenAPI's <c>transformers</c> object (a JSON object).</summary>
    [JsonPropertyName("transformers")]
    public JsonElement? Transformers { get; set; }

    void IAppBody.Validate(string parameterName)
    {
        DesignStudioRules.DisplayName(Name, parameterName + ".Name");
        DesignStudioRules.FolderId(ParentFolderId, parameterName + ".ParentFolderId");
        DesignStudioEmailRules.Transformers(Transformers, parameterName + ".Transformers");
    }
}

/// <summary>New values for a Design Studio email (<c>PUT /v1/design_studio/emails/{id}</c>); at least one is set, the others stay.</summary>
public sealed class DesignStudioEmailChanges : IAppBody
{
    /// <summary>The new display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The folder to move it into (a UUID).</summary>
    [JsonPropertyName("parent_folder_id")]
    public string? ParentFolderId { get; set; }

    /// <summary>Whether it is a reusable template.</summary>
    [JsonPropertyName("is_template")]
    public bool? IsTemplate { get; set; }

    /// <summary>New content.</summary>
    [JsonPropertyName("content")]
    public DesignStudioEmailContentSettings? Content { get; set; }

    /// <summary>A new envelope.</summary>
    [JsonPropertyName("envelope")]
    public DesignStudioEmailEnvelopeSettings? Envelope { get; set; }

    /// <summary>New transformers (a JSON object).</summary>
    [JsonPropertyName("transformers")]
    public JsonElement? Transformers { get; set; }

    void IAppBody.Validate(string parameterName)
    {
        if (Name is null && ParentFolderId is null && IsTemplate is null && Content is null && Envelope is null && Transformers is null)
        {
            throw new CustomerIOValidationException(parameterName, "An email update needs at least one new value.");
        }

        if (Name is not null)
        {
            DesignStudioRules.DisplayName(Name, parameterName + ".Name");
        }

        DesignStudioRules.FolderId(ParentFolderId, parameterName + ".ParentFolderId");
        DesignStudioEmailRules.Transformers(Transformers, parameterName + ".Transformers");
    }
}

/// <summary>
/// A translation to add to a Design Studio email (<c>POST /v1/design_studio/emails/{id}/languages</c>): its language,
/// and optionally its own content and envelope (what is omitted is copied from the default email).
/// </summary>
public sealed class DesignStudioEmailTranslationCreation : IAppBody
{
    /// <summary>Describes the translation.</summary>
    /// <param name="language">Its language code, for example <c>es</c>.</param>
    public DesignStudioEmailTranslationCreation(string language) => Language = language;

    /// <summary>The language code.</summary>
    [JsonPropertyName("language")]
    public string Language { get; }

    /// <summary>Its subject, preheader and bodies.</summary>
    [JsonPropertyName("content")]
    public DesignStudioEmailContentSettings? Content { get; set; }

    /// <summary>Its envelope.</summary>
    [JsonPropertyName("envelope")]
    public DesignStudioEmailEnvelopeSettings? Envelope { get; set; }

    /// <summary>Transformers for its HTML (a JSON object).</summary>
    [JsonPropertyName("transformers")]
    public JsonElement? Transformers { get; set; }

    void IAppBody.Validate(string parameterName)
    {
        Validation.Guard.NotEmpty(Language, parameterName + ".Language", "language code");
        DesignStudioEmailRules.Transformers(Transformers, parameterName + ".Transformers");
    }
}

/// <summary>New values for one language of a Design Studio email (<c>PUT /v1/design_studio/emails/{id}/languages/{language}</c>).</summary>
public sealed class DesignStudioEmailTranslationChanges : IAppBody
{
    /// <summary>New content.</summary>
    [JsonPropertyName("content")]
    public DesignStudioEmailContentSettings? Content { get; set; }

    /// <summary>A new envelope.</summary>
    [JsonPropertyName("envelope")]
    public DesignStudioEmailEnvelopeSettings? Envelope { get; set; }

    /// <summary>New transformers (a JSON object).</summary>
    [JsonPropertyName("transformers")]
    public JsonElement? Transformers { get; set; }

    void IAppBody.Validate(string parameterName)
    {
        if (Content is null && Envelope is null && Transformers is null)
        {
            throw new CustomerIOValidationException(parameterName, "A translation update needs new content, a new envelope or new transformers.");
        }

        DesignStudioEmailRules.Transformers(Transformers, parameterName + ".Transformers");
    }
}

/// <summary>An email's content to send: what is set is written, the rest omitted.</summary>
public sealed class DesignStudioEmailContentSettings
{
    /// <summary>The subject line.</summary>
    [JsonPropertyName("subject")]
    public string? Subject { get; set; }

    /// <summary>The preview text.</summary>
    [JsonPropertyName("preheader_text")]
    public string? PreheaderText { get; set; }

    /// <summary>The HTML body.</summary>
    [JsonPropertyName("html")]
    public string? Html { get; set; }

    /// <summary>The AMP HTML body.</summary>
    [JsonPropertyName("amp")]
    public string? Amp { get; set; }

    /// <summary>The plain text body.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }
}

/// <summary>An email's envelope to send: what is set is written, the rest omitted.</summary>
public sealed class DesignStudioEmailEnvelopeSettings
{
    /// <summary>The sender identity's id (it must exist).</summary>
    [JsonPropertyName("from_id")]
    public long? FromId { get; set; }

    /// <summary>The reply-to identity's id (it must exist).</summary>
    [JsonPropertyName("reply_to_id")]
    public long? ReplyToId { get; set; }

    /// <summary>The recipient expression; <c>{{customer.email}}</c> when omitted.</summary>
    [JsonPropertyName("recipient")]
    public string? Recipient { get; set; }

    /// <summary>A BCC address.</summary>
    [JsonPropertyName("bcc")]
    public string? Bcc { get; set; }

    /// <summary>Whether the BCC is a fake BCC; the API's default (<c>true</c>) when omitted.</summary>
    [JsonPropertyName("fake_bcc")]
    public bool? FakeBcc { get; set; }

    /// <summary>Custom headers.</summary>
    [JsonPropertyName("headers")]
    public IReadOnlyList<DesignStudioEmailHeader>? Headers { get; set; }
}

/// <summary>The rules the email bodies share.</summary>
internal static class DesignStudioEmailRules
{
    public static void Transformers(JsonElement? transformers, string parameterName)
    {
        if (transformers is { } value && value.ValueKind != JsonValueKind.Object)
        {
            throw new CustomerIOValidationException(parameterName, $"An email's transformers must be a JSON object; this one is {value.ValueKind}.");
        }
    }
}
