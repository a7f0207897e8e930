using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;
using Microsoft.Extensions.Logging;

namespace CustomerIO.Tests.Queue;

public sealed class TrackQueueFlushTests
{
    [Fact]
    public async Task Nothing_is_sent_before_the_flush_interval_and_the_batch_goes_when_it_passes()
    {
        await using var h = new QueueHarness(o => o.FlushInterval = TimeSpan.FromSeconds(1));
        var first = PersonOperation.Identify("a");
        var second = PersonOperation.Identify("b");
        Assert.True(h.Queue.Enqueue(first).IsAccepted);

        Assert.Equal(TimeSpan.FromSeconds(1), await h.Time.NextTimerAsync()); // the lane waits out the interval
        h.Time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.True(h.Queue.Enqueue(second).IsAccepted); // the interval counts from the oldest operation
        h.Time.Advance(TimeSpan.FromMilliseconds(399));
        Assert.Equal(0, h.Handler.Count);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        await h.Handler.WaitForRequestsAsync(1);

        var sent = Assert.Single(h.Handler.Sent);
        Assert.Equal(h.Start.AddSeconds(1), sent.At);
        Assert.Equal(Ops.Batch([first, second]), sent.Body);
    }

    [Fact]
    public async Task FlushAsync_sends_at_once_and_completes_only_when_everything_is_settled()
    {
        await using var h = new QueueHarness(o => o.MaxConcurrentUploads = 4);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Handler.BeforeAnswer = (_, _, ct) => release.Task.WaitAsync(ct);
        for (var i = 0; i < 10; i++)
        {
            Assert.True(h.Queue.Identify("p" + i).IsAccepted);
        }

        var flush = h.Queue.FlushAsync();
        await h.Handler.WaitForRequestsAsync(1);
        Assert.False(flush.IsCompleted);
        Assert.Equal(10, h.Queue.GetStatistics().Pending);
        release.SetResult();
        var stats = await flush;

        Assert.Equal(10, stats.Enqueued);
        Assert.Equal(10, stats.Delivered);
        Assert.Equal(0, stats.Pending);
        Assert.Equal(0, stats.PendingBytes);
        Assert.Equal(0, stats.InFlightUploads);
        Assert.Equal(0, stats.Failed + stats.Dropped + stats.Refused + stats.Abandoned);
        Assert.All(h.Handler.Sent, s => Assert.Equal(h.Start, s.At));
        Assert.Equal(10, h.Handler.Bodies.Sum(b => Ops.CountOperations(b)));
    }

    [Fact]
    public async Task FlushAsync_gives_up_waiting_at_its_deadline_and_answers_what_is_pending()
    {
        await using var h = new QueueHarness();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Handler.BeforeAnswer = (_, _, ct) => release.Task.WaitAsync(ct);
        var op = PersonOperation.Identify("a");
        h.Queue.Enqueue(op);
        h.Queue.Enqueue(PersonOperation.Identify("b"));
        using var deadline = new CancellationTokenSource();

        var flush = h.Queue.FlushAsync(deadline.Token);
        await h.Handler.WaitForRequestsAsync(1);
        deadline.Cancel();
        var stats = await flush;

        Assert.Equal(0, stats.Delivered);
        Assert.Equal(2, stats.Pending);
        Assert.Equal(1, stats.InFlightUploads);
        release.SetResult();
        var later = await h.Queue.FlushAsync();
        Assert.Equal(2, later.Delivered);
        Assert.Equal(0, later.Pending);
    }

    [Fact]
    public async Task CloseAsync_delivers_what_is_queued_then_refuses_every_enqueue_and_is_safe_twice()
    {
        var h = new QueueHarness();
        var ops = Enumerable.Range(0, 3).Select(i => PersonOperation.Identify("p" + i)).ToArray();
        foreach (var op in ops)
        {
            h.Queue.Enqueue(op);
        }

        var stats = await h.Queue.CloseAsync();

        Assert.Equal([Ops.Batch(ops)], h.Handler.Bodies);
        Assert.Equal(3, stats.Delivered);
        Assert.Equal(0, stats.Abandoned);
        Assert.Equal(0, stats.Pending);
        Assert.Equal(EnqueueStatus.Closed, h.Queue.Enqueue(ops[0]).Status);
        Assert.Equal(EnqueueStatus.Closed, h.Queue.Track("p0", "late").Status);
        Assert.Equal(EnqueueStatus.Closed, h.Queue.Identify("p0").Status);
        Assert.Equal(EnqueueStatus.Closed, (await h.Queue.EnqueueAsync(ops[0])).Status);
        var waited = await h.Queue.EnqueueAndWaitAsync(ops[0]);
        Assert.Equal(OutcomeStatus.Refused, waited.Status);
        Assert.Equal("closed: The queue is shut down.", waited.Reason);
        Assert.Equal("The queue is shut down.", h.Queue.Enqueue(ops[0]).Message);

        var again = await h.Queue.CloseAsync();
        await h.Queue.DisposeAsync();
        await h.Queue.DisposeAsync();

        Assert.Same(stats, again);
        var final = h.Queue.GetStatistics();
        Assert.Equal(6, final.Refused);
        Assert.Equal(3, final.Enqueued);
        Assert.Equal(6, h.Outcomes.Count(o => o.Status == OutcomeStatus.Refused && o.Reason == "closed: The queue is shut down."));
        Assert.Single(h.Handler.Bodies);
    }

    [Fact]
    public async Task A_close_deadline_during_an_outage_abandons_each_operation_and_reports_it()
    {
        await using var h = new QueueHarness(o => o.MaxBatchOperations = 2);
        h.Handler.Respond = (_, _) => QueueHandler.Answer(503);
        for (var i = 0; i < 5; i++)
        {
            h.Queue.Track("p" + i, "e" + i, options: new EventOptions { Id = TestUlids.Of(i) });
        }

        await h.Handler.WaitForRequestsAsync(1); // the first full batch of 2 went, and failed
        Assert.Equal(TimeSpan.FromMilliseconds(500), await h.NextTimerAsync()); // the queue's backoff
        using var deadline = new CancellationTokenSource();
        var close = h.Queue.CloseAsync(deadline.Token);
        deadline.Cancel();
        var stats = await close;

        Assert.Equal(5, stats.Abandoned);
        Assert.Equal(0, stats.Delivered);
        Assert.Equal(0, stats.Failed);
        Assert.Equal(0, stats.Pending);
        Assert.Equal(0, stats.PendingBytes);
        var abandoned = h.Outcomes.Where(o => o.Status == OutcomeStatus.Abandoned).ToArray();
        Assert.Equal([TestUlids.Of(0), TestUlids.Of(1), TestUlids.Of(2), TestUlids.Of(3), TestUlids.Of(4)], abandoned.Select(o => o.EventId).Order());
        Assert.All(abandoned, o => Assert.Equal("shutdown", o.Reason));
        Assert.All(abandoned, o => Assert.Equal("event", o.Action));
        Assert.Equal(5, h.Outcomes.Count);
        Assert.Contains("The Track queue shut down with 5 operations undelivered", h.LogMessages(LogLevel.Warning));
        Assert.Single(h.Handler.Bodies); // the deadline passed before the backoff ended
    }

    [Fact]
    public async Task DisposeAsync_keeps_delivering_until_ShutdownTimeout_then_abandons()
    {
        var h = new QueueHarness(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        h.Handler.Respond = (i, _) => QueueHandler.Answer(i < 3 ? 503 : 200);
        h.Queue.Identify("a");
        h.Queue.Identify("b");

        var dispose = h.Queue.DisposeAsync().AsTask();
        Assert.Equal(TimeSpan.FromSeconds(10), await h.NextTimerAsync()); // the shutdown deadline, set first
        await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(500));
        await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(1000));
        await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(2000)); // t = 3.5 s: the fourth attempt succeeds
        await dispose;

        var stats = h.Queue.GetStatistics();
        Assert.Equal(2, stats.Delivered);
        Assert.Equal(0, stats.Abandoned);
        Assert.Equal(4, h.Handler.Count);
        Assert.Equal(h.Start.AddSeconds(3.5), h.Handler.Sent[3].At);
    }

    [Fact]
    public async Task DisposeAsync_abandons_what_is_undelivered_when_ShutdownTimeout_passes()
    {
        var h = new QueueHarness(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        h.Handler.Respond = (_, _) => QueueHandler.Answer(503);
        h.Queue.Identify("a");
        h.Queue.Identify("b");

        var dispose = h.Queue.DisposeAsync().AsTask();
        Assert.Equal(TimeSpan.FromSeconds(10), await h.NextTimerAsync());

        await h.Handler.WaitForRequestsAsync(1);
        h.Time.Advance(TimeSpan.FromSeconds(10));
        await dispose;

        var stats = h.Queue.GetStatistics();
        Assert.Equal(2, stats.Abandoned);
        Assert.Equal(0, stats.Delivered);
        Assert.Equal(2, h.Outcomes.Count(o => o.Status == OutcomeStatus.Abandoned && o.Action == "identify"));
        Assert.Equal(EnqueueStatus.Closed, h.Queue.Identify("c").Status);
    }
}
