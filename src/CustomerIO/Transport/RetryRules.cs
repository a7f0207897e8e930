using System.IO;
using System.Net;
using System.Net.Http;
using Polly;
using Polly.Timeout;

namespace CustomerIO.Transport;

/// <summary>Which outcomes are retried, and after how long: the policy behind <see cref="CustomerIORetryOptions"/>.</summary>
internal static class RetryRules
{
    public static bool ShouldRetry(Outcome<ApiResponse> outcome, ApiRequest request, CustomerIORetryOptions options, CancellationToken cancellationToken)
    {
        var safeToRepeat = request.IsIdempotent || options.RetryUnsafeOperations;
        if (outcome.Exception is { } exception)
        {
            return exception switch
            {
                TimeoutRejectedException => safeToRepeat,
                HttpRequestException http => safeToRepeat || NeverSent(http),
                OperationCanceledException => !cancellationToken.IsCancellationRequested && safeToRepeat,
                IOException => safeToRepeat,
                _ => false,
            };
        }

        var response = outcome.Result!;
        if (response.RetryAfter > options.MaxRetryAfter)
        {
            return false;
        }

        var status = (int)response.StatusCode;
        return status switch
        {
            // A 429 is a refusal: the request did nothing, so repeating it is safe for any operation.
            429 => request.RetryRateLimits,
            _ => IsTransientStatus(status) && safeToRepeat,
        };
    }

    /// <summary>Statuses that say "try again later" (408, 5xx but 501 and 505): shared by the transport and the queue.</summary>
    public static bool IsTransientStatus(int status) => status is 408 or (>= 500 and not 501 and not 505);

    /// <summary>The delay before retry <paramref name="retry"/> (0-based): <c>Retry-After</c> if given, else jittered exponential backoff.</summary>
    public static TimeSpan Delay(int retry, Outcome<ApiResponse> outcome, CustomerIORetryOptions options, Func<double> random)
    {
        if (outcome.Result?.RetryAfter is { } retryAfter)
        {
            return retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter;
        }

        var factor = (1 + random()) * Math.Pow(2, Math.Min(retry, 30));
        var ticks = Math.Min(options.MaxDelay.Ticks, options.BaseDelay.Ticks * factor);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Failures that happen before a single byte of the request leaves: safe to retry for any operation.</summary>
    private static bool NeverSent(HttpRequestException exception)
    {
#if NET8_0_OR_GREATER
        return exception.HttpRequestError is HttpRequestError.NameResolutionError
            or HttpRequestError.ConnectionError
            or HttpRequestError.SecureConnectionError
            or HttpRequestError.ProxyTunnelError;
#else
        return exception.InnerException is System.Net.Sockets.SocketException
        {
            SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused or System.Net.Sockets.SocketError.HostNotFound,
        };
#endif
    }
}
