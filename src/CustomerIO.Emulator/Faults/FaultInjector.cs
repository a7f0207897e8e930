using System.Globalization;

namespace CustomerIO.Emulator.Faults;

/// <summary>
/// Decides the fault for each request from the current <see cref="FaultProfile"/>. One lock
/// serializes the seeded random draws so they are consumed in request order.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly RateLimiter _rateLimiter;
    private FaultProfile _profile = FaultProfile.None;
    private Random _random = new();
    private int[] _fired = [];
    private volatile bool _active;

    public FaultInjector(TimeProvider time, FaultProfile? initial)
    {
        _rateLimiter = new RateLimiter(time);
        Set(initial ?? FaultProfile.None);
    }

    public FaultProfile Profile
    {
        get
        {
            lock (_gate)
            {
                return _profile.Copy();
            }
        }
    }

    /// <summary>Replaces the profile; the random sequence, rule counts and rate-limit windows restart.</summary>
    public void Set(FaultProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        profile.Validate();
        profile = profile.Copy();
        lock (_gate)
        {
            _profile = profile;
            _random = profile.Seed is { } seed ? new Random(seed) : new Random();
            _fired = new int[profile.Rules.Count];
            _rateLimiter.Reset();
            _active = profile.Down != DownMode.None || profile.Rules.Count > 0 || profile.RateLimits is not null;
        }
    }

    /// <summary>The fault (outage or rule) for a request before it is authenticated.</summary>
    public FaultDecision Decide(EmulatorApi? api, ReadOnlySpan<char> path)
    {
        if (!_active)
        {
            return FaultDecision.None;
        }

        lock (_gate)
        {
            switch (_profile.Down)
            {
                case DownMode.Unavailable:
                    return new FaultDecision(TimeSpan.Zero, 503, null, false, "down");
                case DownMode.Abort:
                    return new FaultDecision(TimeSpan.Zero, null, null, true, "down");
                default:
                    break;
            }

            var rules = _profile.Rules;
            for (var i = 0; i < rules.Count; i++)
            {
                var rule = rules[i];
                if ((rule.Api is { } wanted && wanted != api)
                    || (rule.PathPattern is { } pattern && !PathPattern.Matches(pattern, path))
                    || (rule.MaxCount is { } max && _fired[i] >= max))
                {
                    continue;
                }

                if (rule.Rate < 1.0 && _random.NextDouble() >= rule.Rate)
                {
                    continue;
                }

                _fired[i]++;
                var retryAfter = rule.RetryAfterSeconds ?? (rule.Status == 429 ? 1 : null);
                var label = rule.Abort ? "abort"
                    : rule.Status is { } status ? string.Create(CultureInfo.InvariantCulture, $"status:{status}")
                    : string.Create(CultureInfo.InvariantCulture, $"latency:{rule.Latency.TotalMilliseconds}ms");
                return new FaultDecision(rule.Latency, rule.Abort ? null : rule.Status, retryAfter, rule.Abort, label);
            }

            return FaultDecision.None;
        }
    }

    /// <summary>Answers the Retry-After seconds when the request is over an emulated rate limit, else null.</summary>
    public int? CheckRateLimit(EmulatorApi? api, string method, ReadOnlySpan<char> path)
    {
        if (!_active)
        {
            return null;
        }

        RateLimitSettings? limits;
        lock (_gate)
        {
            limits = _profile.RateLimits;
        }

        return limits is null ? null : _rateLimiter.Check(limits, api, method, path);
    }
}
