using CustomerIO.Queue.Engine;
using CustomerIO.Transport;

namespace CustomerIO.Track;

/// <summary>
/// How the Track API takes batches: <c>POST /api/v2/batch</c> with <c>{"batch":[…]}</c>, a 207 naming refused
/// operations by <c>batch_index</c>, and outcomes that tell an operation's type, action and event id.
/// </summary>
internal sealed class TrackBatchProtocol : IBatchProtocol<TrackOperationOutcome>
{
    /// <summary>The one instance (the protocol holds no state).</summary>
    public static readonly TrackBatchProtocol Instance = new();

    private TrackBatchProtocol()
    {
    }

    /// <inheritdoc/>
    public string Name => "track";

    /// <inheritdoc/>
    public string DisplayName => "Track";

    /// <inheritdoc/>
    public ReadOnlySpan<byte> EnvelopeStart => "{\"batch\":["u8;

    /// <inheritdoc/>
    public int EnvelopeEndLength => 2;

    /// <inheritdoc/>
    public void WriteEnvelopeEnd(Span<byte> destination) => "]}"u8.CopyTo(destination);

    /// <inheritdoc/>
    public ApiRequest CreateRequest(ReadOnlyMemory<byte> body, bool idempotent) =>
        TrackOperations.SendBatch.For().WithIdempotency(idempotent).WithJson(body).WithoutRateLimitRetries();

    /// <inheritdoc/>
    public CustomerIOApiError?[]? ParseFailures(ApiResponse response, int count) =>
        (int)response.StatusCode == 207 ? SendDecisions.ByPosition(ApiErrorParser.Parse(response.Body), count) : null;

    /// <inheritdoc/>
    public OperationFacts Describe(ReadOnlySpan<byte> json) => OperationInfo.Read(json);

    /// <inheritdoc/>
    public TrackOperationOutcome CreateOutcome(OutcomeStatus status, in OperationFacts facts, string? reason, CustomerIOApiError? error, Exception? exception) =>
        new(status, facts.Type, facts.Action, facts.EventId, reason, error, exception);
}
