using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CustomerIO.Track;

namespace CustomerIO.Telemetry;

/// <summary>
/// The delivery engine's instruments, on the shared <c>CustomerIO</c> meter. Gauges sum over every live queue,
/// which registers itself while it runs.
/// </summary>
internal static class QueueTelemetry
{
    private static readonly ConcurrentDictionary<TrackQueue, byte> LiveQueues = new();

    public static readonly Counter<long> Enqueued = CustomerIOTelemetry.Meter.CreateCounter<long>(
        "customerio.queue.enqueued", "{operation}", "Operations accepted by a queue.");

    public static readonly Counter<long> Delivered = CustomerIOTelemetry.Meter.CreateCounter<long>(
        "customerio.queue.delivered", "{operation}", "Operations Customer.io accepted.");

    public static readonly Counter<long> Failed = CustomerIOTelemetry.Meter.CreateCounter<long>(
        "customerio.queue.failed", "{operation}", "Operations refused by Customer.io or failed after every attempt, by reason.");

    public static readonly Counter<long> Dropped = CustomerIOTelemetry.Meter.CreateCounter<long>(
        "customerio.queue.dropped", "{operation}", "Operations refused at enqueue, dropped to make room, or abandoned at shutdown, by reason.");

    public static readonly Histogram<long> BatchBytes = CustomerIOTelemetry.Meter.CreateHistogram<long>(
        "customerio.queue.batch.size", "By", "Bytes of each uploaded batch body.");

    public static readonly Histogram<long> BatchOperations = CustomerIOTelemetry.Meter.CreateHistogram<long>(
        "customerio.queue.batch.operations", "{operation}", "Operations in each uploaded batch.");

    public static readonly Histogram<double> UploadDuration = CustomerIOTelemetry.Meter.CreateHistogram<double>(
        "customerio.queue.upload.duration", "s", "Duration of each batch upload, retries and pauses included.");

    public static readonly UpDownCounter<long> InFlight = CustomerIOTelemetry.Meter.CreateUpDownCounter<long>(
        "customerio.queue.uploads.in_flight", "{upload}", "Batch uploads in flight.");

    static QueueTelemetry()
    {
        CustomerIOTelemetry.Meter.CreateObservableGauge("customerio.queue.depth", () => Sum(q => q.PendingCount), "{operation}", "Operations held by queues, in flight included.");
        CustomerIOTelemetry.Meter.CreateObservableGauge("customerio.queue.bytes", () => Sum(q => q.PendingBytes), "By", "Bytes of the operations held by queues.");
        CustomerIOTelemetry.Meter.CreateObservableGauge("customerio.queue.paused", () => Sum(q => q.IsPaused ? 1 : 0), "{queue}", "Queues paused by a rate limit (429).");
    }

    public static void Register(TrackQueue queue) => LiveQueues.TryAdd(queue, 0);

    public static void Unregister(TrackQueue queue) => LiveQueues.TryRemove(queue, out _);

    private static long Sum(Func<TrackQueue, long> value)
    {
        long total = 0;
        foreach (var queue in LiveQueues.Keys)
        {
            total += value(queue);
        }

        return total;
    }
}
