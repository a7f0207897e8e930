using CustomerIO.Track;
using Microsoft.Extensions.Logging;

namespace CustomerIO.Tests.Queue;

/// <summary>
/// Every way of closing honours <see cref="CustomerIOQueueOptions.ShutdownTimeout"/> unless the caller passes its own
/// deadline, and answers what was delivered, failed and abandoned. On the fake clock: the deadline is a timer, and
/// the close is awaited only after the clock has passed it.
/// </summary>
public sealed class TrackQueueCloseTests
{
    [Fact]
    public async Task A_bare_CloseAsync_against_a_server_that_never_answers_ends_at_ShutdownTimeout()
    {
        await using var h = new QueueHarness(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        h.Handler.BeforeAnswer = (_, _, ct) => Task.Delay(Timeout.Infinite, ct); // hangs until the upload is cancelled
        h.Queue.Identify("a");
        h.Queue.Identify("b");

        var close = h.Queue.CloseAsync();
        Assert.Equal(TimeSpan.FromSeconds(5), await h.NextTimerAsync()); // the deadline, on the queue's clock
        await h.Handler.WaitForRequestsAsync(1);
        h.Time.Advance(TimeSpan.FromMilliseconds(4_999));
        Assert.False(close.IsCompleted);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        var stats = await close.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((0L, 0L, 2L, 0L), (stats.Delivered, stats.Failed, stats.Abandoned, stats.Pending));
        Assert.True(stats.IsClosed);
        Assert.Equal(2, h.Outcomes.Count(o => o.Status == OutcomeStatus.Abandoned && o.Reason == "shutdown"));
        Assert.Contains("The Track queue shut down with 2 operations undelivered", h.LogMessages(LogLevel.Warning));
    }

    [Fact]
    public async Task A_bare_CloseAsync_against_a_server_that_is_down_ends_at_ShutdownTimeout()
    {
        await using var h = new QueueHarness(o =>
        {
            o.ShutdownTimeout = TimeSpan.FromSeconds(5);
            o.MaxBatchOperations = 1;
        });
        h.Handler.Respond = (i, _) => QueueHandler.Answer(i == 0 ? 200 : 503); // "a" is delivered, then the server fails
        h.Queue.Identify("a");
        h.Queue.Identify("b");
        h.Queue.Identify("c");

        var close = h.Queue.CloseAsync();
        Assert.Equal(TimeSpan.FromSeconds(5), await h.NextTimerAsync()); // set before the close sends anything
        await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(500)); // the queue's backoff for "b": t = 0.5 s
        await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(1_000)); // t = 1.5 s
        await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(2_000)); // t = 3.5 s
        Assert.Equal(TimeSpan.FromMilliseconds(4_000), await h.NextTimerAsync()); // would end at 7.5 s, past the deadline
        Assert.False(close.IsCompleted);
        h.Time.Advance(TimeSpan.FromMilliseconds(1_500)); // t = 5 s
        var stats = await close.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((1L, 0L, 2L, 0L), (stats.Delivered, stats.Failed, stats.Abandoned, stats.Pending));
        Assert.Equal([h.Start, h.Start, h.Start.AddSeconds(0.5), h.Start.AddSeconds(1.5), h.Start.AddSeconds(3.5)], h.Handler.Sent.Select(s => s.At));
    }

    [Fact]
    public async Task CloseAsync_with_a_longer_timeout_keeps_delivering_past_ShutdownTimeout()
    {
        await using var h = new QueueHarness(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Handler.BeforeAnswer = (_, _, ct) => answer.Task.WaitAsync(ct);
        h.Queue.Identify("a");
        h.Queue.Identify("b");

        var close = h.Queue.CloseAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.FromMinutes(1), await h.NextTimerAsync());
        await h.Handler.WaitForRequestsAsync(1);
        h.Time.Advance(TimeSpan.FromSeconds(30)); // far past ShutdownTimeout
        Assert.False(close.IsCompleted);
        answer.SetResult();
        var stats = await close.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((2L, 0L, 0L), (stats.Delivered, stats.Failed, stats.Abandoned));
    }

    [Fact]
    public async Task CloseAsync_with_a_shorter_timeout_ends_then()
    {
        await using var h = new QueueHarness(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        h.Handler.BeforeAnswer = (_, _, ct) => Task.Delay(Timeout.Infinite, ct);
        h.Queue.Identify("a");

        var close = h.Queue.CloseAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1), await h.NextTimerAsync());
        await h.Handler.WaitForRequestsAsync(1);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var stats = await close.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((0L, 1L), (stats.Delivered, stats.Abandoned));
    }

    [Fact]
    public async Task A_negative_timeout_is_refused_and_leaves_the_queue_open()
    {
        await using var h = new QueueHarness();
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => { _ = h.Queue.CloseAsync(TimeSpan.FromSeconds(-1)); });
        Assert.Equal("timeout", thrown.ParamName);
        Assert.False(h.Queue.GetStatistics().IsClosed);
    }

    [Fact]
    public async Task Dispose_closes_in_the_background_within_ShutdownTimeout()
    {
        var h = new QueueHarness(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        h.Handler.BeforeAnswer = (_, _, ct) => Task.Delay(Timeout.Infinite, ct);
        h.Queue.Identify("a");

        h.Queue.Dispose();
        Assert.Equal(TimeSpan.FromSeconds(5), await h.NextTimerAsync());
        await h.Handler.WaitForRequestsAsync(1);
        h.Time.Advance(TimeSpan.FromSeconds(5));
        var stats = await h.Queue.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10)); // the same close: its result

        Assert.Equal((0L, 1L), (stats.Delivered, stats.Abandoned));
        Assert.Single(h.Outcomes, o => o.Status == OutcomeStatus.Abandoned);
    }
}
