using CustomerIO.Pipelines.Wire;
using CustomerIO.Queue.Engine;
using CustomerIO.Transport;

namespace CustomerIO.Pipelines;

/// <summary>
/// How the Data Pipelines API takes batches: <c>POST /v1/batch</c> with <c>{"batch":[…],"sentAt":"…"}</c>, the
/// <c>sentAt</c> written at each attempt from the queue's clock. A 2xx takes every message (a strict-mode refusal is
/// a 400 for the whole batch, which the engine splits to isolate the bad message); outcomes tell a message's type and id.
/// </summary>
internal sealed class PipelinesBatchProtocol(TimeProvider time) : IBatchProtocol<PipelinesMessageOutcome>
{
    /// <summary>The bytes around the messages: <c>{"batch":[</c>, and <c>],"sentAt":"…"}</c>.</summary>
    public static int EnvelopeOverhead => Start.Length + 1 + SentAt.ClosingLength;

    /// <summary>How a batch body starts.</summary>
    internal static ReadOnlySpan<byte> Start => "{\"batch\":["u8;

    /// <inheritdoc/>
    public string Name => "pipelines";

    /// <inheritdoc/>
    public string DisplayName => "Pipelines";

    /// <inheritdoc/>
    public ReadOnlySpan<byte> EnvelopeStart => Start;

    /// <inheritdoc/>
    public int EnvelopeEndLength => 1 + SentAt.ClosingLength;

    /// <inheritdoc/>
    public void WriteEnvelopeEnd(Span<byte> destination)
    {
        destination[0] = (byte)']';
        SentAt.WriteClosing(time.GetUtcNow(), destination.Slice(1));
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The engine writes a <c>sentAt</c> at each of its attempts (<see cref="WriteEnvelopeEnd"/>); the transport's own
    /// retries re-send the request's content, so the content stamps it again at each of those.
    /// </remarks>
    public ApiRequest CreateRequest(ReadOnlyMemory<byte> body, bool idempotent) =>
        PipelinesOperations.Batch.For().WithIdempotency(idempotent).WithContent(SentAtContent.Restamp(body, time)).WithoutRateLimitRetries();

    /// <inheritdoc/>
    public CustomerIOApiError?[]? ParseFailures(ApiResponse response, int count) => null;

    /// <inheritdoc/>
    public OperationFacts Describe(ReadOnlySpan<byte> json) => MessageInfo.Read(json);

    /// <inheritdoc/>
    public PipelinesMessageOutcome CreateOutcome(OutcomeStatus status, in OperationFacts facts, string? reason, CustomerIOApiError? error, Exception? exception) =>
        new(status, facts.Type, facts.EventId, reason, error, exception);
}
