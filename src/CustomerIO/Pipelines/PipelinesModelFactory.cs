using CustomerIO.Queue.Engine;

namespace CustomerIO.Pipelines;

/// <summary>
/// Builds what a <see cref="PipelinesQueue"/> reports, for tests of code that inspects its outcomes and counts: the
/// models themselves are read-only and made only by the SDK. (A mocked <see cref="PipelinesClient"/> answers tasks
/// only, so it needs nothing from here.)
/// </summary>
public static class PipelinesModelFactory
{
    /// <summary>The outcome of one queued message.</summary>
    /// <param name="status">What happened.</param>
    /// <param name="type">The message's type.</param>
    /// <param name="messageId">Its <c>messageId</c>.</param>
    /// <param name="reason">Why it was not delivered.</param>
    /// <param name="error">Customer.io's error.</param>
    /// <param name="exception">The last failure.</param>
    /// <returns>The outcome.</returns>
    public static PipelinesMessageOutcome MessageOutcome(
        OutcomeStatus status, string type, string? messageId = null, string? reason = null, CustomerIOApiError? error = null, Exception? exception = null) =>
        new(status, type, messageId, reason, error, exception);

    /// <summary>A snapshot of a queue's counts.</summary>
    /// <param name="enqueued">Messages accepted.</param>
    /// <param name="delivered">Messages Customer.io accepted.</param>
    /// <param name="failed">Messages refused or failed after every attempt.</param>
    /// <param name="dropped">Messages dropped to make room.</param>
    /// <param name="refused">Messages refused at enqueue.</param>
    /// <param name="abandoned">Messages undelivered at shutdown.</param>
    /// <param name="pending">Messages held now.</param>
    /// <param name="pendingBytes">Their bytes.</param>
    /// <param name="inFlightUploads">Uploads in flight now.</param>
    /// <param name="isPaused">Whether a rate limit pauses the queue now.</param>
    /// <param name="consecutiveUploadFailures">Uploads failed in a row.</param>
    /// <param name="isClosed">Whether the queue is shut down.</param>
    /// <returns>The statistics.</returns>
    public static PipelinesQueueStatistics QueueStatistics(
        long enqueued = 0, long delivered = 0, long failed = 0, long dropped = 0, long refused = 0, long abandoned = 0,
        long pending = 0, long pendingBytes = 0, int inFlightUploads = 0, bool isPaused = false, int consecutiveUploadFailures = 0, bool isClosed = false) =>
        new(new QueueSnapshot(enqueued, delivered, failed, dropped, refused, abandoned, pending, pendingBytes, inFlightUploads, isPaused, consecutiveUploadFailures, isClosed));
}
