using System.Linq;
using System.Text.Json;

namespace CustomerIO.App;

/// <summary>The Design Studio answers, for tests of code that uses a mocked <see cref="DesignStudioClient"/>.</summary>
public static partial class AppModelFactory
{
    /// <summary>A Design Studio folder.</summary>
    /// <param name="id">Its UUID.</param>
    /// <param name="name">Its name.</param>
    /// <param name="parentFolderId">Its folder; null at the root.</param>
    /// <param name="created">When it was created.</param>
    /// <param name="updated">When it last changed.</param>
    /// <returns>The folder.</returns>
    public static DesignStudioFolder DesignStudioFolder(string id, string? name = null, string? parentFolderId = null, DateTimeOffset? created = null, DateTimeOffset? updated = null) =>
        new() { Id = id, Name = name, ParentFolderId = parentFolderId, Created = created, Updated = updated };

    /// <summary>A Design Studio component.</summary>
    /// <param name="id">Its UUID.</param>
    /// <param name="name">Its display name.</param>
    /// <param name="tag">Its tag name.</param>
    /// <param name="content">Its HTML.</param>
    /// <param name="parentFolderId">Its folder; null at the root.</param>
    /// <param name="created">When it was created.</param>
    /// <param name="updated">When it last changed.</param>
    /// <returns>The component.</returns>
    public static DesignStudioComponent DesignStudioComponent(
        string id, string? name = null, string? tag = null, string? content = null, string? parentFolderId = null, DateTimeOffset? created = null, DateTimeOffset? updated = null) =>
        new() { Id = id, Name = name, Tag = tag, Content = content, ParentFolderId = parentFolderId, Created = created, Updated = updated };

    /// <summary>A Design Studio email.</summary>
    /// <param name="id">Its UUID.</param>
    /// <param name="name">Its display name.</param>
    /// <param name="parentFolderId">Its folder; null at the root.</param>
    /// <param name="isTemplate">Whether it is a template.</param>
    /// <param name="isLinked">Whether it is linked to a workflow.</param>
    /// <param name="hasTranslations">Whether it has translations.</param>
    /// <param name="availableLanguages">Its translations' languages.</param>
    /// <param name="content">Its content.</param>
    /// <param name="envelope">Its envelope.</param>
    /// <param name="transformers">Its transformers.</param>
    /// <param name="created">When it was created.</param>
    /// <param name="updated">When it last changed.</param>
    /// <returns>The email.</returns>
    public static DesignStudioEmail DesignStudioEmail(
        string id, string? name = null, string? parentFolderId = null, bool isTemplate = false, bool isLinked = false, bool? hasTranslations = null,
        IEnumerable<string>? availableLanguages = null, DesignStudioEmailContent? content = null, DesignStudioEmailEnvelope? envelope = null,
        JsonElement? transformers = null, DateTimeOffset? created = null, DateTimeOffset? updated = null) =>
        new()
        {
            Id = id, Name = name, ParentFolderId = parentFolderId, IsTemplate = isTemplate, IsLinked = isLinked, HasTranslations = hasTranslations,
            AvailableLanguages = availableLanguages?.ToArray(), Content = content, Envelope = envelope, Transformers = transformers?.Clone(), Created = created, Updated = updated,
        };

    /// <summary>One language of a Design Studio email.</summary>
    /// <param name="id">Its UUID.</param>
    /// <param name="language">Its language code.</param>
    /// <param name="languageGroupId">The default email's UUID.</param>
    /// <param name="parentFolderId">Its folder; null at the root.</param>
    /// <param name="availableLanguages">The default email's translations' languages.</param>
    /// <param name="isTemplate">Whether it is a template.</param>
    /// <param name="isLinked">Whether it is linked to a workflow.</param>
    /// <param name="content">Its content.</param>
    /// <param name="envelope">Its envelope.</param>
    /// <param name="transformers">Its transformers.</param>
    /// <param name="created">When it was created.</param>
    /// <param name="updated">When it last changed.</param>
    /// <returns>The translation.</returns>
    public static DesignStudioEmailTranslation DesignStudioEmailTranslation(
        string id, string? language = null, string? languageGroupId = null, string? parentFolderId = null, IEnumerable<string>? availableLanguages = null,
        bool isTemplate = false, bool isLinked = false, DesignStudioEmailContent? content = null, DesignStudioEmailEnvelope? envelope = null,
        JsonElement? transformers = null, DateTimeOffset? created = null, DateTimeOffset? updated = null) =>
        new()
        {
            Id = id, Language = language, LanguageGroupId = languageGroupId, ParentFolderId = parentFolderId, AvailableLanguages = availableLanguages?.ToArray(),
            IsTemplate = isTemplate, IsLinked = isLinked, Content = content, Envelope = envelope, Transformers = transformers?.Clone(), Created = created, Updated = updated,
        };

    /// <summary>A Design Studio email's content.</summary>
    /// <param name="subject">The subject line.</param>
    /// <param name="preheaderText">The preview text.</param>
    /// <param name="html">The HTML body.</param>
    /// <param name="amp">The AMP body.</param>
    /// <param name="text">The plain text body.</param>
    /// <returns>The content.</returns>
    public static DesignStudioEmailContent DesignStudioEmailContent(string? subject = null, string? preheaderText = null, string? html = null, string? amp = null, string? text = null) =>
        new() { Subject = subject, PreheaderText = preheaderText, Html = html, Amp = amp, Text = text };

    /// <summary>A Design Studio email's envelope.</summary>
    /// <param name="fromId">The sender identity's id.</param>
    /// <param name="from">Its address.</param>
    /// <param name="replyToId">The reply-to identity's id.</param>
    /// <param name="replyTo">Its address.</param>
    /// <param name="recipient">The recipient expression.</param>
    /// <param name="bcc">The BCC address.</param>
    /// <param name="fakeBcc">Whether the BCC is fake.</param>
    /// <param name="headers">Custom headers.</param>
    /// <returns>The envelope.</returns>
    public static DesignStudioEmailEnvelope DesignStudioEmailEnvelope(
        long? fromId = null, string? from = null, long? replyToId = null, string? replyTo = null, string? recipient = null, string? bcc = null, bool? fakeBcc = null,
        IEnumerable<DesignStudioEmailHeader>? headers = null) =>
        new() { FromId = fromId, From = from, ReplyToId = replyToId, ReplyTo = replyTo, Recipient = recipient, Bcc = bcc, FakeBcc = fakeBcc, Headers = headers?.ToArray() };
}
