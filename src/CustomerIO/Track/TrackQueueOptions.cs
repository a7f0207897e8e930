namespace CustomerIO.Track;

/// <summary>Settings of a <see cref="TrackQueue"/>: batch sizes, flushing, memory bounds, concurrency, shutdown (see <see cref="CustomerIOQueueOptions"/>), and its outcome callback.</summary>
public sealed class TrackQueueOptions : CustomerIOQueueOptions
{
    /// <summary>
    /// Called with the outcome of each operation that is not delivered (refused, dropped, failed or abandoned at
    /// shutdown), and of each delivered one when <see cref="CustomerIOQueueOptions.ReportDeliveries"/> is set. Runs on the queue's threads:
    /// keep it short and never throw.
    /// </summary>
    public Action<TrackOperationOutcome>? OnOutcome { get; set; }

    /// <summary>A copy, so later changes to the caller's instance cannot break a running queue's invariants.</summary>
    internal TrackQueueOptions Clone() => (TrackQueueOptions)MemberwiseClone();
}
