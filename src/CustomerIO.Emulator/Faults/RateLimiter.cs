namespace CustomerIO.Emulator.Faults;

/// <summary>Token buckets per API and a minimum interval per broadcast, timed by the <see cref="TimeProvider"/>.</summary>
internal sealed class RateLimiter(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _lastBroadcast = new(StringComparer.Ordinal);
    private Bucket _track;
    private Bucket _app;

    public void Reset()
    {
        lock (_gate)
        {
            _track = default;
            _app = default;
            _lastBroadcast.Clear();
        }
    }

    public int? Check(RateLimitSettings limits, EmulatorApi? api, string method, ReadOnlySpan<char> path)
    {
        var now = time.GetTimestamp();
        lock (_gate)
        {
            var broadcast = api == EmulatorApi.App && HttpMethodsEqual(method, "POST") ? BroadcastId(path) : null;
            if (broadcast is not null && _lastBroadcast.TryGetValue(broadcast, out var last))
            {
                var remaining = limits.BroadcastInterval - time.GetElapsedTime(last, now);
                if (remaining > TimeSpan.Zero)
                {
                    return Math.Max(1, (int)Math.Ceiling(remaining.TotalSeconds));
                }
            }

            var retryAfter = api switch
            {
                EmulatorApi.Track => _track.Take(limits.TrackPerSecond, now, time),
                EmulatorApi.App => _app.Take(limits.AppPerSecond, now, time),
                _ => null,
            };

            // Only a trigger that gets through starts the broadcast's interval.
            if (retryAfter is null && broadcast is not null)
            {
                _lastBroadcast[broadcast] = now;
            }

            return retryAfter;
        }
    }

    private static bool HttpMethodsEqual(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The broadcast id of <c>/app/v1/campaigns/{id}/triggers</c>, else null.</summary>
    private static string? BroadcastId(ReadOnlySpan<char> path)
    {
        const string Prefix = "/app/v1/campaigns/";
        const string Suffix = "/triggers";
        if (!path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var id = path[Prefix.Length..^Suffix.Length];
        return id.IsEmpty || id.Contains('/') ? null : id.ToString();
    }

    /// <summary>A token bucket holding up to one second of requests.</summary>
    private struct Bucket
    {
        private double _tokens;
        private long _last;
        private bool _started;

        public int? Take(int perSecond, long now, TimeProvider time)
        {
            if (!_started)
            {
                _started = true;
                _tokens = perSecond;
                _last = now;
            }

            _tokens = Math.Min(perSecond, _tokens + (time.GetElapsedTime(_last, now).TotalSeconds * perSecond));
            _last = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return null;
            }

            return Math.Max(1, (int)Math.Ceiling((1 - _tokens) / perSecond));
        }
    }
}
