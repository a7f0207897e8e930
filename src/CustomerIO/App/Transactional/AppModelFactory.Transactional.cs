namespace CustomerIO.App;

/// <summary>The transactional template answers, for tests of code that uses a mocked <see cref="TransactionalClient"/>.</summary>
public static partial class AppModelFactory
{
    /// <summary>A transactional template.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="description">What it is for.</param>
    /// <param name="sendToUnsubscribed">Whether unsubscribed people can be sent it.</param>
    /// <param name="linkTracking">Whether links are tracked.</param>
    /// <param name="openTracking">Whether opens are tracked.</param>
    /// <param name="hideMessageBody">Whether contents stay out of delivery history.</param>
    /// <param name="queueDrafts">Whether sends queue as drafts.</param>
    /// <param name="createdAt">When it was created.</param>
    /// <param name="updatedAt">When it last changed.</param>
    /// <returns>The template.</returns>
    public static TransactionalTemplateInfo TransactionalTemplateInfo(
        long id, string? name = null, string? description = null, bool? sendToUnsubscribed = null, bool? linkTracking = null, bool? openTracking = null,
        bool? hideMessageBody = null, bool? queueDrafts = null, DateTimeOffset? createdAt = null, DateTimeOffset? updatedAt = null) =>
        new()
        {
            Id = id, Name = name, Description = description, SendToUnsubscribed = sendToUnsubscribed, LinkTracking = linkTracking, OpenTracking = openTracking,
            HideMessageBody = hideMessageBody, QueueDrafts = queueDrafts, CreatedAt = createdAt, UpdatedAt = updatedAt,
        };

    /// <summary>A content of a transactional template.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="language">Its language tag; empty for the default.</param>
    /// <param name="type">Its channel.</param>
    /// <param name="subject">Its subject.</param>
    /// <param name="body">Its body.</param>
    /// <param name="name">The template's name.</param>
    /// <param name="from">The sender address.</param>
    /// <param name="recipient">The recipient address.</param>
    /// <param name="preheaderText">The preview text.</param>
    /// <returns>The content.</returns>
    public static TransactionalContent TransactionalContent(
        long id, string? language = null, TransactionalContentType? type = null, string? subject = null, string? body = null, string? name = null,
        string? from = null, string? recipient = null, string? preheaderText = null) =>
        new()
        {
            Id = id, Language = language, Type = type, Subject = subject, Body = body, Name = name, From = from, Recipient = recipient,
            PreheaderText = preheaderText,
        };
}
