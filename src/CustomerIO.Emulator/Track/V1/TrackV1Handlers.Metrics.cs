using System.Text.Json;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Track.V1;

/// <summary>Delivery metrics: <c>/api/v1/metrics</c>, legacy <c>/api/v1/push/events</c>, and <c>/unsubscribe/{delivery_id}</c>.</summary>
internal sealed partial class TrackV1Handlers
{
    /// <summary>Every metric name Customer.io documents across channels (the email set covers push, sms, in-app and slack).</summary>
    private static readonly HashSet<string> MetricNames = new(StringComparer.Ordinal)
    {
        "bounced", "clicked", "converted", "deferred", "delivered", "dropped", "opened", "spammed",
    };

    private static readonly HashSet<string> PushEventNames = new(StringComparer.Ordinal) { "opened", "converted", "delivered" };

    private static readonly byte[][] MetricFields =
        ["delivery_id"u8.ToArray(), "metric"u8.ToArray(), "timestamp"u8.ToArray(), "recipient"u8.ToArray(), "reason"u8.ToArray(), "href"u8.ToArray()];

    private static readonly byte[][] PushFields = ["delivery_id"u8.ToArray(), "event"u8.ToArray(), "device_id"u8.ToArray(), "timestamp"u8.ToArray()];

    private static readonly byte[][] UnsubscribeFields = ["unsubscribe"u8.ToArray()];

    internal OperationError? Metric(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now, out string? ignored)
    {
        ignored = null;
        Span<JsonSlice> f = stackalloc JsonSlice[6];
        JsonFields.Read(body, root, MetricFields, f);
        var error = RequiredString(body, f[0], "delivery_id") ?? RequiredString(body, f[1], "metric") ?? OptionalTimestamp(body, f[2]);
        if (error is null && !MetricNames.Contains(f[1].GetString(body)))
        {
            error = Errors.Invalid("metric", "metric must be one of " + string.Join(", ", MetricNames.Order(StringComparer.Ordinal)));
        }

        if (error is null && !State.SinkMode)
        {
            State.RecordMetric(new EmulatedDeliveryMetric
            {
                Source = "metrics",
                DeliveryId = f[0].GetString(body),
                Metric = f[1].GetString(body),
                Timestamp = f[2].IsPresent ? f[2].GetInt64(body) : null,
                Recipient = OptionalText(body, f[3]),
                Reason = OptionalText(body, f[4]),
                Href = OptionalText(body, f[5]),
                ReceivedAt = now,
            });
        }

        return error;
    }

    internal OperationError? PushEvent(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now, out string? ignored)
    {
        ignored = null;
        Span<JsonSlice> f = stackalloc JsonSlice[4];
        JsonFields.Read(body, root, PushFields, f);
        var error = RequiredString(body, f[0], "delivery_id") ?? RequiredString(body, f[1], "event") ?? OptionalTimestamp(body, f[3]);
        if (error is null && !PushEventNames.Contains(f[1].GetString(body)))
        {
            error = Errors.Invalid("event", "event must be one of opened, converted, delivered");
        }

        if (error is null && !State.SinkMode)
        {
            State.RecordMetric(new EmulatedDeliveryMetric
            {
                Source = "push_events",
                DeliveryId = f[0].GetString(body),
                Metric = f[1].GetString(body),
                DeviceId = OptionalText(body, f[2]),
                Timestamp = f[3].IsPresent ? f[3].GetInt64(body) : null,
                ReceivedAt = now,
            });
        }

        return error;
    }

    internal OperationError? Unsubscribe(HttpContext context, ReadOnlySpan<byte> body, JsonSlice root, DateTimeOffset now, out string? ignored)
    {
        ignored = null;
        var deliveryId = RawPath.Segment(context, 1);
        Span<JsonSlice> f = stackalloc JsonSlice[1];
        JsonFields.Read(body, root, UnsubscribeFields, f);
        if (f[0].TokenType is not (JsonTokenType.True or JsonTokenType.False))
        {
            return Errors.Invalid("unsubscribe", "unsubscribe must be true or false");
        }

        if (!State.SinkMode)
        {
            State.RecordMetric(new EmulatedDeliveryMetric
            {
                Source = "unsubscribe",
                DeliveryId = deliveryId,
                Metric = f[0].TokenType == JsonTokenType.True ? "unsubscribed" : "resubscribed",
                ReceivedAt = now,
            });
        }

        return null;
    }

    private static OperationError? RequiredString(ReadOnlySpan<byte> body, JsonSlice value, string field) =>
        !value.IsPresent || value.IsNull || (value.IsString && value.Length <= 2) ? Errors.Required(field)
        : !value.IsString ? Errors.MustBeString(field)
        : null;

    private static OperationError? OptionalTimestamp(ReadOnlySpan<byte> body, JsonSlice value) =>
        value.IsPresent && !value.IsNull && value.GetInt64(body) is null ? Errors.MustBeNumber("timestamp") : null;

    private static string? OptionalText(ReadOnlySpan<byte> body, JsonSlice value) => value.IsString ? value.GetString(body) : null;
}
