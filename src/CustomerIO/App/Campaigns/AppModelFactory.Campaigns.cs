using System.Linq;

namespace CustomerIO.App;

/// <summary>The Campaigns and Broadcasts answers (and the archived message and segment usage they relate to), for mocks.</summary>
public static partial class AppModelFactory
{
    /// <summary>A campaign.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="state"><c>running</c>, <c>draft</c> or <c>stopped</c>.</param>
    /// <param name="actions">Its actions.</param>
    /// <param name="triggerSegmentIds">The segments its trigger uses.</param>
    /// <param name="filterSegmentIds">The segments its filter uses.</param>
    /// <param name="created">When it was created.</param>
    /// <returns>The campaign.</returns>
    public static Campaign Campaign(
        long id, string? name = null, CampaignState? state = null, IEnumerable<ActionReference>? actions = null,
        IEnumerable<long>? triggerSegmentIds = null, IEnumerable<long>? filterSegmentIds = null, DateTimeOffset? created = null) =>
        new()
        {
            Id = id, Name = name, State = state, Active = state == CampaignState.Running, Actions = actions?.ToArray(),
            TriggerSegmentIds = triggerSegmentIds?.ToArray(), FilterSegmentIds = filterSegmentIds?.ToArray(), Created = created,
        };

    /// <summary>An API-triggered broadcast.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="state"><c>running</c> or <c>draft</c>.</param>
    /// <param name="actions">Its actions.</param>
    /// <returns>The broadcast.</returns>
    public static Broadcast Broadcast(long id, string? name = null, CampaignState? state = null, IEnumerable<ActionReference>? actions = null) =>
        new() { Id = id, Name = name, State = state, Active = state == CampaignState.Running, Type = BroadcastType.TriggeredBroadcast, Actions = actions?.ToArray() };

    /// <summary>An action named by a campaign or broadcast.</summary>
    /// <param name="id">The action's id.</param>
    /// <param name="type">What it sends.</param>
    /// <returns>The reference.</returns>
    public static ActionReference ActionReference(long id, ActionType? type = null) => new() { Id = id, Type = type };

    /// <summary>An action of a campaign or broadcast.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="type">What it sends.</param>
    /// <param name="campaignId">Its campaign.</param>
    /// <param name="broadcastId">Its broadcast.</param>
    /// <param name="name">Its name.</param>
    /// <param name="subject">An email's subject.</param>
    /// <param name="body">Its body.</param>
    /// <param name="sendingState">How it sends.</param>
    /// <param name="language">Its language variant; empty for the default.</param>
    /// <returns>The action.</returns>
    public static MessageAction MessageAction(
        long id, ActionType? type = null, long? campaignId = null, long? broadcastId = null, string? name = null, string? subject = null,
        string? body = null, SendingState? sendingState = null, string? language = null) =>
        new()
        {
            Id = id, Type = type, CampaignId = campaignId, BroadcastId = broadcastId, Name = name, Subject = subject, Body = body,
            SendingState = sendingState, Language = language,
        };

    /// <summary>A metrics report.</summary>
    /// <param name="series">The counts per period, oldest first, by metric name.</param>
    /// <param name="resolution">The resolution, for a version 2 report.</param>
    /// <returns>The report.</returns>
    public static MetricsReport MetricsReport(IReadOnlyDictionary<string, IReadOnlyList<long>> series, MetricResolution? resolution = null) =>
        new() { Metric = new MetricSeries { Series = series }, Resolution = resolution };

    /// <summary>Counts per period by metric (a newsletter's or a transactional template's metrics).</summary>
    /// <param name="series">The counts per period, oldest first, by metric name.</param>
    /// <param name="type">The channel, when the report names one.</param>
    /// <returns>The counts.</returns>
    public static MetricSeries MetricSeries(IReadOnlyDictionary<string, IReadOnlyList<long>> series, MessageType? type = null) =>
        new() { Series = series, Type = type };

    /// <summary>The clicks of one link.</summary>
    /// <param name="id">The link's id.</param>
    /// <param name="href">Where it leads.</param>
    /// <param name="clicked">Its clicks per period, oldest first.</param>
    /// <returns>The link's metrics.</returns>
    public static LinkMetric LinkMetric(long id, string href, IReadOnlyList<long> clicked) =>
        new() { Link = new TrackedLink { Id = id, Href = href }, Metric = new MetricSeries { Series = new Dictionary<string, IReadOnlyList<long>> { ["clicked"] = clicked } } };

    /// <summary>A campaign's journey metrics.</summary>
    /// <param name="started">Journeys started per period.</param>
    /// <param name="converted">Journeys converted per period.</param>
    /// <param name="finished">Journeys finished per period.</param>
    /// <returns>The metrics.</returns>
    public static JourneyMetrics JourneyMetrics(IReadOnlyList<long> started, IReadOnlyList<long>? converted = null, IReadOnlyList<long>? finished = null) =>
        new() { Started = started, Activated = started, Messaged = started, Converted = converted, Finished = finished };

    /// <summary>A broadcast trigger's status.</summary>
    /// <param name="id">The trigger's id.</param>
    /// <param name="broadcastId">The broadcast.</param>
    /// <param name="createdAt">When it was triggered.</param>
    /// <param name="processedAt">When it was processed; null while it waits.</param>
    /// <returns>The status.</returns>
    public static BroadcastTriggerStatus BroadcastTriggerStatus(long id, long broadcastId, DateTimeOffset? createdAt = null, DateTimeOffset? processedAt = null) =>
        new() { Id = id, BroadcastId = broadcastId, CreatedAt = createdAt, ProcessedAt = processedAt };

    /// <summary>The archived copy of a message.</summary>
    /// <param name="id">The delivery's id.</param>
    /// <param name="recipient">Where it went.</param>
    /// <param name="subject">An email's subject.</param>
    /// <param name="body">The body.</param>
    /// <returns>The archived message.</returns>
    public static ArchivedMessage ArchivedMessage(string id, string? recipient = null, string? subject = null, string? body = null) =>
        new() { Id = id, Recipient = recipient, Subject = subject, Body = body };

    /// <summary>What uses a segment.</summary>
    /// <param name="segmentId">The segment.</param>
    /// <param name="campaigns">The campaigns that use it.</param>
    /// <param name="draftNewsletters">The draft newsletters that use it.</param>
    /// <param name="sentNewsletters">The sent newsletters that used it.</param>
    /// <returns>The usage.</returns>
    public static SegmentUsage SegmentUsage(long segmentId, IEnumerable<long>? campaigns = null, IEnumerable<long>? draftNewsletters = null, IEnumerable<long>? sentNewsletters = null) =>
        new()
        {
            SegmentId = segmentId,
            UsedBy = new SegmentDependents { Campaigns = campaigns?.ToArray() ?? [], DraftNewsletters = draftNewsletters?.ToArray() ?? [], SentNewsletters = sentNewsletters?.ToArray() ?? [] },
        };
}
