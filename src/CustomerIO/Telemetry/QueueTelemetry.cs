using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace CustomerIO.Telemetry;

/// <summary>What a live queue tells its gauges.</summary>
internal interface IQueueGauges
{
    /// <summary>The queue's name (the <c>customerio.queue</c> tag).</summary>
    string Name { get; }

    /// <summary>Operations held now (queued or being uploaded).</summary>
    long PendingCount { get; }

    /// <summary>Bytes of the operations held now.</summary>
    long PendingBytes { get; }

    /// <summary>Whether a 429 has paused every upload.</summary>
    bool IsPaused { get; }
}

/// <summary>
/// The delivery engine's instruments, on the shared <c>CustomerIO</c> meter, every measurement tagged with the
/// queue's name (<see cref="QueueTag"/>). Gauges sum over the live queues of each name, which register themselves
/// while they run.
/// </summary>
internal static class QueueTelemetry
{
    /// <summary>The tag naming the queue a measurement is about: <c>track</c>, <c>pipelines</c>.</summary>
    public const string QueueTag = "customerio.queue";

    private static readonly ConcurrentDictionary<IQueueGauges, byte> LiveQueues = new();

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

    public static void Register(IQueueGauges queue) => LiveQueues.TryAdd(queue, 0);

    public static void Unregister(IQueueGauges queue) => LiveQueues.TryRemove(queue, out _);

    /// <summary>One measurement per queue name, summed over its live queues.</summary>
    internal static IEnumerable<Measurement<long>> Sum(Func<IQueueGauges, long> value)
    {
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var queue in LiveQueues.Keys)
        {
            totals.TryGetValue(queue.Name, out var total);
            totals[queue.Name] = total + value(queue);
        }

        foreach (var total in totals)
        {
            yield return new Measurement<long>(total.Value, new KeyValuePair<string, object?>(QueueTag, total.Key));
        }
    }
}
