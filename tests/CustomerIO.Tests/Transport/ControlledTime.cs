using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Tests.Transport;

/// <summary>
/// A fake clock that reports every timer the code under test creates (retry delays, timeouts), so a test can
/// assert each delay exactly and then advance time by just that much: no sleeping, no guessing.
/// </summary>
internal sealed class ControlledTime : TimeProvider
{
    private readonly FakeTimeProvider _fake = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    public override long GetTimestamp() => _fake.GetTimestamp();

    public override long TimestampFrequency => _fake.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ReportingTimer(_fake.CreateTimer(callback, state, dueTime, period), _timers.Writer);
        timer.Report(dueTime);
        return timer;
    }

    /// <summary>Waits (at most 10 real seconds, so a bug fails instead of hanging) for the next timer and answers its due time.</summary>
    public async Task<TimeSpan> NextTimerAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _timers.Reader.ReadAsync(guard.Token);
    }

    /// <summary>
    /// The next timer's due time, skipping the timers of at least 30 minutes (a queue lane waiting out a one-hour flush
    /// interval, a two-hour shutdown deadline), whose number depends on thread timing.
    /// </summary>
    public async Task<TimeSpan> NextShortTimerAsync()
    {
        for (var i = 0; i < 1000; i++)
        {
            var due = await NextTimerAsync();
            if (due < TimeSpan.FromMinutes(30))
            {
                return due;
            }
        }

        throw new Xunit.Sdk.XunitException("Only long timers were created.");
    }

    /// <summary>Moves the clock forward, firing the timers that fall due.</summary>
    public void Advance(TimeSpan by) => _fake.Advance(by);

    /// <summary>A timer that reports each due time it is set to (a CancellationTokenSource sets it after creation).</summary>
    private sealed class ReportingTimer(ITimer inner, ChannelWriter<TimeSpan> reports) : ITimer
    {
        public void Report(TimeSpan dueTime)
        {
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                reports.TryWrite(dueTime);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Report(dueTime);
            return inner.Change(dueTime, period);
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    /// <summary>Whether a timer was created that no test has looked at yet.</summary>
    public bool HasPendingTimer => _timers.Reader.TryPeek(out _);
}
