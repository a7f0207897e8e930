using CustomerIO.Track;

namespace CustomerIO.Tests.Queue;

/// <summary>
/// The queue's re-send backoff doubles from 0.5 s but never passes <see cref="CustomerIOQueueOptions.MaxRetryDelay"/>,
/// so after an outage the next send comes within seconds of the recovery.
/// </summary>
public sealed class TrackQueueBackoffTests
{
    [Fact]
    public async Task The_backoff_doubles_up_to_MaxRetryDelay_five_seconds_by_default_and_the_batch_goes_when_the_server_is_back()
    {
        await using var h = new QueueHarness();
        Assert.Equal(TimeSpan.FromSeconds(5), h.Options.MaxRetryDelay);
        h.Handler.Respond = (i, _) => QueueHandler.Answer(i < 8 ? 503 : 200);
        var operation = PersonOperation.Identify("a");
        h.Queue.Enqueue(operation);

        var flush = h.Queue.FlushAsync();
        foreach (var ms in new[] { 500, 1_000, 2_000, 4_000, 5_000, 5_000, 5_000, 5_000 })
        {
            await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(ms));
        }

        var stats = await flush.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((1L, 0L), (stats.Delivered, stats.Failed));
        Assert.Equal([0, 0.5, 1.5, 3.5, 7.5, 12.5, 17.5, 22.5, 27.5], h.Handler.Sent.Select(s => (s.At - h.Start).TotalSeconds));
        Assert.All(h.Handler.Bodies, b => Assert.Equal(Ops.Batch([operation]), b));
    }

    [Fact]
    public async Task MaxRetryDelay_is_configurable_and_caps_the_jitter_too()
    {
        await using var h = new QueueHarness(o => o.MaxRetryDelay = TimeSpan.FromSeconds(2), c => c.Random = () => 1); // the most jitter: 25%
        h.Handler.Respond = (i, _) => QueueHandler.Answer(i < 4 ? 503 : 200);
        h.Queue.Identify("a");

        var flush = h.Queue.FlushAsync();
        await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(625));
        await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(1_250));
        await h.AdvanceTimerAsync(TimeSpan.FromSeconds(2)); // 2.5 s with jitter: capped
        await h.AdvanceTimerAsync(TimeSpan.FromSeconds(2));

        Assert.Equal(1, (await flush.WaitAsync(TimeSpan.FromSeconds(10))).Delivered);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void MaxRetryDelay_must_be_positive(int seconds)
    {
        var options = new TrackQueueOptions { MaxRetryDelay = TimeSpan.FromSeconds(seconds) };
        var thrown = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Equal("MaxRetryDelay", thrown.ParamName);
    }
}
