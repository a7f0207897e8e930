namespace CustomerIO.App;

/// <summary>
/// How an <see cref="AppClient"/> keeps under the App API's rate limits by waiting (cancellably) instead of collecting
/// 429s: at most <see cref="RequestsPerSecond"/> requests start in any one second, and at most one trigger of the same
/// broadcast starts in any <see cref="BroadcastTriggerInterval"/>. Retries count as requests. A 429 that still comes
/// (another process sharing the workspace) holds every request of the client until its <c>Retry-After</c> has passed.
/// </summary>
/// <remarks>The limits hold per client: share one <see cref="AppClient"/> per workspace (the hosting package does).</remarks>
public sealed class AppRateLimitOptions
{
    /// <summary>Whether the client limits itself. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests that may start in any one second, from 1 to 1000. Default: 10, the App API's documented limit.</summary>
    public int RequestsPerSecond { get; set; } = 10;

    /// <summary>The least time between two triggers of the same broadcast, at most one hour. Default: 10 seconds, as documented.</summary>
    public TimeSpan BroadcastTriggerInterval { get; set; } = TimeSpan.FromSeconds(10);

    internal void Validate()
    {
        if (RequestsPerSecond is < 1 or > 1000)
        {
            throw new ArgumentException("RateLimit.RequestsPerSecond must be from 1 to 1000.", "RateLimit." + nameof(RequestsPerSecond));
        }

        if (BroadcastTriggerInterval < TimeSpan.Zero || BroadcastTriggerInterval > TimeSpan.FromHours(1))
        {
            throw new ArgumentException("RateLimit.BroadcastTriggerInterval must be from 0 to 1 hour.", "RateLimit." + nameof(BroadcastTriggerInterval));
        }
    }
}
