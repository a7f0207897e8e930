using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;
namespace CustomerIO.Tests.Queue;

public sealed class TrackQueueOutcomeTests
{
    [Fact]
    public async Task EnqueueAndWaitAsync_answers_delivered_failed_and_refused()
    {
        await using var h = new QueueHarness(o => o.MaxQueueOperations = 3);
        h.Handler.Recording.Enqueue(207, """{"errors":[{"batch_index":1,"reason":"invalid","field":"name","message":"bad name"}]}""");
        var delivered = h.Queue.EnqueueAndWaitAsync(PersonOperation.Event("a", "ok", options: new EventOptions { Id = TestUlids.Of(100) }));
        var failed = h.Queue.EnqueueAndWaitAsync(PersonOperation.Event("b", "bad", options: new EventOptions { Id = TestUlids.Of(101) }));
        h.Queue.Identify("c");
        var refused = await h.Queue.EnqueueAndWaitAsync(PersonOperation.Identify("d")); // the fourth: full

        Assert.False(delivered.IsCompleted);
        await h.Queue.FlushAsync();
        var ok = await delivered;
        var bad = await failed;

        Assert.Equal((OutcomeStatus.Delivered, "person", "event", TestUlids.Of(100), null), (ok.Status, ok.Type, ok.Action, ok.EventId, ok.Reason));
        Assert.Null(ok.Error);
        Assert.Equal((OutcomeStatus.Failed, "rejected", TestUlids.Of(101)), (bad.Status, bad.Reason, bad.EventId));
        Assert.Equal("bad name", bad.Error!.Message);
        Assert.Equal(OutcomeStatus.Refused, refused.Status);
        Assert.Equal("queue_full: The queue is full: it holds at most 67108864 bytes and 3 operations.", refused.Reason);
        Assert.Equal(("person", "identify"), (refused.Type, refused.Action));
    }

    [Fact]
    public async Task Cancelling_the_wait_leaves_the_operation_queued_and_it_is_delivered_later()
    {
        await using var h = new QueueHarness();
        using var stop = new CancellationTokenSource();
        var op = PersonOperation.Event("a", "must_not_lose", options: new EventOptions { Id = TestUlids.Of(1) });

        var waiting = h.Queue.EnqueueAndWaitAsync(op, stop.Token);
        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        Assert.Equal(1, h.Queue.GetStatistics().Pending);
        var stats = await h.Queue.FlushAsync();
        Assert.Equal(1, stats.Delivered);
        Assert.Equal([Ops.Batch([op])], h.Handler.Bodies);
    }

    [Fact]
    public async Task OnOutcome_reports_deliveries_only_when_ReportDeliveries_is_set()
    {
        await using var reporting = new QueueHarness(o => o.ReportDeliveries = true);
        await using var quiet = new QueueHarness();
        foreach (var h in new[] { reporting, quiet })
        {
            for (var i = 0; i < 3; i++)
            {
                h.Queue.Track("p", "e", options: new EventOptions { Id = TestUlids.Of(i) });
            }

            h.Queue.Identify("p");
            await h.Queue.FlushAsync();
        }

        Assert.Equal([TestUlids.Of(0), TestUlids.Of(1), TestUlids.Of(2), null], reporting.Outcomes.Select(o => o.EventId));
        Assert.All(reporting.Outcomes, o => Assert.Equal(OutcomeStatus.Delivered, o.Status));
        Assert.Equal(["event", "event", "event", "identify"], reporting.Outcomes.Select(o => o.Action));
        Assert.Empty(quiet.Outcomes);
    }

    [Fact]
    public async Task A_throwing_OnOutcome_callback_does_not_stop_delivery()
    {
        await using var h = new QueueHarness(o =>
        {
            o.ReportDeliveries = true;
            o.OnOutcome = _ => throw new InvalidOperationException("callback bug");
        });
        h.Queue.Identify("a");
        h.Queue.Identify("b");

        var stats = await h.Queue.FlushAsync();
        h.Queue.Identify("c");
        var again = await h.Queue.FlushAsync();

        Assert.Equal(2, stats.Delivered);
        Assert.Equal(3, again.Delivered);
    }
}
