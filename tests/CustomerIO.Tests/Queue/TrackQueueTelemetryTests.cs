using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;

namespace CustomerIO.Tests.Queue;

/// <summary>The meter and activity source are process-wide: these run in the non-parallel telemetry collection.</summary>
[Collection("TelemetryTests")]
public sealed class TrackQueueTelemetryTests
{
    [Fact]
    public async Task Counters_histograms_and_the_in_flight_gauge_measure_each_upload()
    {
        using var enqueued = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.enqueued");
        using var delivered = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.delivered");
        using var failed = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.failed");
        using var sizes = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.batch.size");
        using var counts = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.batch.operations");
        using var inFlight = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.uploads.in_flight");
        await using var h = new QueueHarness(o => o.MaxBatchOperations = 3);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Handler.BeforeAnswer = (_, _, ct) => release.Task.WaitAsync(ct);
        h.Handler.Recording.Enqueue(207, """{"errors":[{"batch_index":0,"reason":"invalid","field":"name","message":"bad"}]}""");
        for (var i = 0; i < 5; i++)
        {
            h.Queue.Identify("p" + i);
        }

        await h.Handler.WaitForRequestsAsync(1);
        Assert.Equal(1, inFlight.GetMeasurementSnapshot().Sum(m => m.Value));
        release.SetResult();
        await h.Queue.FlushAsync();

        Assert.Equal(5, enqueued.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Equal(4, delivered.GetMeasurementSnapshot().Sum(m => m.Value));
        var failure = Assert.Single(failed.GetMeasurementSnapshot());
        Assert.Equal((1L, "rejected"), (failure.Value, failure.Tags["reason"]));
        Assert.Equal(h.Handler.Bodies.Select(b => (long)Encoding.UTF8.GetByteCount(b)), sizes.GetMeasurementSnapshot().Select(m => m.Value));
        Assert.Equal([3L, 2L], counts.GetMeasurementSnapshot().Select(m => m.Value));
        Assert.Equal([1L, -1L, 1L, -1L], inFlight.GetMeasurementSnapshot().Select(m => m.Value));
    }

    [Fact]
    public async Task Each_upload_is_one_activity_parenting_its_http_requests()
    {
        var activities = new ConcurrentActivities();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "CustomerIO",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);
        await using var h = new QueueHarness(o => o.MaxBatchOperations = 2);
        h.Handler.Recording.Enqueue(503);
        for (var i = 0; i < 3; i++)
        {
            h.Queue.Identify("p" + i);
        }

        var flush = h.Queue.FlushAsync();
        await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(500));
        await flush;

        var uploads = activities.Snapshot().Where(a => a.OperationName == "customerio.queue.upload").ToArray();
        Assert.Equal(2, uploads.Length);
        Assert.Equal([2, 1], uploads.Select(a => (int)a.GetTagItem("customerio.batch.operations")!));
        Assert.All(uploads, u => Assert.Equal("track", u.GetTagItem("customerio.queue")));
        var requests = activities.Snapshot().Where(a => a.OperationName != "customerio.queue.upload").ToArray();
        Assert.Equal(3, requests.Length); // the 503, its re-send, the second batch
        Assert.All(requests, r => Assert.Contains(uploads, u => u.SpanId == r.ParentSpanId));
    }

    [Fact]
    public async Task Every_refusal_and_drop_is_counted_by_reason_and_logged_at_most_once_per_interval()
    {
        using var dropped = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.dropped");
        await using var h = new QueueHarness(o =>
        {
            o.MaxQueueOperations = 2;
            o.DropLogInterval = TimeSpan.FromSeconds(10);
        });
        h.Queue.Identify("a");
        h.Queue.Identify("b");
        h.Queue.Identify("c"); // queue_full: the first after a quiet interval is logged at once
        h.Queue.Track("d", new string('n', 101)); // invalid: counted; logged when the interval ends
        h.Time.Advance(TimeSpan.FromSeconds(10)); // the interval ends: one line for it, with nothing else happening
        h.Queue.Identify("e"); // queue_full: within the new interval, counted
        h.Queue.Identify("f"); // queue_full: counted
        h.Time.Advance(TimeSpan.FromSeconds(4));
        await h.Queue.CloseAsync(); // the shutdown logs what is left
        h.Queue.Identify("g"); // closed: counted, logged when its interval ends

        Assert.Equal(
            ["queue_full", "invalid", "queue_full", "queue_full", "closed"],
            dropped.GetMeasurementSnapshot().Select(m => (string)m.Tags["reason"]!));
        Assert.All(dropped.GetMeasurementSnapshot(), m => Assert.Equal(1, m.Value));
        Assert.Equal(
            [
                "The Track queue did not take 1 operations since its last report: queue_full=1",
                "The Track queue did not take 1 operations since its last report: invalid=1",
                "The Track queue did not take 2 operations since its last report: queue_full=2",
            ],
            h.LogMessages(LogLevel.Warning));
        Assert.Equal(5, h.Queue.GetStatistics().Refused);
    }
}

internal sealed class ConcurrentActivities
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<Activity> _all = new();

    public void Add(Activity activity) => _all.Enqueue(activity);

    public Activity[] Snapshot() => _all.ToArray();
}
