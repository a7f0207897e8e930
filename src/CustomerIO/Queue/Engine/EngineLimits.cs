namespace CustomerIO.Queue.Engine;

/// <summary>
/// Every limit the delivery engine works under, whichever API it delivers for: a front end maps its public options
/// onto these (and the protocol's envelope overhead), so the engine never reads an API's option type.
/// </summary>
internal sealed record EngineLimits
{
    /// <summary>The most bytes one batch body may have, its envelope included.</summary>
    public required int MaxBatchBytes { get; init; }

    /// <summary>The most operations in one batch.</summary>
    public required int MaxBatchOperations { get; init; }

    /// <summary>How long the oldest waiting operation may wait before its lane sends a batch that is not full.</summary>
    public required TimeSpan FlushInterval { get; init; }

    /// <summary>The number of lanes, each with one upload at a time.</summary>
    public required int Lanes { get; init; }

    /// <summary>The most bytes held (JSON plus <see cref="QueueBudget.OperationOverheadBytes"/> each).</summary>
    public required long MaxQueueBytes { get; init; }

    /// <summary>The most operations held.</summary>
    public required int MaxQueueOperations { get; init; }

    /// <summary>What an operation that does not fit meets.</summary>
    public required QueueFullMode FullMode { get; init; }

    /// <summary>How long <see cref="QueueFullMode.Wait"/> waits for room.</summary>
    public required TimeSpan EnqueueTimeout { get; init; }

    /// <summary>How long a batch is sent again after transient failures and rate limits, from its first send.</summary>
    public required TimeSpan MaxRetryDuration { get; init; }

    /// <summary>The cap of the engine's backoff between two sends of a batch.</summary>
    public required TimeSpan MaxRetryDelay { get; init; }

    /// <summary>The longest pause a 429's <c>Retry-After</c> may ask for (the client's own cap).</summary>
    public required TimeSpan MaxRetryAfter { get; init; }

    /// <summary>Whether a batch holding an operation that must not be repeated is sent again after an ambiguous failure.</summary>
    public required bool RetryUnsafeOperations { get; init; }

    /// <summary>How long closing delivers before abandoning the rest, unless the caller gives its own.</summary>
    public required TimeSpan ShutdownTimeout { get; init; }

    /// <summary>How often operations not taken are logged (summed).</summary>
    public required TimeSpan DropLogInterval { get; init; }

    /// <summary>
    /// The bytes the protocol's envelope adds around a batch's operations (separators not included). The engine sets
    /// it from its protocol's envelope, so that what is admitted, how batches are cut and the bodies sent agree.
    /// </summary>
    public int EnvelopeOverhead { get; init; }
}
