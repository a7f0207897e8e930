using System.Text.Json;
using CustomerIO.Serialization;
using CustomerIO.Track.Wire;
using CustomerIO.Validation;

namespace CustomerIO.Track;

/// <summary>Creates Track v2 operations on deliveries (<c>type: delivery</c>): push metrics reported by an app.</summary>
public static class DeliveryOperation
{
    /// <summary>
    /// A push delivery metric (<c>event</c>): <see cref="MetricName.Opened"/>, <see cref="MetricName.Converted"/>
    /// or <see cref="MetricName.Delivered"/>. Not idempotent: a repeat counts twice.
    /// </summary>
    /// <param name="deliveryId">The delivery's id.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="deviceToken">The device's push token, sent as <c>attributes.device_token</c>.</param>
    /// <param name="timestamp">When it happened.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation Event(string deliveryId, MetricName metric, string? deviceToken = null, DateTimeOffset? timestamp = null)
    {
        Guard.Text(deliveryId, nameof(deliveryId), CustomerIOLimits.MaxIdentifierBytes, "delivery id");
        if (!metric.IsPushMetric)
        {
            throw new CustomerIOValidationException(nameof(metric), "A delivery event is opened, converted or delivered.");
        }

        Guard.Timestamp(timestamp, nameof(timestamp));
        var identifiers = new Dictionary<string, string> { ["id"] = deliveryId };
        var attributes = deviceToken is null ? null : new Dictionary<string, string> { ["device_token"] = deviceToken };
        var body = new OperationBody
        {
            Type = "delivery",
            Action = "event",
            Identifiers = new RawJson(WireJson.Serialize(identifiers, CustomerIOJsonContext.Wire.DictionaryStringString, nameof(deliveryId))),
            Name = metric.Value,
            Timestamp = timestamp,
            Attributes = attributes is null ? null : new RawJson(WireJson.Serialize(attributes, CustomerIOJsonContext.Wire.DictionaryStringString, nameof(deviceToken))),
        };
        return TrackOperation.Create(body, isIdempotent: false, Queue.Engine.LaneHash.Of("delivery", deliveryId));
    }
}
