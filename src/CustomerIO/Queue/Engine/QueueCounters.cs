using CustomerIO.Telemetry;

namespace CustomerIO.Queue.Engine;

/// <summary>
/// The engine's counts since it was created, each one also measured on the shared meter, tagged with the queue's
/// name (<c>customerio.queue</c>) so that Track's and Pipelines' queues read apart.
/// </summary>
internal sealed class QueueCounters(string queueName)
{
    private readonly KeyValuePair<string, object?> _queue = new(QueueTelemetry.QueueTag, queueName);
    private long _enqueued;
    private long _delivered;
    private long _failed;
    private long _dropped;
    private long _refused;
    private long _abandoned;
    private int _inFlight;
    private int _consecutiveUploadFailures;

    /// <summary>The tag naming the queue, for the engine's other measurements.</summary>
    public KeyValuePair<string, object?> QueueTag => _queue;

    /// <summary>Operations abandoned so far (at shutdown).</summary>
    public long Abandoned => Volatile.Read(ref _abandoned);

    public void Enqueued()
    {
        Interlocked.Increment(ref _enqueued);
        if (QueueTelemetry.Enqueued.Enabled)
        {
            QueueTelemetry.Enqueued.Add(1, _queue);
        }
    }

    public void Delivered(int count)
    {
        Interlocked.Add(ref _delivered, count);
        if (QueueTelemetry.Delivered.Enabled)
        {
            QueueTelemetry.Delivered.Add(count, _queue);
        }
    }

    public void Failed(string reason)
    {
        Interlocked.Increment(ref _failed);
        QueueTelemetry.Failed.Add(1, _queue, new KeyValuePair<string, object?>("reason", reason));
    }

    /// <summary>Dropped to make room for newer operations.</summary>
    public void Dropped(string reason)
    {
        Interlocked.Increment(ref _dropped);
        QueueTelemetry.Dropped.Add(1, _queue, new KeyValuePair<string, object?>("reason", reason));
    }

    /// <summary>Refused at enqueue (measured as dropped, by reason).</summary>
    public void Refused(string reason)
    {
        Interlocked.Increment(ref _refused);
        QueueTelemetry.Dropped.Add(1, _queue, new KeyValuePair<string, object?>("reason", reason));
    }

    /// <summary>Abandoned at shutdown (measured as dropped, by reason).</summary>
    public void Abandon(string reason)
    {
        Interlocked.Increment(ref _abandoned);
        QueueTelemetry.Dropped.Add(1, _queue, new KeyValuePair<string, object?>("reason", reason));
    }

    public void UploadStarted()
    {
        Interlocked.Increment(ref _inFlight);
        QueueTelemetry.InFlight.Add(1, _queue);
    }

    public void UploadEnded(double seconds)
    {
        Interlocked.Decrement(ref _inFlight);
        QueueTelemetry.InFlight.Add(-1, _queue);
        QueueTelemetry.UploadDuration.Record(seconds, _queue);
    }

    /// <summary>A batch (or part of one) was sent and answered.</summary>
    public void BatchSent(int bytes, int operations)
    {
        QueueTelemetry.BatchBytes.Record(bytes, _queue);
        QueueTelemetry.BatchOperations.Record(operations, _queue);
        Volatile.Write(ref _consecutiveUploadFailures, 0);
    }

    public void UploadFailed() => Interlocked.Increment(ref _consecutiveUploadFailures);

    /// <summary>The counts now, with what the budget holds and the engine's state.</summary>
    public QueueSnapshot Snapshot(long pending, long pendingBytes, bool isPaused, bool isClosed) => new(
        Volatile.Read(ref _enqueued),
        Volatile.Read(ref _delivered),
        Volatile.Read(ref _failed),
        Volatile.Read(ref _dropped),
        Volatile.Read(ref _refused),
        Volatile.Read(ref _abandoned),
        pending,
        pendingBytes,
        Volatile.Read(ref _inFlight),
        isPaused,
        Volatile.Read(ref _consecutiveUploadFailures),
        isClosed);
}

/// <summary>The engine's counts at one moment (a front end turns it into its public statistics type).</summary>
internal readonly record struct QueueSnapshot(
    long Enqueued,
    long Delivered,
    long Failed,
    long Dropped,
    long Refused,
    long Abandoned,
    long Pending,
    long PendingBytes,
    int InFlightUploads,
    bool IsPaused,
    int ConsecutiveUploadFailures,
    bool IsClosed);
