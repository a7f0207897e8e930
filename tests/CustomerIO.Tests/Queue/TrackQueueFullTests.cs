using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;
namespace CustomerIO.Tests.Queue;

public sealed class TrackQueueFullTests
{
    [Fact]
    public async Task DropNewest_refuses_exactly_past_the_byte_bound()
    {
        // Each operation costs its JSON bytes plus 48 bytes of bookkeeping: 976 + 48 = 1024.
        await using var h = new QueueHarness(o => o.MaxQueueBytes = 32 * 1024);
        for (var i = 0; i < 31; i++)
        {
            Assert.True(h.Queue.Enqueue(Ops.OfSize("p" + i, 976)).IsAccepted);
        }

        var tooBig = h.Queue.Enqueue(Ops.OfSize("x", 977)); // 31 * 1024 + 1025 = 32,769
        var exact = h.Queue.Enqueue(Ops.OfSize("y", 976)); // 32,768: exactly the bound
        var after = h.Queue.Enqueue(Ops.OfSize("z", 300));

        Assert.Equal(EnqueueStatus.QueueFull, tooBig.Status);
        Assert.Equal("The queue is full: it holds at most 32768 bytes and 1000000 operations.", tooBig.Message);
        Assert.True(exact.IsAccepted);
        Assert.Equal(EnqueueStatus.QueueFull, after.Status);
        var stats = h.Queue.GetStatistics();
        Assert.Equal(32, stats.Enqueued);
        Assert.Equal(2, stats.Refused);
        Assert.Equal(32 * 1024, stats.PendingBytes);
        Assert.Equal(32, stats.Pending);
        Assert.Equal(2, h.Outcomes.Count(o => o.Status == OutcomeStatus.Refused && o.Reason!.StartsWith("queue_full: ", StringComparison.Ordinal)));
        Assert.Equal(0, h.Handler.Count);
    }

    [Fact]
    public async Task DropNewest_refuses_exactly_past_the_count_bound_and_takes_again_once_room_is_freed()
    {
        await using var h = new QueueHarness(o => o.MaxQueueOperations = 5);
        for (var i = 0; i < 5; i++)
        {
            Assert.True(h.Queue.Track("p", "e" + i).IsAccepted);
        }

        Assert.Equal(EnqueueStatus.QueueFull, h.Queue.Track("p", "e5").Status);
        Assert.Equal(EnqueueStatus.QueueFull, h.Queue.Identify("p").Status);
        await h.Queue.FlushAsync();
        Assert.True(h.Queue.Track("p", "e6").IsAccepted);

        var stats = h.Queue.GetStatistics();
        Assert.Equal(6, stats.Enqueued);
        Assert.Equal(5, stats.Delivered);
        Assert.Equal(2, stats.Refused);
        Assert.Equal(1, stats.Pending);
    }

    [Fact]
    public async Task DropOldest_drops_the_oldest_waiting_operations_and_reports_them()
    {
        await using var h = new QueueHarness(o =>
        {
            o.MaxQueueOperations = 3;
            o.FullMode = QueueFullMode.DropOldest;
        });
        for (var i = 0; i < 5; i++)
        {
            Assert.True(h.Queue.Track("p", "e" + i, options: new EventOptions { Id = TestUlids.Of(i) }).IsAccepted);
        }

        var stats = await h.Queue.FlushAsync();

        Assert.Equal([TestUlids.Of(2), TestUlids.Of(3), TestUlids.Of(4)], Ops.EventIds(Assert.Single(h.Handler.Bodies)));
        var dropped = h.Outcomes.Where(o => o.Status == OutcomeStatus.Dropped).ToArray();
        Assert.Equal([TestUlids.Of(0), TestUlids.Of(1)], dropped.Select(o => o.EventId));
        Assert.All(dropped, o => Assert.Equal("dropped_oldest", o.Reason));
        Assert.All(dropped, o => Assert.Equal("event", o.Action));
        Assert.Equal(5, stats.Enqueued);
        Assert.Equal(2, stats.Dropped);
        Assert.Equal(3, stats.Delivered);
        Assert.Equal(0, stats.Refused);
    }

    [Fact]
    public async Task DropOldest_never_drops_what_is_in_flight_and_refuses_when_nothing_waits()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = new QueueHarness(o =>
        {
            o.MaxQueueOperations = 2;
            o.MaxBatchOperations = 2;
            o.FullMode = QueueFullMode.DropOldest;
        });
        h.Handler.BeforeAnswer = (_, _, ct) => release.Task.WaitAsync(ct);
        h.Queue.Track("p", "e0", options: new EventOptions { Id = TestUlids.Of(0) });
        h.Queue.Track("p", "e1", options: new EventOptions { Id = TestUlids.Of(1) });
        await h.Handler.WaitForRequestsAsync(1); // both in flight

        var refused = h.Queue.Track("p", "e2", options: new EventOptions { Id = TestUlids.Of(2) });
        release.SetResult();
        var stats = await h.Queue.FlushAsync();

        Assert.Equal(EnqueueStatus.QueueFull, refused.Status);
        Assert.Equal(2, stats.Delivered);
        Assert.Equal(0, stats.Dropped);
        Assert.Equal(1, stats.Refused);
    }

    [Fact]
    public async Task Throw_throws_CustomerIOQueueFullException_and_counts_the_refusal()
    {
        await using var h = new QueueHarness(o =>
        {
            o.MaxQueueOperations = 1;
            o.FullMode = QueueFullMode.Throw;
        });
        Assert.True(h.Queue.Identify("a").IsAccepted);

        var thrown = Assert.Throws<CustomerIOQueueFullException>(() => h.Queue.Identify("b"));
        Assert.Throws<CustomerIOQueueFullException>(() => h.Queue.Enqueue(PersonOperation.Identify("c")));
        Assert.Throws<CustomerIOQueueFullException>(() => h.Queue.Track("d", "e"));

        Assert.Equal("The queue is full: it holds at most 67108864 bytes and 1 operations.", thrown.Message);
        Assert.Equal(3, h.Queue.GetStatistics().Refused);
        Assert.Equal(1, h.Queue.GetStatistics().Pending);
    }

    [Fact]
    public async Task Wait_waits_for_room_and_succeeds_when_an_upload_frees_it()
    {
        await using var h = new QueueHarness(o =>
        {
            o.MaxQueueOperations = 1;
            o.FullMode = QueueFullMode.Wait;
        });
        var first = PersonOperation.Identify("a");
        var second = PersonOperation.Identify("b");
        Assert.True((await h.Queue.EnqueueAsync(first)).IsAccepted);

        var waiting = h.Queue.EnqueueAsync(second).AsTask();
        Assert.Equal(TimeSpan.FromSeconds(5), await h.NextTimerAsync()); // it waits, up to EnqueueTimeout
        Assert.False(waiting.IsCompleted);
        Assert.Equal(EnqueueStatus.QueueFull, h.Queue.Enqueue(second).Status); // the synchronous path cannot wait
        _ = h.Queue.FlushAsync();
        var result = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        var stats = await h.Queue.FlushAsync();

        Assert.True(result.IsAccepted);
        Assert.Equal([Ops.Batch([first]), Ops.Batch([second])], h.Handler.Bodies);
        Assert.Equal(2, stats.Delivered);
        Assert.Equal(1, stats.Refused);
    }

    [Fact]
    public async Task Under_Wait_an_awaited_enqueue_waits_for_room_then_for_its_delivery()
    {
        await using var h = new QueueHarness(o =>
        {
            o.MaxQueueOperations = 1;
            o.FullMode = QueueFullMode.Wait;
        });
        Assert.True((await h.Queue.EnqueueAsync(PersonOperation.Identify("a"))).IsAccepted);

        var waiting = h.Queue.EnqueueAndWaitAsync(PersonOperation.Identify("b"));
        Assert.Equal(TimeSpan.FromSeconds(5), await h.NextTimerAsync()); // waiting for room, not refused
        Assert.False(waiting.IsCompleted);
        await h.Queue.FlushAsync(); // delivers "a": room for "b"
        for (var i = 0; i < 1_000 && h.Queue.GetStatistics().Enqueued < 2; i++)
        {
            await Task.Delay(10); // bounded: "b" is admitted by the room signal's continuation
        }

        await h.Queue.FlushAsync(); // delivers "b"
        var outcome = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(OutcomeStatus.Delivered, outcome.Status);
        Assert.Equal(0, h.Queue.GetStatistics().Refused);
    }

    [Fact]
    public async Task Wait_refuses_with_QueueFull_after_EnqueueTimeout()
    {
        await using var h = new QueueHarness(o =>
        {
            o.MaxQueueOperations = 1;
            o.FullMode = QueueFullMode.Wait;
            o.EnqueueTimeout = TimeSpan.FromSeconds(2);
        });
        Assert.True((await h.Queue.EnqueueAsync(PersonOperation.Identify("a"))).IsAccepted);

        var waiting = h.Queue.EnqueueAsync(PersonOperation.Identify("b")).AsTask();
        Assert.Equal(TimeSpan.FromSeconds(2), await h.NextTimerAsync());
        h.Time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(waiting.IsCompleted);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(EnqueueStatus.QueueFull, result.Status);
        Assert.Equal(1, h.Queue.GetStatistics().Refused);
        Assert.Equal(1, h.Queue.GetStatistics().Enqueued);
        Assert.Single(h.Outcomes, o => o.Status == OutcomeStatus.Refused);
    }
}
