using CustomerIO.Queue.Engine;

namespace CustomerIO;

/// <summary>
/// The settings every queue shares (<see cref="Track.TrackQueueOptions"/>, <see cref="Pipelines.PipelinesQueueOptions"/>):
/// batch sizes, flushing, memory bounds, concurrency, retries and shutdown. Each queue's options add its typed
/// outcome callback. The defaults suit both Track's and Pipelines' limits (32 KB a message, 500 KB a batch).
/// </summary>
public abstract class CustomerIOQueueOptions
{
    /// <summary>Only the SDK's queues derive their options from this.</summary>
    private protected CustomerIOQueueOptions()
    {
    }

    /// <summary>
    /// The largest batch body, in bytes; batches are cut before they would pass it. Default: 460,800 (450 KB),
    /// a margin under Customer.io's 500 KB. At most <see cref="CustomerIOLimits.MaxBatchBytes"/> − 1.
    /// </summary>
    public int MaxBatchBytes { get; set; } = 450 * 1024;

    /// <summary>The most operations in one batch. Default: 5,000.</summary>
    public int MaxBatchOperations { get; set; } = 5_000;

    /// <summary>How long an operation may wait for its batch to fill before it is sent anyway. Default: 1 second.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Uploads in flight at once. Operations about one person (or object) always go through the same upload lane,
    /// so they keep their order. Default: 4.
    /// </summary>
    public int MaxConcurrentUploads { get; set; } = 4;

    /// <summary>
    /// The most memory held for operations, in flight included: each counts its JSON bytes plus 48 bytes of
    /// bookkeeping. Default: 64 MB.
    /// </summary>
    /// <remarks>
    /// Events enqueued through the fast path share 64 KB buffers, freed when every event in one is settled, so
    /// memory can exceed this by partly settled buffers (at most one per enqueuing thread while events flow in
    /// order; more when <see cref="QueueFullMode.DropOldest"/> drops events out of order for long).
    /// </remarks>
    public long MaxQueueBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The most operations held, in flight included. Default: 1,000,000.</summary>
    public int MaxQueueOperations { get; set; } = 1_000_000;

    /// <summary>What happens to an operation that does not fit. Default: <see cref="QueueFullMode.DropNewest"/> (it is refused).</summary>
    public QueueFullMode FullMode { get; set; } = QueueFullMode.DropNewest;

    /// <summary>How long <c>EnqueueAsync</c> waits for room under <see cref="QueueFullMode.Wait"/>. Default: 5 seconds.</summary>
    public TimeSpan EnqueueTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a batch is sent again after failures the transport's own retries did not cure (outages, 5xx,
    /// timeouts), before its operations are reported failed. Default: 10 minutes.
    /// </summary>
    public TimeSpan MaxRetryDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The longest wait between two sends of a batch that failed (the queue's backoff: 0.5 s, doubling, up to this).
    /// Short, so that after an outage the queue notices Customer.io is back within seconds, not minutes; each send
    /// already carries the transport's own retries. Default: 5 seconds.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long closing keeps delivering what is queued (<c>CloseAsync</c>, <c>DisposeAsync</c>, <c>Dispose</c>)
    /// before it abandons the rest. Default: 30 seconds.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The shortest time between two log lines about drops and refusals (counts are summed in between). Default: 10 seconds.</summary>
    public TimeSpan DropLogInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Also report delivered operations to the queue's <c>OnOutcome</c> callback. Default: false.</summary>
    public bool ReportDeliveries { get; set; }

    /// <summary>Checks the settings, naming the first wrong one.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (MaxBatchBytes is < 1024 or >= CustomerIOLimits.MaxBatchBytes)
        {
            throw new ArgumentException($"MaxBatchBytes must be from 1024 to {CustomerIOLimits.MaxBatchBytes - 1}.", nameof(MaxBatchBytes));
        }

        Range(MaxBatchOperations, 1, 100_000, nameof(MaxBatchOperations));
        Range(MaxConcurrentUploads, 1, 64, nameof(MaxConcurrentUploads));
        Range(MaxQueueOperations, 1, int.MaxValue, nameof(MaxQueueOperations));
        if (MaxQueueBytes < CustomerIOLimits.MaxOperationBytes)
        {
            throw new ArgumentException($"MaxQueueBytes must be at least {CustomerIOLimits.MaxOperationBytes} (one operation of the largest size).", nameof(MaxQueueBytes));
        }

        CustomerIOClientOptions.Positive(FlushInterval, nameof(FlushInterval));
        CustomerIOClientOptions.Positive(EnqueueTimeout, nameof(EnqueueTimeout));
        CustomerIOClientOptions.Positive(MaxRetryDuration, nameof(MaxRetryDuration));
        CustomerIOClientOptions.Positive(MaxRetryDelay, nameof(MaxRetryDelay));
        CustomerIOClientOptions.Positive(ShutdownTimeout, nameof(ShutdownTimeout));
        CustomerIOClientOptions.Positive(DropLogInterval, nameof(DropLogInterval));
    }

    /// <summary>The delivery engine's limits these settings (and the client's retry settings) stand for.</summary>
    internal EngineLimits ToLimits(CustomerIORetryOptions retry) => new()
    {
        MaxBatchBytes = MaxBatchBytes,
        MaxBatchOperations = MaxBatchOperations,
        FlushInterval = FlushInterval,
        Lanes = MaxConcurrentUploads,
        MaxQueueBytes = MaxQueueBytes,
        MaxQueueOperations = MaxQueueOperations,
        FullMode = FullMode,
        EnqueueTimeout = EnqueueTimeout,
        MaxRetryDuration = MaxRetryDuration,
        MaxRetryDelay = MaxRetryDelay,
        MaxRetryAfter = retry.MaxRetryAfter,
        RetryUnsafeOperations = retry.RetryUnsafeOperations,
        ShutdownTimeout = ShutdownTimeout,
        DropLogInterval = DropLogInterval,
    };

    private static void Range(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentException($"{name} must be from {min} to {max}.", name);
        }
    }
}
