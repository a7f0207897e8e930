using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.Track.V2;

/// <summary>
/// <c>POST /api/v2/entity</c> (one operation, at most 32768 bytes) and <c>POST /api/v2/batch</c>
/// (under 512000 bytes), routed by <see cref="TrackRoutes"/>. Oversized bodies answer 413 with a v2 error body
/// and are not read further.
/// </summary>
/// <remarks>
/// This is the measured hot path (about a million operations a second, <c>docs/performance.md</c>), so the body
/// itself is not deserialized into records: <see cref="V2BatchProcessor"/> and its reader, validator and applier
/// walk the pooled bytes once with a <c>Utf8JsonReader</c>, keep values as raw slices, and allocate per operation
/// only what the state stores. Only the answer is typed: success is the pre-serialized <c>{}</c>, and errors
/// (rare, off the fast path) are records.
/// </remarks>
internal sealed class TrackV2Handlers(EmulatorRuntime runtime)
{
    public Task<Reply> Entity(HttpContext context) => HandleAsync(context, batch: false);

    public Task<Reply> Batch(HttpContext context) => HandleAsync(context, batch: true);

    private async Task<Reply> HandleAsync(HttpContext context, bool batch)
    {
        var state = runtime.State;
        var limit = batch ? Limits.BatchBytesExclusive - 1 : Limits.OperationBytes;
        using var body = await PooledBody.ReadAsync(context.Request, limit, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            var tooLarge = batch ? Errors.BatchTooLarge() : Errors.OperationTooLarge();
            state.Counters.AddRejected(tooLarge.Reason);
            return Replies.V2Error(StatusCodes.Status413RequestEntityTooLarge, tooLarge);
        }

        context.Features.Get<RequestRecordFeature>()?.CaptureBody(body.Span);
        var result = V2BatchProcessor.Process(state, body.Span, batch);
        return result.RequestError is { } error ? Replies.V2Error(StatusCodes.Status400BadRequest, error)
            : result.ItemErrors is { } errors ? Replies.V2Errors(StatusCodes.Status207MultiStatus, errors)
            : Replies.Ok;
    }
}
