namespace CustomerIO.Emulator;

/// <summary>A delivery metric received from <c>/api/v1/metrics</c>, <c>/api/v1/push/events</c>, <c>/unsubscribe/{delivery_id}</c>, a v2 delivery event or a Pipelines <c>Report Delivery Event</c>.</summary>
public sealed record EmulatedDeliveryMetric
{
    /// <summary>Where it came from: <c>metrics</c>, <c>push_events</c>, <c>unsubscribe</c>, <c>track_v2</c> or <c>pipelines</c> (a <c>Report Delivery Event</c>).</summary>
    public required string Source { get; init; }

    /// <summary>The delivery id.</summary>
    public required string DeliveryId { get; init; }

    /// <summary>The metric (<c>opened</c>, <c>clicked</c>, ...); for unsubscribe <c>unsubscribed</c> or <c>resubscribed</c>.</summary>
    public required string Metric { get; init; }

    /// <summary>Unix seconds, if sent.</summary>
    public long? Timestamp { get; init; }

    /// <summary>The recipient, if sent.</summary>
    public string? Recipient { get; init; }

    /// <summary>The reason (bounces, drops), if sent.</summary>
    public string? Reason { get; init; }

    /// <summary>The clicked link, if sent.</summary>
    public string? Href { get; init; }

    /// <summary>The device id or token (push metrics), if sent.</summary>
    public string? DeviceId { get; init; }

    /// <summary>When the emulator received it.</summary>
    public DateTimeOffset ReceivedAt { get; init; }
}
