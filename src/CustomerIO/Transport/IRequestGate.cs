namespace CustomerIO.Transport;

/// <summary>
/// A client-side rate limit: <see cref="HttpPipeline"/> enters it before every attempt (retries included) and hands
/// the ticket back with the attempt's answer, so that the limit counts from when the answer came (a request cannot
/// reach the server after that) and a 429's <c>Retry-After</c> can hold back the requests that follow.
/// </summary>
internal interface IRequestGate
{
    /// <summary>Completes when the request may be sent; throws <see cref="OperationCanceledException"/> when cancelled while waiting.</summary>
    /// <param name="request">The request about to be sent.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The ticket to complete when the attempt has ended.</returns>
    ValueTask<IRequestTicket> EnterAsync(ApiRequest request, CancellationToken cancellationToken);
}

/// <summary>One admitted attempt.</summary>
internal interface IRequestTicket
{
    /// <summary>The attempt ended: with this answer, or with a failure (<see langword="null"/>).</summary>
    /// <param name="response">The answer, if one came.</param>
    void Complete(ApiResponse? response);
}
