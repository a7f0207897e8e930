using CustomerIO.Queue.Engine;

namespace CustomerIO;

/// <summary>
/// A snapshot of a queue's counts since it was created, and of what it holds now: the same counts for every queue
/// (<see cref="Track.TrackQueueStatistics"/>, <see cref="Pipelines.PipelinesQueueStatistics"/>).
/// </summary>
public abstract class CustomerIOQueueStatistics
{
    private protected CustomerIOQueueStatistics(in QueueSnapshot s)
    {
        Enqueued = s.Enqueued;
        Delivered = s.Delivered;
        Failed = s.Failed;
        Dropped = s.Dropped;
        Refused = s.Refused;
        Abandoned = s.Abandoned;
        Pending = s.Pending;
        PendingBytes = s.PendingBytes;
        InFlightUploads = s.InFlightUploads;
        IsPaused = s.IsPaused;
        ConsecutiveUploadFailures = s.ConsecutiveUploadFailures;
        IsClosed = s.IsClosed;
    }

    /// <summary>Operations accepted.</summary>
    public long Enqueued { get; }

    /// <summary>Operations Customer.io accepted.</summary>
    public long Delivered { get; }

    /// <summary>Operations refused by Customer.io or failed after every attempt.</summary>
    public long Failed { get; }

    /// <summary>Operations dropped to make room.</summary>
    public long Dropped { get; }

    /// <summary>Operations refused at enqueue (full, invalid, closed).</summary>
    public long Refused { get; }

    /// <summary>Operations still undelivered when the queue shut down.</summary>
    public long Abandoned { get; }

    /// <summary>Operations held now (queued or being uploaded).</summary>
    public long Pending { get; }

    /// <summary>Bytes held for the operations now, counted as <see cref="CustomerIOQueueOptions.MaxQueueBytes"/> counts them (JSON plus bookkeeping).</summary>
    public long PendingBytes { get; }

    /// <summary>Uploads in flight now.</summary>
    public int InFlightUploads { get; }

    /// <summary>Whether uploads are paused by a rate limit (429) now.</summary>
    public bool IsPaused { get; }

    /// <summary>Upload attempts that failed since the last one that succeeded (0 when uploads are healthy).</summary>
    public int ConsecutiveUploadFailures { get; }

    /// <summary>Whether the queue was closed (it takes no more operations).</summary>
    public bool IsClosed { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"enqueued {Enqueued}, delivered {Delivered}, failed {Failed}, dropped {Dropped}, refused {Refused}, abandoned {Abandoned}, pending {Pending} ({PendingBytes} bytes)";
}
