using CustomerIO.Queue.Engine;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CustomerIO.Tests.Queue;

/// <summary>The engine's counts and their snapshot, and that every measurement names its queue.</summary>
[Collection("TelemetryTests")]
public sealed class QueueCountersTests
{
    [Fact]
    public void Each_count_lands_in_its_own_field_of_the_snapshot()
    {
        var counters = new QueueCounters("counters-a");
        counters.Enqueued();
        counters.Enqueued();
        counters.Delivered(5);
        counters.Failed("rejected");
        counters.Dropped("dropped_oldest");
        counters.Dropped("dropped_oldest");
        counters.Refused("invalid");
        counters.Refused("invalid");
        counters.Refused("closed");
        counters.Abandon("shutdown");
        counters.UploadStarted();
        counters.UploadStarted();
        counters.UploadEnded(0.5);
        counters.UploadFailed();
        counters.UploadFailed();

        Assert.Equal(
            new QueueSnapshot(2, 5, 1, 2, 3, 1, Pending: 7, PendingBytes: 8, InFlightUploads: 1, IsPaused: true, ConsecutiveUploadFailures: 2, IsClosed: false),
            counters.Snapshot(7, 8, isPaused: true, isClosed: false));
        Assert.Equal(1, counters.Abandoned);
    }

    [Fact]
    public void A_sent_batch_ends_the_run_of_upload_failures()
    {
        var counters = new QueueCounters("counters-b");
        counters.UploadFailed();
        counters.UploadFailed();

        counters.BatchSent(bytes: 100, operations: 3);

        Assert.Equal(0, counters.Snapshot(0, 0, false, isClosed: true).ConsecutiveUploadFailures);
        Assert.True(counters.Snapshot(0, 0, false, isClosed: true).IsClosed);
    }

    [Fact]
    public void Every_measurement_is_tagged_with_the_queue_name_and_reasons_keep_their_tag()
    {
        using var enqueued = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.enqueued");
        using var delivered = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.delivered");
        using var failed = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.failed");
        using var dropped = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.dropped");
        using var sizes = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.batch.size");
        using var inFlight = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.uploads.in_flight");
        using var duration = new MetricCollector<double>(null, "CustomerIO", "customerio.queue.upload.duration");
        var counters = new QueueCounters("counters-c");

        counters.Enqueued();
        counters.Delivered(4);
        counters.Failed("timeout");
        counters.Dropped("dropped_oldest");
        counters.Refused("queue_full");
        counters.Abandon("shutdown");
        counters.UploadStarted();
        counters.BatchSent(bytes: 321, operations: 4);
        counters.UploadEnded(1.5);

        Assert.Equal([1L], Ours(enqueued).Select(m => m.Value));
        Assert.Equal([4L], Ours(delivered).Select(m => m.Value));
        Assert.Equal(["timeout"], Ours(failed).Select(m => (string)m.Tags["reason"]!));
        Assert.Equal(["dropped_oldest", "queue_full", "shutdown"], Ours(dropped).Select(m => (string)m.Tags["reason"]!));
        Assert.Equal([321L], Ours(sizes).Select(m => m.Value));
        Assert.Equal([1L, -1L], Ours(inFlight).Select(m => m.Value));
        Assert.Equal([1.5], duration.GetMeasurementSnapshot().Where(m => Equals(m.Tags["customerio.queue"], "counters-c")).Select(m => m.Value));
        Assert.Equal(new KeyValuePair<string, object?>("customerio.queue", "counters-c"), counters.QueueTag);
    }

    private static IEnumerable<CollectedMeasurement<long>> Ours(MetricCollector<long> collector) =>
        collector.GetMeasurementSnapshot().Where(m => m.Tags.TryGetValue("customerio.queue", out var name) && Equals(name, "counters-c"));
}
