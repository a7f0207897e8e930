using System.Linq;

namespace CustomerIO.App;

/// <summary>The Newsletters answers, for tests of code that uses a mocked <see cref="NewslettersClient"/>.</summary>
public static partial class AppModelFactory
{
    /// <summary>A newsletter.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="type">Its channel.</param>
    /// <param name="contentIds">Its contents.</param>
    /// <param name="recipientSegmentIds">The segments its recipients come from.</param>
    /// <param name="tags">Its tags.</param>
    /// <param name="subscriptionTopicId">Its subscription topic.</param>
    /// <param name="sentAt">When it was last sent; null for a draft.</param>
    /// <param name="created">When it was created.</param>
    /// <param name="updated">When it last changed.</param>
    /// <param name="deduplicateId">Its deduplication id.</param>
    /// <returns>The newsletter.</returns>
    public static Newsletter Newsletter(
        long id, string? name = null, NewsletterType? type = null, IEnumerable<long>? contentIds = null, IEnumerable<long>? recipientSegmentIds = null,
        IEnumerable<string>? tags = null, long? subscriptionTopicId = null, DateTimeOffset? sentAt = null, DateTimeOffset? created = null,
        DateTimeOffset? updated = null, string? deduplicateId = null) =>
        new()
        {
            Id = id, Name = name, Type = type, ContentIds = contentIds?.ToArray(), RecipientSegmentIds = recipientSegmentIds?.ToArray(), Tags = tags?.ToArray(),
            SubscriptionTopicId = subscriptionTopicId, SentAt = sentAt, Created = created, Updated = updated, DeduplicateId = deduplicateId,
        };

    /// <summary>A newsletter content (a language or an A/B variant).</summary>
    /// <param name="id">Its id.</param>
    /// <param name="newsletterId">Its newsletter.</param>
    /// <param name="language">Its language tag; empty for the default.</param>
    /// <param name="type">Its channel.</param>
    /// <param name="subject">Its subject.</param>
    /// <param name="body">Its body.</param>
    /// <param name="name">The variant's name.</param>
    /// <param name="from">The sender address.</param>
    /// <param name="recipient">The recipient address.</param>
    /// <param name="preheaderText">The preview text.</param>
    /// <returns>The content.</returns>
    public static NewsletterContent NewsletterContent(
        long id, long? newsletterId = null, string? language = null, NewsletterType? type = null, string? subject = null, string? body = null,
        string? name = null, string? from = null, string? recipient = null, string? preheaderText = null) =>
        new()
        {
            Id = id, NewsletterId = newsletterId, Language = language, Type = type, Subject = subject, Body = body, Name = name, From = from,
            Recipient = recipient, PreheaderText = preheaderText,
        };

    /// <summary>An A/B test group of a newsletter.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name (<c>A</c>, <c>B</c>, ...).</param>
    /// <param name="label">Its label.</param>
    /// <param name="winner">Whether it won.</param>
    /// <param name="contentIds">Its contents.</param>
    /// <returns>The group.</returns>
    public static NewsletterTestGroup NewsletterTestGroup(long id, string? name = null, string? label = null, bool winner = false, IEnumerable<string>? contentIds = null) =>
        new() { Id = id, Name = name, Label = label, Winner = winner, ContentIds = contentIds?.ToArray() };

}
