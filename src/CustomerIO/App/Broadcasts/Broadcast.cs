using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>An API-triggered broadcast: sent when <see cref="BroadcastsClient.TriggerAsync"/> triggers it.</summary>
public sealed class Broadcast
{
    [JsonConstructor]
    internal Broadcast()
    {
    }

    /// <summary>The broadcast's id (the one triggers use).</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>An id of the form <c>id:timestamp</c> that changes whenever the broadcast changes.</summary>
    [JsonInclude, JsonPropertyName("deduplicate_id")]
    public string? DeduplicateId { get; internal set; }

    /// <summary>Its name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>Its kind: <c>triggered_broadcast</c>.</summary>
    [JsonInclude, JsonPropertyName("type")]
    public BroadcastType? Type { get; internal set; }

    /// <summary>Whether it is active.</summary>
    [JsonInclude, JsonPropertyName("active")]
    public bool Active { get; internal set; }

    /// <summary><c>running</c> or <c>draft</c>.</summary>
    [JsonInclude, JsonPropertyName("state")]
    public CampaignState? State { get; internal set; }

    /// <summary>Its actions: id and kind.</summary>
    [JsonInclude, JsonPropertyName("actions")]
    public IReadOnlyList<ActionReference>? Actions { get; internal set; }

    /// <summary>Its tags.</summary>
    [JsonInclude, JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; internal set; }

    /// <summary>When it was activated.</summary>
    [JsonInclude, JsonPropertyName("first_started"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? FirstStarted { get; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude, JsonPropertyName("created"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Created { get; internal set; }

    /// <summary>When it last changed.</summary>
    [JsonInclude, JsonPropertyName("updated"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Updated { get; internal set; }
}

/// <summary>
/// One time a broadcast was triggered, and whether Customer.io has processed it yet. Its errors (recipients that
/// matched nobody, bad lines of a data file) are read with <see cref="BroadcastsClient.ListTriggerErrorsAsync"/>.
/// </summary>
public sealed class BroadcastTriggerStatus
{
    [JsonConstructor]
    internal BroadcastTriggerStatus()
    {
    }

    /// <summary>The trigger's id (the one <see cref="BroadcastsClient.TriggerAsync"/> answered).</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The broadcast triggered.</summary>
    [JsonInclude, JsonPropertyName("broadcast_id")]
    public long BroadcastId { get; internal set; }

    /// <summary>When it was triggered.</summary>
    [JsonInclude, JsonPropertyName("created_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>When Customer.io processed it; null while it waits.</summary>
    [JsonInclude, JsonPropertyName("processed_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? ProcessedAt { get; internal set; }

    /// <summary>Whether Customer.io has processed it.</summary>
    [JsonIgnore]
    public bool IsProcessed => ProcessedAt is not null;
}

/// <summary>Filters of the messages a broadcast sent (<c>GET /v1/broadcasts/{broadcast_id}/messages</c>); every one optional.</summary>
public sealed class BroadcastMessageListOptions : IAppQuery
{
    /// <summary>Only this channel.</summary>
    public MessageType? Type { get; set; }

    /// <summary>Only deliveries that reached this metric.</summary>
    public MessageMetric? Metric { get; set; }

    /// <summary>Only deliveries in this state.</summary>
    public DeliveryState? State { get; set; }

    /// <summary>The start of the time range.</summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>The end of the time range.</summary>
    public DateTimeOffset? End { get; set; }

    /// <summary>Include in-app survey answers (<see cref="Message.TrackedResponses"/>).</summary>
    public bool? TrackedResponses { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        AppQuery.Add(query, "type", Type?.Value);
        AppQuery.Add(query, "metric", Metric?.Value);
        AppQuery.Add(query, "state", State?.Value);
        AppQuery.Add(query, "start_ts", Start?.ToUnixTimeSeconds());
        AppQuery.Add(query, "end_ts", End?.ToUnixTimeSeconds());
        AppQuery.Add(query, "get_tracked_responses", TrackedResponses);
    }
}
