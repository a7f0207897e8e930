using CustomerIO.Track;

namespace CustomerIO;

/// <summary>What finally happened to one queued operation.</summary>
public enum OutcomeStatus
{
    /// <summary>Customer.io accepted it.</summary>
    Delivered,

    /// <summary>Customer.io refused it, or every attempt to deliver it failed; see <see cref="TrackOperationOutcome.Error"/>.</summary>
    Failed,

    /// <summary>The queue dropped it to make room (<see cref="QueueFullMode.DropOldest"/>).</summary>
    Dropped,

    /// <summary>The queue refused it at enqueue (full, invalid or closed).</summary>
    Refused,

    /// <summary>The queue shut down before it could be delivered.</summary>
    Abandoned,
}
