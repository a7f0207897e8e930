using System.Net;

namespace CustomerIO;

/// <summary>Customer.io answered 429: too many requests, and retrying did not help (or was not allowed).</summary>
public sealed class CustomerIORateLimitException : CustomerIOApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="path">The request's path template.</param>
    /// <param name="errors">The error messages parsed from the answer.</param>
    /// <param name="rawBody">The body of the answer as text.</param>
    /// <param name="retryAfter">How long the API asked to wait (its <c>Retry-After</c> header), when it said.</param>
    public CustomerIORateLimitException(
        string method,
        string path,
        IReadOnlyList<CustomerIOApiError> errors,
        string rawBody,
        TimeSpan? retryAfter)
        : base((HttpStatusCode)429, method, path, errors, rawBody)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the API asked to wait before the next request, when it said (the <c>Retry-After</c> header).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The answer had a <c>Retry-After</c> header that could not be read (<see cref="RetryAfter"/> is null then).</summary>
    internal bool RetryAfterUnreadable { get; init; }
}
