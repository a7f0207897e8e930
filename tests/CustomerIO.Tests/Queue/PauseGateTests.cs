using CustomerIO.Queue.Engine;
using CustomerIO.Tests.Transport;

namespace CustomerIO.Tests.Queue;

/// <summary>
/// The shared rate-limit pause on a fake clock: how long it lasts, that a shorter pause never cuts a longer one, and
/// that waiters are released exactly when it ends.
/// </summary>
public sealed class PauseGateTests
{
    private readonly ControlledTime _time = new();

    [Fact]
    public void A_new_gate_is_not_paused_and_a_pause_lasts_exactly_its_delay()
    {
        var gate = new PauseGate(_time);
        Assert.False(gate.IsPaused);

        gate.PauseFor(TimeSpan.FromSeconds(2));
        Assert.True(gate.IsPaused);
        _time.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        Assert.True(gate.IsPaused);
        _time.Advance(TimeSpan.FromTicks(1));
        Assert.False(gate.IsPaused);
    }

    [Fact]
    public void A_zero_or_negative_delay_does_not_pause()
    {
        var gate = new PauseGate(_time);

        gate.PauseFor(TimeSpan.Zero);
        Assert.False(gate.IsPaused);
        gate.PauseFor(TimeSpan.FromSeconds(-5));
        Assert.False(gate.IsPaused);
        Assert.True(gate.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public void A_shorter_pause_never_cuts_a_longer_one_and_a_longer_one_extends_it()
    {
        var gate = new PauseGate(_time);

        gate.PauseFor(TimeSpan.FromSeconds(10));
        _time.Advance(TimeSpan.FromSeconds(1));
        gate.PauseFor(TimeSpan.FromSeconds(3));
        _time.Advance(TimeSpan.FromSeconds(8));
        Assert.True(gate.IsPaused); // 9 s in: the 10 s pause still holds
        gate.PauseFor(TimeSpan.FromSeconds(5));
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.True(gate.IsPaused); // 13 s in: extended to 14 s
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(gate.IsPaused);
    }

    [Fact]
    public async Task WaitAsync_completes_at_once_without_a_pause_and_exactly_when_a_pause_ends()
    {
        var gate = new PauseGate(_time);
        Assert.True(gate.WaitAsync(CancellationToken.None).IsCompletedSuccessfully);

        gate.PauseFor(TimeSpan.FromSeconds(3));
        var wait = gate.WaitAsync(CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(3), await _time.NextTimerAsync());
        _time.Advance(TimeSpan.FromSeconds(3) - TimeSpan.FromTicks(1));
        Assert.False(wait.IsCompleted);
        _time.Advance(TimeSpan.FromTicks(1));
        await Within10Seconds(wait);
    }

    [Fact]
    public async Task WaitAsync_waits_again_when_the_pause_was_extended_meanwhile()
    {
        var gate = new PauseGate(_time);
        gate.PauseFor(TimeSpan.FromSeconds(2));
        var wait = gate.WaitAsync(CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(2), await _time.NextTimerAsync());

        _time.Advance(TimeSpan.FromSeconds(1));
        gate.PauseFor(TimeSpan.FromSeconds(4)); // now ends 5 s after the start
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(3), await _time.NextTimerAsync());
        Assert.False(wait.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(3));
        await Within10Seconds(wait);
        Assert.False(gate.IsPaused);
    }

    [Fact]
    public async Task WaitAsync_ends_with_the_callers_cancellation()
    {
        var gate = new PauseGate(_time);
        gate.PauseFor(TimeSpan.FromMinutes(1));
        using var cancel = new CancellationTokenSource();
        var wait = gate.WaitAsync(cancel.Token);
        await _time.NextTimerAsync();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.True(gate.IsPaused);
    }

    [Fact]
    public async Task A_clock_that_counts_nanoseconds_gives_the_same_pause()
    {
        // Stopwatch on Linux counts 1,000,000,000 a second, not TimeSpan's 10,000,000: the conversions must hold.
        var nanos = new NanosecondClock(_time);
        var gate = new PauseGate(nanos);

        gate.PauseFor(TimeSpan.FromSeconds(2));
        var wait = gate.WaitAsync(CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(2), await _time.NextTimerAsync());
        _time.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        Assert.True(gate.IsPaused);
        Assert.False(wait.IsCompleted);
        _time.Advance(TimeSpan.FromTicks(1));
        Assert.False(gate.IsPaused);
        await Within10Seconds(wait);
    }

    /// <summary>A real-time guard, so a wait that never ends fails the test instead of hanging it.</summary>
    private static Task Within10Seconds(Task wait) => wait.WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>The same clock, with timestamps in nanoseconds.</summary>
    private sealed class NanosecondClock(TimeProvider inner) : TimeProvider
    {
        public override long TimestampFrequency => 1_000_000_000;

        public override long GetTimestamp() => inner.GetTimestamp() * (1_000_000_000 / inner.TimestampFrequency);

        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            inner.CreateTimer(callback, state, dueTime, period);
    }
}
