using CustomerIO.Transport;

namespace CustomerIO.Queue.Engine;

/// <summary>
/// The batch sender's decisions, apart from its state machine so that each can be checked on its own: which failures
/// are sent again, the reason an operation failed for, how long to wait between sends, and how long a 429 pauses.
/// </summary>
internal static class SendDecisions
{
    /// <summary>Whether a failure may pass if the batch is sent again (a timeout, a lost connection, a 5xx and the like).</summary>
    public static bool IsTransient(CustomerIOException exception) => exception switch
    {
        CustomerIOTimeoutException or CustomerIOConnectionException => true,
        CustomerIOApiException api => RetryRules.IsTransientStatus((int)api.StatusCode),
        _ => false,
    };

    /// <summary>Whether a whole-batch answer means some operation in it is bad, so halves are sent to find it.</summary>
    public static bool IsSplittable(CustomerIOApiException exception) => (int)exception.StatusCode is 400 or 413;

    /// <summary>The reason code a failed operation's outcome and the <c>failed</c> counter carry.</summary>
    public static string FailureReason(CustomerIOException exception) => exception switch
    {
        CustomerIORateLimitException => "rate_limited",
        CustomerIOAuthenticationException => "unauthorized",
        CustomerIOApiException api when IsSplittable(api) => "rejected",
        CustomerIOApiException api => "http_" + ((int)api.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
        CustomerIOTimeoutException => "timeout",
        CustomerIOConnectionException => "connection",
        _ => "error",
    };

    /// <summary>The error a failed operation's outcome carries: the API's first, else one made of its message; none for a transport failure.</summary>
    public static CustomerIOApiError? FailureError(CustomerIOException exception) =>
        exception is CustomerIOApiException api ? (api.Errors.Count > 0 ? api.Errors[0] : new CustomerIOApiError(api.Message)) : null;

    /// <summary>
    /// The engine's own wait between two sends of a batch: 0.5 s doubling, up to 25% jitter on top, at most
    /// <paramref name="maxDelay"/> (5 s by default). This is a second layer on purpose: the transport's retries ride
    /// out blips within one send; the engine re-sends across outages (up to the retry duration), because it holds the
    /// operations and must not lose them. The cap is short so that the first send after Customer.io is back comes
    /// within seconds: re-sending every few seconds costs one request per lane, while a long backoff would hold every
    /// operation back for as long.
    /// </summary>
    /// <param name="attempt">0 for the wait after the first send.</param>
    /// <param name="maxDelay">The cap.</param>
    /// <param name="random">A value in [0, 1) for the jitter.</param>
    public static TimeSpan Backoff(int attempt, TimeSpan maxDelay, double random) =>
        TimeSpan.FromTicks((long)Math.Min(maxDelay.Ticks, TimeSpan.TicksPerMillisecond * 500 * Math.Pow(2, Math.Min(attempt, 16)) * (1 + (0.25 * random))));

    /// <summary>
    /// How long a 429 pauses every lane: its <c>Retry-After</c>, at most <paramref name="maxRetryAfter"/> (as the
    /// client waits no longer), or at most <paramref name="backoff"/> when that is longer (so a cap of zero does not
    /// make the engine hammer the API). A header too large or unreadable pauses for the cap (<c>Capped</c> is then
    /// true): Customer.io asked for a pause, so one is taken, but a bounded one. Without the header, the backoff.
    /// </summary>
    public static (TimeSpan Delay, bool Capped) RateLimitPause(CustomerIORateLimitException e, TimeSpan backoff, TimeSpan maxRetryAfter)
    {
        if (e.RetryAfter is null && !e.RetryAfterUnreadable)
        {
            return (backoff, false);
        }

        var cap = maxRetryAfter > backoff ? maxRetryAfter : backoff;
        if (e.RetryAfter is { } asked && asked <= cap)
        {
            return (asked < TimeSpan.Zero ? TimeSpan.Zero : asked, false);
        }

        return (cap, true);
    }

    /// <summary>
    /// The failures a partial answer names, by position in a batch of <paramref name="count"/>: the first error for
    /// each position is kept; positions outside the batch are ignored. Null when none is named.
    /// </summary>
    public static CustomerIOApiError?[]? ByPosition(IReadOnlyList<CustomerIOApiError> errors, int count)
    {
        CustomerIOApiError?[]? failures = null;
        foreach (var error in errors)
        {
            if (error.BatchIndex is int index && index >= 0 && index < count)
            {
                failures ??= new CustomerIOApiError?[count];
                failures[index] ??= error;
            }
        }

        return failures;
    }
}
