using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>
/// A Design Studio email (its default language). List answers carry only its summary (id, name, folder, flags, times);
/// <see cref="DesignStudioClient.GetEmailAsync"/> answers the content and envelope too.
/// </summary>
public sealed class DesignStudioEmail
{
    [JsonConstructor]
    internal DesignStudioEmail()
    {
    }

    /// <summary>The email's id (a UUID).</summary>
    [JsonInclude, JsonPropertyName("id")]
    public string? Id { get; internal set; }

    /// <summary>The email's display name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The folder it is in; null at the root.</summary>
    [JsonInclude, JsonPropertyName("parent_folder_id")]
    public string? ParentFolderId { get; internal set; }

    /// <summary>Whether it is a reusable template.</summary>
    [JsonInclude, JsonPropertyName("is_template")]
    public bool IsTemplate { get; internal set; }

    /// <summary>Whether it is linked to a workflow (a campaign, broadcast, newsletter or transactional message).</summary>
    [JsonInclude, JsonPropertyName("is_linked")]
    public bool IsLinked { get; internal set; }

    /// <summary>Whether it has translations (list answers).</summary>
    [JsonInclude, JsonPropertyName("has_translations")]
    public bool? HasTranslations { get; internal set; }

    /// <summary>The language codes it has been translated to.</summary>
    [JsonInclude, JsonPropertyName("available_languages")]
    public IReadOnlyList<string>? AvailableLanguages { get; internal set; }

    /// <summary>Its subject, preheader and bodies.</summary>
    [JsonInclude, JsonPropertyName("content")]
    public DesignStudioEmailContent? Content { get; internal set; }

    /// <summary>Its from, reply-to, recipient and headers.</summary>
    [JsonInclude, JsonPropertyName("envelope")]
    public DesignStudioEmailEnvelope? Envelope { get; internal set; }

    /// <summary>The transformers applied to its HTML (CSS inlining, minifying, accessibility, ...), as the API answers them.</summary>
    [JsonInclude, JsonPropertyName("transformers")]
    public JsonElement? Transformers { get; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude, JsonPropertyName("created"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Created { get; internal set; }

    /// <summary>When it last changed.</summary>
    [JsonInclude, JsonPropertyName("updated"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Updated { get; internal set; }
}

/// <summary>One language of a Design Studio email: a translation of its default email.</summary>
public sealed class DesignStudioEmailTranslation
{
    [JsonConstructor]
    internal DesignStudioEmailTranslation()
    {
    }

    /// <summary>The translation's own id (a UUID).</summary>
    [JsonInclude, JsonPropertyName("id")]
    public string? Id { get; internal set; }

    /// <summary>The translation's language code, for example <c>fr</c>.</summary>
    [JsonInclude, JsonPropertyName("language")]
    public string? Language { get; internal set; }

    /// <summary>The default email's id, which groups its translations.</summary>
    [JsonInclude, JsonPropertyName("language_group_id")]
    public string? LanguageGroupId { get; internal set; }

    /// <summary>The folder it is in; null at the root.</summary>
    [JsonInclude, JsonPropertyName("parent_folder_id")]
    public string? ParentFolderId { get; internal set; }

    /// <summary>The language codes the default email has been translated to.</summary>
    [JsonInclude, JsonPropertyName("available_languages")]
    public IReadOnlyList<string>? AvailableLanguages { get; internal set; }

    /// <summary>Whether it is a template.</summary>
    [JsonInclude, JsonPropertyName("is_template")]
    public bool IsTemplate { get; internal set; }

    /// <summary>Whether it is linked to a workflow.</summary>
    [JsonInclude, JsonPropertyName("is_linked")]
    public bool IsLinked { get; internal set; }

    /// <summary>Its subject, preheader and bodies.</summary>
    [JsonInclude, JsonPropertyName("content")]
    public DesignStudioEmailContent? Content { get; internal set; }

    /// <summary>Its from, reply-to, recipient and headers.</summary>
    [JsonInclude, JsonPropertyName("envelope")]
    public DesignStudioEmailEnvelope? Envelope { get; internal set; }

    /// <summary>The transformers applied to its HTML, as the API answers them.</summary>
    [JsonInclude, JsonPropertyName("transformers")]
    public JsonElement? Transformers { get; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude, JsonPropertyName("created"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Created { get; internal set; }

    /// <summary>When it last changed.</summary>
    [JsonInclude, JsonPropertyName("updated"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Updated { get; internal set; }
}

/// <summary>A Design Studio email's content.</summary>
public sealed class DesignStudioEmailContent
{
    [JsonConstructor]
    internal DesignStudioEmailContent()
    {
    }

    /// <summary>The subject line.</summary>
    [JsonInclude, JsonPropertyName("subject")]
    public string? Subject { get; internal set; }

    /// <summary>The preview text.</summary>
    [JsonInclude, JsonPropertyName("preheader_text")]
    public string? PreheaderText { get; internal set; }

    /// <summary>The HTML body.</summary>
    [JsonInclude, JsonPropertyName("html")]
    public string? Html { get; internal set; }

    /// <summary>The AMP HTML body.</summary>
    [JsonInclude, JsonPropertyName("amp")]
    public string? Amp { get; internal set; }

    /// <summary>The plain text body.</summary>
    [JsonInclude, JsonPropertyName("text")]
    public string? Text { get; internal set; }
}

/// <summary>A Design Studio email's envelope: who it is from and to, and its headers.</summary>
public sealed class DesignStudioEmailEnvelope
{
    [JsonConstructor]
    internal DesignStudioEmailEnvelope()
    {
    }

    /// <summary>The sender identity's id.</summary>
    [JsonInclude, JsonPropertyName("from_id")]
    public long? FromId { get; internal set; }

    /// <summary>The sender identity's address.</summary>
    [JsonInclude, JsonPropertyName("from")]
    public string? From { get; internal set; }

    /// <summary>The reply-to identity's id.</summary>
    [JsonInclude, JsonPropertyName("reply_to_id")]
    public long? ReplyToId { get; internal set; }

    /// <summary>The reply-to identity's address.</summary>
    [JsonInclude, JsonPropertyName("reply_to")]
    public string? ReplyTo { get; internal set; }

    /// <summary>The recipient expression (<c>{{customer.email}}</c> by default).</summary>
    [JsonInclude, JsonPropertyName("recipient")]
    public string? Recipient { get; internal set; }

    /// <summary>The BCC address.</summary>
    [JsonInclude, JsonPropertyName("bcc")]
    public string? Bcc { get; internal set; }

    /// <summary>Whether the BCC is a fake BCC.</summary>
    [JsonInclude, JsonPropertyName("fake_bcc")]
    public bool? FakeBcc { get; internal set; }

    /// <summary>Custom headers.</summary>
    [JsonInclude, JsonPropertyName("headers")]
    public IReadOnlyList<DesignStudioEmailHeader>? Headers { get; internal set; }
}

/// <summary>A custom email header: a name and a value (both may hold Liquid).</summary>
public sealed class DesignStudioEmailHeader
{
    /// <summary>Describes the header.</summary>
    /// <param name="name">The header's name.</param>
    /// <param name="value">The header's value.</param>
    [JsonConstructor]
    public DesignStudioEmailHeader(string name, string value)
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
