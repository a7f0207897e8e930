using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using CustomerIO.Queue.Engine;
using CustomerIO.Transport;

namespace CustomerIO.App.RateLimiting;

/// <summary>
/// The App API's client-side limits, on <see cref="System.Threading.RateLimiting"/>: a request takes a permit of a
/// <see cref="ConcurrencyLimiter"/> and gives it back one window after its answer came, so no window of that length
/// ever holds more arrivals at the server than the limiter has permits, however the network delays them (a sliding
/// log counted from the answer: counted from the start, a slow first request, such as one that opens the connection,
/// arrives late and crowds the next window). Each broadcast has a one-permit limiter of its own for its triggers.
/// Waiting is in order and cancellable; the release timers run on the client's <see cref="TimeProvider"/>.
/// </summary>
internal sealed class AppRateGate : IRequestGate
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time;
    private readonly ConcurrencyLimiter _requests;
    private readonly TimeSpan _triggerInterval;
    private readonly ConcurrentDictionary<string, ConcurrencyLimiter> _triggers = new(StringComparer.Ordinal);

    // Timers are kept referenced until they fire: an unreferenced timer may be collected before it runs.
    private readonly ConcurrentDictionary<Release, byte> _pending = new();
    private readonly PauseGate _pause;

    public AppRateGate(TimeProvider time, int requestsPerSecond, TimeSpan triggerInterval)
    {
        _time = time;
        _triggerInterval = triggerInterval;
        _requests = NewLimiter(requestsPerSecond);
        _pause = new PauseGate(time);
    }

    /// <summary>Requests that could start now without waiting (for tests).</summary>
    public long AvailablePermits => _requests.GetStatistics()?.CurrentAvailablePermits ?? 0;

    /// <summary>Whether a 429 holds every request now (for tests).</summary>
    public bool IsPaused => _pause.IsPaused;

    public async ValueTask<IRequestTicket> EnterAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        await _pause.WaitAsync(cancellationToken).ConfigureAwait(false);
        RateLimitLease? trigger = null;
        if (request.RateKey is { } key && _triggerInterval > TimeSpan.Zero)
        {
            trigger = await TakeAsync(_triggers.GetOrAdd(key, static _ => NewLimiter(1)), cancellationToken).ConfigureAwait(false);
        }

        RateLimitLease general;
        try
        {
            general = await TakeAsync(_requests, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Cancelled while waiting for the general limit: the broadcast's turn was not used.
            trigger?.Dispose();
            throw;
        }

        return new Ticket(this, general, trigger);
    }

    private void Observe(ApiResponse response)
    {
        if ((int)response.StatusCode != 429 || response.RetryAfter is not { } retryAfter || retryAfter <= TimeSpan.Zero)
        {
            return;
        }

        // The queue's shared pause: on the monotonic clock, a longer pause already set kept, the delay clamped.
        _pause.PauseFor(retryAfter);
    }

    private static async Task<RateLimitLease> TakeAsync(ConcurrencyLimiter limiter, CancellationToken cancellationToken)
    {
        var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            // The queue is unbounded, so this happens only when the limiter is disposed.
            lease.Dispose();
            throw new CustomerIOException("The App API rate limiter refused the request.");
        }

        return lease;
    }

    private void ReleaseAfter(RateLimitLease lease, TimeSpan holdFor)
    {
        var release = new Release(this, lease);
        _pending.TryAdd(release, 0);
        release.Start(_time, holdFor);
    }

    /// <summary>An admitted attempt's permits, given back one window after it ended.</summary>
    private sealed class Ticket(AppRateGate gate, RateLimitLease general, RateLimitLease? trigger) : IRequestTicket
    {
        public void Complete(ApiResponse? response)
        {
            if (response is not null)
            {
                gate.Observe(response);
            }

            gate.ReleaseAfter(general, Second);
            if (trigger is not null)
            {
                gate.ReleaseAfter(trigger, gate._triggerInterval);
            }
        }
    }

    private static ConcurrencyLimiter NewLimiter(int permits) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = permits,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>Gives a permit back when its window has passed.</summary>
    private sealed class Release(AppRateGate gate, RateLimitLease lease)
    {
        private ITimer? _timer;
        private int _done;

        public void Start(TimeProvider time, TimeSpan after)
        {
            var timer = time.CreateTimer(static s => ((Release)s!).Fire(), this, after, Timeout.InfiniteTimeSpan);
            Volatile.Write(ref _timer, timer);
            if (Volatile.Read(ref _done) == 1)
            {
                timer.Dispose();
            }
        }

        private void Fire()
        {
            if (Interlocked.Exchange(ref _done, 1) == 1)
            {
                return;
            }

            lease.Dispose();
            gate._pending.TryRemove(this, out _);
            Volatile.Read(ref _timer)?.Dispose();
        }
    }
}
