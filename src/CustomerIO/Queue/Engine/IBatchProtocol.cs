using CustomerIO.Transport;

namespace CustomerIO.Queue.Engine;

/// <summary>
/// What differs between the APIs one delivery engine serves (Track's <c>/api/v2/batch</c>, Pipelines'
/// <c>/v1/batch</c>): the queue's name, the endpoint, the bytes around a batch, which operations a partial failure names, and
/// how an operation's outcome is told to the caller. Everything else (budget, lanes, retries, pauses, counting) is the
/// engine's and the same for every API.
/// </summary>
/// <typeparam name="TOutcome">The front end's public outcome type.</typeparam>
internal interface IBatchProtocol<TOutcome>
    where TOutcome : class
{
    /// <summary>The queue's name as metrics tag it (<c>customerio.queue</c>): <c>track</c>, <c>pipelines</c>.</summary>
    string Name { get; }

    /// <summary>The queue's name as log messages write it ("The Track queue …").</summary>
    string DisplayName { get; }

    /// <summary>The bytes a batch body starts with, before its first operation (<c>{"batch":[</c>).</summary>
    ReadOnlySpan<byte> EnvelopeStart { get; }

    /// <summary>The length of what <see cref="WriteEnvelopeEnd"/> writes: the same at every attempt.</summary>
    int EnvelopeEndLength { get; }

    /// <summary>
    /// Writes the bytes a batch body ends with, after its last operation (<c>]}</c>), exactly
    /// <see cref="EnvelopeEndLength"/> of them. Called at each attempt, as the body is built for it, so a protocol may
    /// stamp the attempt (Pipelines writes the time it is sent, <c>"sentAt"</c>, there).
    /// </summary>
    /// <param name="destination">Where to write; at least <see cref="EnvelopeEndLength"/> bytes.</param>
    void WriteEnvelopeEnd(Span<byte> destination);

    /// <summary>The request sending one batch body (rate limits are the engine's to pause for, not the transport's to retry).</summary>
    /// <param name="body">The whole body, envelope included.</param>
    /// <param name="idempotent">Whether every operation in it may be repeated.</param>
    ApiRequest CreateRequest(ReadOnlyMemory<byte> body, bool idempotent);

    /// <summary>
    /// The operations of a sent batch of <paramref name="count"/> that its 2xx answer refused, by position (null when
    /// all were taken); the first error naming a position is kept.
    /// </summary>
    CustomerIOApiError?[]? ParseFailures(ApiResponse response, int count);

    /// <summary>Reads the facts an outcome tells about an operation back from its JSON (rare: failures and awaited ones).</summary>
    OperationFacts Describe(ReadOnlySpan<byte> json);

    /// <summary>The front end's outcome for one operation.</summary>
    TOutcome CreateOutcome(OutcomeStatus status, in OperationFacts facts, string? reason, CustomerIOApiError? error, Exception? exception);
}
