namespace CustomerIO.Queue.Engine;

/// <summary>
/// One pause shared by every upload lane: when Customer.io answers 429, all uploads wait out the same delay
/// instead of each one hammering the API on its own.
/// </summary>
internal sealed class PauseGate(TimeProvider time)
{
    private long _resumeAtUtcTicks;

    public bool IsPaused => time.GetUtcNow().UtcTicks < Volatile.Read(ref _resumeAtUtcTicks);

    /// <summary>Pauses every lane for at least <paramref name="delay"/> from now (a longer pause already set stays).</summary>
    public void PauseFor(TimeSpan delay)
    {
        var until = time.GetUtcNow().UtcTicks + Math.Max(0, delay.Ticks);
        long current;
        do
        {
            current = Volatile.Read(ref _resumeAtUtcTicks);
            if (current >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _resumeAtUtcTicks, until, current) != current);
    }

    /// <summary>Completes when no pause is in force.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = Volatile.Read(ref _resumeAtUtcTicks) - time.GetUtcNow().UtcTicks;
            if (wait <= 0)
            {
                return;
            }

            await Delays.DelayAsync(time, TimeSpan.FromTicks(wait), cancellationToken).ConfigureAwait(false);
        }
    }
}
