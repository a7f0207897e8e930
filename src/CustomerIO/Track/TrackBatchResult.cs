namespace CustomerIO.Track;

/// <summary>
/// The outcome of a Track v2 batch: Customer.io accepted every operation except the <see cref="Failures"/>
/// (an answer of 207 lists them by index). Failed operations are invalid; sending them again fails again.
/// </summary>
public sealed class TrackBatchResult
{
    internal TrackBatchResult(int operationCount, IReadOnlyList<TrackOperationFailure> failures)
    {
        OperationCount = operationCount;
        Failures = failures;
    }

    /// <summary>How many operations the batch held.</summary>
    public int OperationCount { get; }

    /// <summary>The operations Customer.io refused, one entry per error, in the order it listed them.</summary>
    public IReadOnlyList<TrackOperationFailure> Failures { get; }

    /// <summary>Whether every operation was accepted.</summary>
    public bool AllAccepted => Failures.Count == 0;

    /// <inheritdoc/>
    public override string ToString() => $"TrackBatchResult({OperationCount} operations, {Failures.Count} failures)";
}

/// <summary>One operation of a batch that Customer.io refused, and why.</summary>
public sealed class TrackOperationFailure
{
    internal TrackOperationFailure(int index, TrackOperation? operation, CustomerIOApiError error)
    {
        Index = index;
        Operation = operation;
        Error = error;
    }

    /// <summary>The operation's 0-based index in the batch (<c>batch_index</c>).</summary>
    public int Index { get; }

    /// <summary>The operation itself; null only when the API named an index outside the batch.</summary>
    public TrackOperation? Operation { get; }

    /// <summary>Why it was refused.</summary>
    public CustomerIOApiError Error { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"[{Index}] {Operation?.ToString() ?? "unknown operation"}: {(Error.Field ?? "error")}{(Error.Reason is null ? string.Empty : $" ({Error.Reason})")}";
}
