namespace CustomerIO.Transport;

/// <summary>
/// A client-side rate limit: <see cref="HttpPipeline"/> waits on it before every attempt (retries included) and tells
/// it every answer, so that a 429's <c>Retry-After</c> can hold back the requests that follow as well.
/// </summary>
internal interface IRequestGate
{
    /// <summary>Completes when the request may be sent; throws <see cref="OperationCanceledException"/> when cancelled while waiting.</summary>
    /// <param name="request">The request about to be sent.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the request may go.</returns>
    ValueTask WaitAsync(ApiRequest request, CancellationToken cancellationToken);

    /// <summary>Sees an answer (a 429 with <c>Retry-After</c> pauses every request until then).</summary>
    /// <param name="response">The answer.</param>
    void Observe(ApiResponse response);
}
