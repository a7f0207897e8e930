namespace CustomerIO.Track;

/// <summary>A delivery metric to report (<c>POST /api/v1/metrics</c>), for messages sent outside Customer.io's own channels.</summary>
public sealed class DeliveryMetric
{
    /// <summary>Creates a metric.</summary>
    /// <param name="deliveryId">The delivery the metric is about.</param>
    /// <param name="metric">The metric.</param>
    public DeliveryMetric(string deliveryId, MetricName metric)
    {
        Validation.Guard.NotEmpty(deliveryId, nameof(deliveryId), "delivery id");
        DeliveryId = deliveryId;
        Metric = metric;
    }

    /// <summary>The delivery the metric is about.</summary>
    public string DeliveryId { get; }

    /// <summary>The metric.</summary>
    public MetricName Metric { get; }

    /// <summary>When it happened (Unix seconds on the wire); the time of receipt when left empty.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The recipient (an email address, phone number or device token), when relevant.</summary>
    public string? Recipient { get; init; }

    /// <summary>Why, for metrics such as <c>bounced</c> or <c>dropped</c>.</summary>
    public string? Reason { get; init; }

    /// <summary>The link, for <c>clicked</c>.</summary>
    public string? Href { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"DeliveryMetric({Metric})";
}
