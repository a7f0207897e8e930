using System.Text.Json.Serialization;

namespace CustomerIO.Emulator;

/// <summary>
/// The faults the emulator injects: an outage switch, probabilistic rules, and optional emulation of
/// Customer.io's rate limits. Random draws come from one <see cref="Random"/> seeded with
/// <see cref="Seed"/>, consumed in request order, so a sequential client sees a reproducible sequence.
/// Admin requests (<c>/_emulator/</c>) are never faulted. Emulators copy a profile when given one.
/// </summary>
public sealed record FaultProfile
{
    /// <summary>The seed for fault draws; null picks one at random.</summary>
    public int? Seed { get; set; }

    /// <summary>The outage switch: every API request answers 503, or has its connection aborted.</summary>
    public DownMode Down { get; set; }

    /// <summary>Rules tried in order for each request; the first that matches and fires applies.</summary>
    public IReadOnlyList<FaultRule> Rules { get; set; } = [];

    /// <summary>Customer.io's documented rate limits, enforced when set (null: no limits).</summary>
    public RateLimitSettings? RateLimits { get; set; }

    /// <summary>A new profile without faults.</summary>
    [JsonIgnore]
    public static FaultProfile None => new();

    /// <summary>A deep copy, so later changes by the caller do not reach a running emulator.</summary>
    internal FaultProfile Copy() => this with
    {
        Rules = Rules.Count == 0 ? [] : [.. Rules.Select(rule => rule with { })],
        RateLimits = RateLimits is null ? null : RateLimits with { },
    };

    internal void Validate()
    {
        foreach (var rule in Rules ?? throw new ArgumentException("Rules must not be null.", nameof(Rules)))
        {
            (rule ?? throw new ArgumentException("A fault rule must not be null.", nameof(Rules))).Validate();
        }

        RateLimits?.Validate();
    }
}

/// <summary>What the outage switch does.</summary>
public enum DownMode
{
    /// <summary>Not down.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Every API request answers 503.</summary>
    [JsonStringEnumMemberName("unavailable")]
    Unavailable,

    /// <summary>Every API request has its connection aborted.</summary>
    [JsonStringEnumMemberName("abort")]
    Abort,
}
