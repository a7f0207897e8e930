using System.Text.Json.Serialization;

namespace CustomerIO.Emulator;

/// <summary>Customer.io's documented rate limits; requests over them answer 429 with <c>Retry-After</c>.</summary>
public sealed record RateLimitSettings
{
    /// <summary>Track API requests per second (v1 and v2 together). Default 100.</summary>
    public int TrackPerSecond { get; set; } = 100;

    /// <summary>App API requests per second. Default 10.</summary>
    public int AppPerSecond { get; set; } = 10;

    /// <summary>The minimum interval between triggers of one broadcast. Default 10 seconds.</summary>
    [JsonPropertyName("broadcast_interval_ms")]
    [JsonConverter(typeof(MillisecondsConverter))]
    public TimeSpan BroadcastInterval { get; set; } = TimeSpan.FromSeconds(10);

    internal void Validate()
    {
        if (TrackPerSecond < 1 || AppPerSecond < 1 || BroadcastInterval < TimeSpan.Zero)
        {
            throw new ArgumentException("Rate limits must be positive.");
        }
    }
}
