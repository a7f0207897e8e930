using CustomerIO.Track;

namespace CustomerIO;

/// <summary>What a full <see cref="TrackQueue"/> does with another operation.</summary>
public enum QueueFullMode
{
    /// <summary>Refuse the new operation (the enqueue answers <see cref="EnqueueStatus.QueueFull"/>).</summary>
    DropNewest,

    /// <summary>Drop the oldest queued operations (not yet being uploaded) to make room, and report them.</summary>
    DropOldest,

    /// <summary>
    /// <see cref="TrackQueue.EnqueueAsync"/> waits for room up to <see cref="CustomerIOQueueOptions.EnqueueTimeout"/>; the
    /// synchronous methods cannot wait and refuse as <see cref="DropNewest"/> does.
    /// </summary>
    Wait,

    /// <summary>Throw a <see cref="CustomerIOQueueFullException"/>.</summary>
    Throw,
}
