namespace CustomerIO.Queue.Engine;

/// <summary>
/// One pause shared by every upload lane: when Customer.io answers 429, all uploads wait out the same delay
/// instead of each one hammering the API on its own.
/// </summary>
/// <remarks>Measured with the monotonic timestamp, so a wall-clock change neither stretches nor cuts a pause.</remarks>
internal sealed class PauseGate(TimeProvider time)
{
    /// <summary>The longest single wait: timers refuse delays of about 49 days and more.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);

    private long _resumeAt;

    public bool IsPaused => time.GetTimestamp() < Volatile.Read(ref _resumeAt);

    /// <summary>Pauses every lane for at least <paramref name="delay"/> from now (a longer pause already set stays).</summary>
    public void PauseFor(TimeSpan delay)
    {
        // Clamped (a day is far past any pause the queue takes), so no delay can overflow the timestamp arithmetic.
        var ticks = Math.Min(Math.Max(0, delay.Ticks), MaxWait.Ticks);
        var until = time.GetTimestamp() + (long)(ticks * ((double)time.TimestampFrequency / TimeSpan.TicksPerSecond));
        long current;
        do
        {
            current = Volatile.Read(ref _resumeAt);
            if (current >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _resumeAt, until, current) != current);
    }

    /// <summary>Completes when no pause is in force.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = Volatile.Read(ref _resumeAt) - time.GetTimestamp();
            if (wait <= 0)
            {
                return;
            }

            var delay = TimeSpan.FromTicks(Math.Min(MaxWait.Ticks, Math.Max(1, (long)(wait * ((double)TimeSpan.TicksPerSecond / time.TimestampFrequency)))));
            await Delays.DelayAsync(time, delay, cancellationToken).ConfigureAwait(false);
        }
    }
}
