using System.Linq;
using System.Text.Json;

namespace CustomerIO.App;

/// <summary>
/// Builds the App API's answers for tests of code that uses a mocked <see cref="AppClient"/>: the models are
/// read-only and made only by the SDK.
/// </summary>
public static partial class AppModelFactory
{
    /// <summary>A transactional send's answer.</summary>
    /// <param name="deliveryId">The delivery's id.</param>
    /// <param name="queuedAt">When it was queued.</param>
    /// <param name="sendAt">When a scheduled send goes out.</param>
    /// <returns>The answer.</returns>
    public static TransactionalSendResult TransactionalSendResult(string deliveryId, DateTimeOffset? queuedAt = null, DateTimeOffset? sendAt = null) =>
        new() { DeliveryId = deliveryId, QueuedAt = queuedAt, SendAt = sendAt };

    /// <summary>A broadcast trigger's answer.</summary>
    /// <param name="id">The trigger's id.</param>
    /// <returns>The answer.</returns>
    public static BroadcastTriggerResult BroadcastTriggerResult(long id) => new() { Id = id };

    /// <summary>A segment.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="type"><c>dynamic</c> or <c>manual</c>.</param>
    /// <param name="state">Its build state.</param>
    /// <param name="description">Its description.</param>
    /// <param name="progress">The build's progress.</param>
    /// <param name="tags">Its tags.</param>
    /// <param name="deduplicateId">Its deduplication id.</param>
    /// <param name="createdAt">When it was created.</param>
    /// <param name="updatedAt">When it last changed.</param>
    /// <returns>The segment.</returns>
    public static Segment Segment(
        long id, string? name = null, SegmentType? type = null, SegmentState? state = null, string? description = null, int? progress = null,
        IEnumerable<string>? tags = null, string? deduplicateId = null, DateTimeOffset? createdAt = null, DateTimeOffset? updatedAt = null) =>
        new()
        {
            Id = id, Name = name, Type = type, State = state, Description = description, Progress = progress, Tags = tags?.ToArray(),
            DeduplicateId = deduplicateId, CreatedAt = createdAt, UpdatedAt = updatedAt,
        };

    /// <summary>A person's identifiers.</summary>
    /// <param name="id">Their id.</param>
    /// <param name="email">Their email.</param>
    /// <param name="cioId">Their Customer.io id.</param>
    /// <returns>The identifiers.</returns>
    public static CustomerIdentifiers CustomerIdentifiers(string? id = null, string? email = null, string? cioId = null) =>
        new() { Id = id, Email = email, CioId = cioId };

    /// <summary>A message delivery.</summary>
    /// <param name="id">The delivery's id.</param>
    /// <param name="type">Its channel.</param>
    /// <param name="customerIdentifiers">The person.</param>
    /// <param name="recipient">Where it went.</param>
    /// <param name="subject">An email's subject.</param>
    /// <param name="created">When it was created.</param>
    /// <param name="metrics">The metrics it reached, as Unix seconds.</param>
    /// <param name="campaignId">Its campaign.</param>
    /// <param name="broadcastId">Its broadcast.</param>
    /// <param name="newsletterId">Its newsletter.</param>
    /// <param name="actionId">Its action.</param>
    /// <param name="failureMessage">Why it failed.</param>
    /// <param name="trackedResponses">In-app survey answers.</param>
    /// <returns>The message.</returns>
    public static Message Message(
        string id, MessageType? type = null, CustomerIdentifiers? customerIdentifiers = null, string? recipient = null, string? subject = null,
        DateTimeOffset? created = null, IReadOnlyDictionary<string, long>? metrics = null, long? campaignId = null, long? broadcastId = null,
        long? newsletterId = null, long? actionId = null, string? failureMessage = null, JsonElement? trackedResponses = null) =>
        new()
        {
            Id = id, Type = type, CustomerIdentifiers = customerIdentifiers, CustomerId = customerIdentifiers?.Id, Recipient = recipient,
            Subject = subject, Created = created, Metrics = metrics, CampaignId = campaignId, BroadcastId = broadcastId,
            NewsletterId = newsletterId, ActionId = actionId, FailureMessage = failureMessage, TrackedResponses = trackedResponses,
        };

    /// <summary>An activity.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="type">What happened.</param>
    /// <param name="timestamp">When.</param>
    /// <param name="customerIdentifiers">The person.</param>
    /// <param name="data">What it carries.</param>
    /// <param name="deliveryId">The delivery, for message activities.</param>
    /// <param name="deliveryType">The delivery's kind.</param>
    /// <returns>The activity.</returns>
    public static Activity Activity(
        string? id = null, ActivityType? type = null, DateTimeOffset? timestamp = null, CustomerIdentifiers? customerIdentifiers = null,
        JsonElement? data = null, string? deliveryId = null, ActivityDeliveryType? deliveryType = null) =>
        new()
        {
            Id = id, Type = type, Timestamp = timestamp, CustomerIdentifiers = customerIdentifiers, CustomerId = customerIdentifiers?.Id,
            Data = data, DeliveryId = deliveryId, DeliveryType = deliveryType,
        };

    /// <summary>An export.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="type"><c>customers</c> or <c>deliveries</c>.</param>
    /// <param name="status"><c>done</c>, <c>pending</c> or <c>failed</c>.</param>
    /// <param name="total">How many entries it holds.</param>
    /// <param name="description">Its description.</param>
    /// <param name="createdAt">When it was created.</param>
    /// <returns>The export.</returns>
    public static Export Export(long id, ExportType? type = null, ExportStatus? status = null, long total = 0, string? description = null, DateTimeOffset? createdAt = null) =>
        new() { Id = id, Type = type, Status = status, Failed = status == ExportStatus.Failed, Total = total, Description = description, CreatedAt = createdAt };

    /// <summary>An export's download link.</summary>
    /// <param name="url">The signed link.</param>
    /// <returns>The link.</returns>
    public static ExportDownload ExportDownload(Uri url) => new() { Url = url };

    /// <summary>A person's subscription preferences.</summary>
    /// <param name="identifiers">The person.</param>
    /// <param name="topics">The topics and the person's choices.</param>
    /// <param name="unsubscribed">Whether they are unsubscribed from everything.</param>
    /// <returns>The preferences.</returns>
    public static SubscriptionPreferences SubscriptionPreferences(CustomerIdentifiers? identifiers = null, IEnumerable<SubscriptionTopicPreference>? topics = null, bool unsubscribed = false) =>
        new() { Id = identifiers?.Id, Identifiers = identifiers, Topics = topics?.ToArray() ?? [], Unsubscribed = unsubscribed };

    /// <summary>One topic of a person's subscription preferences.</summary>
    /// <param name="id">The topic's id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="subscribed">Whether the person is subscribed.</param>
    /// <param name="description">Its description.</param>
    /// <returns>The topic.</returns>
    public static SubscriptionTopicPreference SubscriptionTopic(long id, string name, bool subscribed, string? description = null) =>
        new() { Id = id, Name = name, Subscribed = subscribed, Description = description };
}
