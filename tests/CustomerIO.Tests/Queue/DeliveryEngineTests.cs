using CustomerIO.Queue.Engine;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;

namespace CustomerIO.Tests.Queue;

/// <summary>
/// The engine under a protocol other than Track's (as the Pipelines queue will be): its envelope, endpoint, partial
/// failures, outcomes and name reach the wire, the counts, the meter and the logs.
/// </summary>
[Collection("TelemetryTests")]
public sealed class DeliveryEngineTests
{
    [Fact]
    public async Task It_delivers_through_the_protocols_endpoint_and_envelope_and_fails_only_what_the_answer_names()
    {
        using var enqueued = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.enqueued");
        await using var h = new EngineHarness();
        h.Handler.Recording.Enqueue(200, """{"errors":[{"batch_index":1,"message":"bad"}]}""");

        h.AdmitNumbered(3);
        var snapshot = await h.Engine.FlushAsync(CancellationToken.None);

        Assert.Equal(("POST", OtherProtocol.Path, """{"items":[{"n":1},{"n":2},{"n":3}],"v":1}"""), (h.Handler.Recording.Single.Method, h.Handler.Recording.Single.Uri.AbsolutePath, h.Handler.Recording.Single.Body));
        Assert.Equal((3L, 2L, 1L, 0L), (snapshot.Enqueued, snapshot.Delivered, snapshot.Failed, snapshot.Pending));
        Assert.Equal(["Delivered  {\"n\":1}", "Failed rejected {\"n\":2}", "Delivered  {\"n\":3}"], h.Outcomes);
        Assert.Equal(3, enqueued.GetMeasurementSnapshot().Where(m => Equals(m.Tags["customerio.queue"], "other")).Sum(m => m.Value));
    }

    [Fact]
    public async Task The_envelope_end_is_written_at_each_attempt_so_a_protocol_can_stamp_it()
    {
        await using var h = new EngineHarness(protocol: new OtherProtocol { StampAttempts = true });
        h.Handler.Recording.Enqueue(503, "{}").Enqueue(200, "{}");
        h.AdmitNumbered(1);

        var flushing = h.Engine.FlushAsync(CancellationToken.None);
        Assert.Equal(TimeSpan.FromMilliseconds(500), await h.Time.NextShortTimerAsync()); // the backoff before the second send (no jitter)
        h.Time.Advance(TimeSpan.FromMilliseconds(500));
        var snapshot = await flushing.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["""{"items":[{"n":1}],"v":1}""", """{"items":[{"n":1}],"v":2}"""], h.Handler.Bodies);
        Assert.Equal(1L, snapshot.Delivered);
    }

    [Fact]
    public async Task Its_log_lines_and_envelope_limit_name_the_protocols_queue()
    {
        await using var h = new EngineHarness(l => l with { MaxBatchBytes = 1024 });
        h.Handler.Recording.Enqueue(404, "{}");

        var tooLarge = h.Engine.Admit(h.Op("\"" + new string('x', 1024 - OtherProtocol.Overhead + 1 - 2) + "\""), laneHash: 0, new OperationFacts("item", "send", null), waiter: null);
        Assert.True(h.Engine.Admit(h.Op("1"), laneHash: 0, new OperationFacts("item", "send", null), waiter: null).IsAccepted);
        var closed = await h.Engine.CloseAsync(TimeSpan.FromHours(1), CancellationToken.None);

        Assert.Equal((EnqueueStatus.Invalid, "The operation is 1007 bytes; with the 18 bytes around it, it does not fit in a batch of MaxBatchBytes (1024)."), (tooLarge.Status, tooLarge.Message));
        Assert.Equal((1L, 1L, true), (closed.Failed, closed.Refused, closed.IsClosed));
        Assert.Equal(["Refused invalid: The operation is 1007 bytes; with the 18 bytes around it, it does not fit in a batch of MaxBatchBytes (1024).", "Failed http_404 1 !CustomerIOApiException"], h.Outcomes);
        Assert.Equal(
            ["The Other queue did not take 1 operations since its last report: invalid=1", "The Other queue could not deliver 1 operations: http_404"],
            h.LogMessages(LogLevel.Warning));
        Assert.Equal(EnqueueStatus.Closed, h.Engine.Admit(h.Op("2"), 0, new OperationFacts("item", "send", null), null).Status);
    }

    [Fact]
    public async Task Closing_again_answers_the_first_closes_task()
    {
        await using var h = new EngineHarness();
        h.AdmitNumbered(1);

        var first = h.Engine.CloseAsync(TimeSpan.FromHours(1), CancellationToken.None);
        var second = h.Engine.CloseAsync(TimeSpan.Zero, new CancellationToken(canceled: true));

        Assert.Same(first, second);
        Assert.Equal((1L, 0L), ((await first).Delivered, (await first).Abandoned));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(60)]
    public async Task A_close_deadline_of_a_month_or_more_or_none_sets_no_timer(int days)
    {
        // Real timers refuse about 49 days and more: such a deadline is kept off the clock, not handed to a timer.
        await using var h = new EngineHarness(time: TimeProvider.System);
        h.AdmitNumbered(1);

        var closed = await h.Engine.CloseAsync(days < 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromDays(days), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((1L, 0L, true), (closed.Delivered, closed.Abandoned, closed.IsClosed));
    }

    [Fact]
    public async Task Under_Wait_an_operation_that_exactly_fills_a_batch_waits_for_room()
    {
        await using var h = new EngineHarness(l => l with { MaxBatchBytes = 100, MaxQueueOperations = 1, FullMode = QueueFullMode.Wait });
        var facts = new OperationFacts("item", "send", null);
        var exact = h.Op("\"" + new string('x', 100 - OtherProtocol.Overhead - 2) + "\"");
        Assert.True(h.Engine.Admit(h.Op("1"), laneHash: 0, facts, waiter: null).IsAccepted);

        var waiting = h.Engine.AdmitWaitingAsync(exact, laneHash: 0, facts, waiter: null, CancellationToken.None).AsTask();
        Assert.False(waiting.IsCompleted); // the queue is full (one operation of one): it waits rather than refusing
        var tooLarge = await h.Engine.AdmitWaitingAsync(h.Op("\"" + new string('x', 100 - OtherProtocol.Overhead - 1) + "\""), laneHash: 0, facts, waiter: null, CancellationToken.None);
        await h.Engine.FlushAsync(CancellationToken.None);

        Assert.True((await waiting.WaitAsync(TimeSpan.FromSeconds(10))).IsAccepted);
        Assert.Equal(EnqueueStatus.Invalid, tooLarge.Status);
        Assert.Equal(2L, (await h.Engine.FlushAsync(CancellationToken.None)).Delivered);
    }

    [Fact]
    public async Task Closing_answers_an_operation_waiting_for_room_at_once()
    {
        await using var h = new EngineHarness(l => l with { MaxQueueOperations = 1, FullMode = QueueFullMode.Wait });
        var facts = new OperationFacts("item", "send", null);
        Assert.True(h.Engine.Admit(h.Op("1"), laneHash: 0, facts, waiter: null).IsAccepted);
        var waiting = h.Engine.AdmitWaitingAsync(h.Op("2"), laneHash: 0, facts, waiter: null, CancellationToken.None).AsTask();
        Assert.False(waiting.IsCompleted);

        // The held operation's upload waits, so no room comes: only the close itself can wake the waiter.
        h.Handler.BeforeAnswer = (_, _, ct) => Task.Delay(Timeout.Infinite, ct);
        var closing = h.Engine.CloseAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        var refused = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((EnqueueStatus.Closed, "The queue is shut down."), (refused.Status, refused.Message));
        Assert.Contains("Refused closed: The queue is shut down.", h.Outcomes);
        await h.Handler.WaitForRequestsAsync(1);
        h.Time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal((1L, 1L), ((await closing.WaitAsync(TimeSpan.FromSeconds(10))).Abandoned, h.Engine.Snapshot().Refused));
    }

    [Fact]
    public async Task Its_gauges_report_what_it_holds_under_its_name_until_it_closes()
    {
        using var depth = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.depth");
        using var bytes = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.bytes");
        using var paused = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.paused");
        await using var h = new EngineHarness();
        h.AdmitNumbered(2);

        Assert.Equal((2L, 2L * (7 + QueueBudget.OperationOverheadBytes), 0L), (Gauge(depth), Gauge(bytes), Gauge(paused)));
        await h.Engine.CloseAsync(TimeSpan.FromHours(1), CancellationToken.None);
        Assert.Equal((-1L, -1L, -1L), (Gauge(depth), Gauge(bytes), Gauge(paused)));
    }

    /// <summary>The gauge's value for the <c>other</c> queue now, or -1 when no live queue of that name reports one.</summary>
    private static long Gauge(MetricCollector<long> collector)
    {
        collector.Clear();
        collector.RecordObservableInstruments();
        return collector.GetMeasurementSnapshot().Where(m => Equals(m.Tags["customerio.queue"], "other")).Select(m => m.Value).DefaultIfEmpty(-1).Single();
    }
}
