using CustomerIO.Track;
using Microsoft.Extensions.Logging;

namespace CustomerIO.Tests.Queue;

/// <summary>A 429's <c>Retry-After</c> pauses every lane, but never for longer than <c>Retry.MaxRetryAfter</c>.</summary>
public sealed class TrackQueueRateLimitTests
{
    [Theory]
    [InlineData("3600", "3600 s")]
    [InlineData("86400000", "86400000 s")] // 1,000 days: once an ArgumentOutOfRangeException that failed the batch
    [InlineData("99999999999", "an unreadable Retry-After")] // too large for the header's parser
    [InlineData("soon", "an unreadable Retry-After")]
    public async Task A_Retry_After_over_the_cap_or_unreadable_pauses_for_the_cap_then_delivers(string retryAfter, string requested)
    {
        await using var h = new QueueHarness(client: c => c.Retry.MaxRetryAfter = TimeSpan.FromSeconds(30));
        h.Handler.Recording.Enqueue(429, "{}", ("Retry-After", retryAfter));
        var operation = PersonOperation.Identify("a");
        h.Queue.Enqueue(operation);

        var flush = h.Queue.FlushAsync();
        Assert.Equal(TimeSpan.FromSeconds(30), await h.NextTimerAsync()); // the pause, capped
        var paused = h.Queue.GetStatistics();
        Assert.True(paused.IsPaused);
        Assert.Equal((0L, 0L, 1L), (paused.Delivered, paused.Failed, paused.Pending));
        h.Time.Advance(TimeSpan.FromMilliseconds(29_999));
        Assert.Equal(1, h.Handler.Count);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        var stats = await flush.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((1L, 0L, 0L), (stats.Delivered, stats.Failed, stats.Pending));
        Assert.False(stats.IsPaused);
        Assert.Equal([h.Start, h.Start.AddSeconds(30)], h.Handler.Sent.Select(s => s.At));
        Assert.Equal([Ops.Batch([operation]), Ops.Batch([operation])], h.Handler.Bodies);
        Assert.Empty(h.Outcomes);
        Assert.Equal(
            [$"Customer.io asked for a pause ({requested}) longer than the Track queue takes: every upload pauses for 30000 ms, the cap (Retry.MaxRetryAfter)"],
            h.LogMessages(LogLevel.Warning));
        Assert.Contains("Customer.io is rate limiting the Track queue: every upload pauses for 30000 ms", h.LogMessages(LogLevel.Information));
    }

    [Fact]
    public async Task A_Retry_After_within_the_cap_is_waited_out_exactly()
    {
        await using var h = new QueueHarness(client: c => c.Retry.MaxRetryAfter = TimeSpan.FromSeconds(30));
        h.Handler.Recording.Enqueue(429, "{}", ("Retry-After", "30"));
        h.Queue.Identify("a");

        var flush = h.Queue.FlushAsync();
        await h.AdvanceTimerAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, (await flush.WaitAsync(TimeSpan.FromSeconds(10))).Delivered);
        Assert.Empty(h.LogMessages(LogLevel.Warning));
    }

    [Fact]
    public async Task A_cap_of_zero_pauses_for_the_queues_backoff_rather_than_not_at_all()
    {
        await using var h = new QueueHarness(client: c => c.Retry.MaxRetryAfter = TimeSpan.Zero);
        h.Handler.Recording.Enqueue(429, "{}", ("Retry-After", "3600"));
        h.Queue.Identify("a");

        var flush = h.Queue.FlushAsync();
        await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(500));
        Assert.Equal(1, (await flush.WaitAsync(TimeSpan.FromSeconds(10))).Delivered);
    }

    [Fact]
    public async Task The_pause_gate_takes_any_delay_without_overflowing_and_waits_at_most_a_day_at_a_time()
    {
        var time = new CustomerIO.Tests.Transport.ControlledTime();
        var gate = new CustomerIO.Queue.Engine.PauseGate(time);
        gate.PauseFor(TimeSpan.MaxValue); // ticks times the timestamp frequency would overflow a long

        Assert.True(gate.IsPaused);
        var waiting = gate.WaitAsync(CancellationToken.None);
        Assert.Equal(TimeSpan.FromDays(1), await time.NextTimerAsync());
        time.Advance(TimeSpan.FromDays(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(gate.IsPaused);
    }
}
