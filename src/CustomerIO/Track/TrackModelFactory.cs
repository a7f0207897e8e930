using System.Linq;

namespace CustomerIO.Track;

/// <summary>
/// Builds the Track API's answers for tests of code that uses a mocked <see cref="TrackClient"/> or inspects a
/// <see cref="TrackQueue"/>'s reports: the models themselves are read-only and made only by the SDK.
/// </summary>
public static class TrackModelFactory
{
    /// <summary>A batch answer: every operation accepted except the <paramref name="failures"/>.</summary>
    /// <param name="operationCount">How many operations the batch held.</param>
    /// <param name="failures">The refused operations; none when omitted.</param>
    /// <returns>The result.</returns>
    public static TrackBatchResult BatchResult(int operationCount, IEnumerable<TrackOperationFailure>? failures = null) =>
        new(operationCount, failures?.ToArray() ?? []);

    /// <summary>One refused operation of a batch.</summary>
    /// <param name="index">Its 0-based index in the batch.</param>
    /// <param name="error">Why it was refused.</param>
    /// <param name="operation">The operation, when known.</param>
    /// <returns>The failure.</returns>
    public static TrackOperationFailure OperationFailure(int index, CustomerIOApiError error, TrackOperation? operation = null) =>
        new(index, operation, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>What an enqueue answers.</summary>
    /// <param name="status">Accepted, or why not.</param>
    /// <param name="message">The reason, for a refusal.</param>
    /// <returns>The result.</returns>
    public static EnqueueResult EnqueueResult(EnqueueStatus status, string? message = null) => new(status, message);

    /// <summary>What happened to one queued operation, as <see cref="TrackQueueOptions.OnOutcome"/> reports it.</summary>
    /// <param name="status">Delivered, failed, dropped, refused or abandoned.</param>
    /// <param name="type">The operation's type (<c>person</c>, <c>object</c>, <c>delivery</c>).</param>
    /// <param name="action">The operation's action (<c>identify</c>, <c>event</c>, ...).</param>
    /// <param name="eventId">The event's ULID id, for events.</param>
    /// <param name="reason">Why it was not delivered.</param>
    /// <param name="error">Customer.io's error, when it refused the operation.</param>
    /// <param name="exception">The failure, when an upload failed.</param>
    /// <returns>The outcome.</returns>
    public static TrackOperationOutcome OperationOutcome(
        OutcomeStatus status, string type, string action, string? eventId = null, string? reason = null, CustomerIOApiError? error = null, Exception? exception = null) =>
        new(status, type, action, eventId, reason, error, exception);

    /// <summary>A snapshot of a queue's counts.</summary>
    /// <param name="enqueued">Operations accepted.</param>
    /// <param name="delivered">Operations Customer.io accepted.</param>
    /// <param name="failed">Operations refused or failed after every attempt.</param>
    /// <param name="dropped">Operations dropped to make room.</param>
    /// <param name="refused">Operations refused at enqueue.</param>
    /// <param name="abandoned">Operations undelivered at shutdown.</param>
    /// <param name="pending">Operations held now.</param>
    /// <param name="pendingBytes">Their bytes.</param>
    /// <param name="inFlightUploads">Uploads in flight now.</param>
    /// <param name="isPaused">Whether a rate limit pauses the queue now.</param>
    /// <param name="consecutiveUploadFailures">Uploads failed in a row.</param>
    /// <param name="isClosed">Whether the queue is shut down.</param>
    /// <returns>The statistics.</returns>
    public static TrackQueueStatistics QueueStatistics(
        long enqueued = 0, long delivered = 0, long failed = 0, long dropped = 0, long refused = 0, long abandoned = 0,
        long pending = 0, long pendingBytes = 0, int inFlightUploads = 0, bool isPaused = false, int consecutiveUploadFailures = 0, bool isClosed = false) =>
        new(new Queue.Engine.QueueSnapshot(enqueued, delivered, failed, dropped, refused, abandoned, pending, pendingBytes, inFlightUploads, isPaused, consecutiveUploadFailures, isClosed));
}
