namespace CustomerIO;

/// <summary>
/// How failed attempts are retried: jittered exponential backoff, <c>Retry-After</c> honoured, and only for
/// operations that are safe to repeat.
/// </summary>
/// <remarks>
/// Retried: 408, 429, 5xx (but 501 and 505), network failures and attempt timeouts. Never retried: any other 4xx.
/// An operation that could act twice (a transactional send, a metric) is retried only where the request surely
/// did not take effect (a 429, or a connection that never opened) unless <see cref="RetryUnsafeOperations"/> is set.
/// </remarks>
public sealed class CustomerIORetryOptions
{
    /// <summary>Retries after the first attempt; 0 turns retrying off. Default: 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; each retry doubles it, times a random factor from 1 to 2. Default: 200 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest backoff delay. Default: 5 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest <c>Retry-After</c> the SDK waits out. A longer one ends retrying at once with a
    /// <see cref="CustomerIORateLimitException"/> that carries the delay. Default: 30 seconds.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Also retry operations that are not idempotent (transactional sends, broadcast triggers, metrics, merges)
    /// after an ambiguous failure, accepting that a message may be sent twice. Default: false.
    /// </summary>
    public bool RetryUnsafeOperations { get; set; }

    /// <summary>A copy, so later changes to the caller's instance cannot change a running client's policy halfway.</summary>
    internal CustomerIORetryOptions Clone() => (CustomerIORetryOptions)MemberwiseClone();

    internal void Validate()
    {
        if (MaxRetries is < 0 or > 100)
        {
            throw new ArgumentException("Retry.MaxRetries must be from 0 to 100.", "Retry." + nameof(MaxRetries));
        }

        CustomerIOClientOptions.Positive(BaseDelay, "Retry." + nameof(BaseDelay));
        CustomerIOClientOptions.Positive(MaxDelay, "Retry." + nameof(MaxDelay));
        if (MaxRetryAfter < TimeSpan.Zero)
        {
            throw new ArgumentException("Retry.MaxRetryAfter must not be negative.", "Retry." + nameof(MaxRetryAfter));
        }
    }
}
