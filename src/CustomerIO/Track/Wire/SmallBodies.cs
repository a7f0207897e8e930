using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.Track.Wire;

/// <summary>The body of <c>POST /merge_customers</c>.</summary>
internal sealed class MergeBody
{
    [JsonPropertyName("primary")]
    public required PersonIdentifier Primary { get; init; }

    [JsonPropertyName("secondary")]
    public required PersonIdentifier Secondary { get; init; }
}

/// <summary>The body of the legacy <c>POST /push/events</c>.</summary>
internal sealed class PushEventBody
{
    [JsonPropertyName("delivery_id")]
    public required string DeliveryId { get; init; }

    [JsonPropertyName("event")]
    public required string Event { get; init; }

    [JsonPropertyName("device_id")]
    public required string DeviceId { get; init; }

    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; init; }
}

/// <summary>The body of <c>POST /metrics</c>.</summary>
internal sealed class MetricBody
{
    [JsonPropertyName("delivery_id")]
    public required string DeliveryId { get; init; }

    [JsonPropertyName("metric")]
    public required string Metric { get; init; }

    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; init; }

    [JsonPropertyName("recipient")]
    public string? Recipient { get; init; }

    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    [JsonPropertyName("href")]
    public string? Href { get; init; }
}

/// <summary>The body of the manual segment add and remove calls.</summary>
internal sealed class SegmentIdsBody
{
    [JsonPropertyName("ids")]
    public required IReadOnlyList<string> Ids { get; init; }
}

/// <summary>The body of <c>POST /forms/{form_id}/submit</c>.</summary>
internal sealed class FormBody
{
    [JsonPropertyName("data")]
    public required IReadOnlyDictionary<string, string> Data { get; init; }
}

/// <summary>The body of <c>POST /unsubscribe/{delivery_id}</c>.</summary>
internal sealed class UnsubscribeBody
{
    [JsonPropertyName("unsubscribe")]
    public bool Unsubscribe { get; init; }
}

/// <summary>The <c>cio_relationships</c> value of a Track v1 identify.</summary>
internal sealed class RelationshipsChange
{
    [JsonPropertyName("action")]
    public required string Action { get; init; }

    [JsonPropertyName("relationships")]
    public required IReadOnlyList<RelationshipWire> Relationships { get; init; }
}

/// <summary>One relationship: the other side's identifiers and the relationship's own attributes.</summary>
internal sealed class RelationshipWire
{
    [JsonPropertyName("identifiers")]
    public required RawJson Identifiers { get; init; }

    [JsonPropertyName("relationship_attributes")]
    public RawJson? Attributes { get; init; }
}

/// <summary>The <c>cio_subscription_preferences</c> value.</summary>
internal sealed class SubscriptionPreferencesWire
{
    [JsonPropertyName("topics")]
    public required IReadOnlyDictionary<string, bool> Topics { get; init; }
}

/// <summary>The reserved attributes of a Track v1 identify, spliced in front of the caller's attributes.</summary>
internal sealed class IdentifyReserved
{
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    [JsonPropertyName("_timestamp")]
    public DateTimeOffset? Timestamp { get; init; }

    [JsonPropertyName("_update")]
    public bool? UpdateOnly { get; init; }

    [JsonPropertyName("unsubscribed")]
    public bool? Unsubscribed { get; init; }

    [JsonPropertyName("cio_subscription_preferences")]
    public SubscriptionPreferencesWire? SubscriptionPreferences { get; init; }

    [JsonPropertyName("cio_relationships")]
    public RelationshipsChange? Relationships { get; init; }
}
