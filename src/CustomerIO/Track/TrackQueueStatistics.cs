using CustomerIO.Queue.Engine;

namespace CustomerIO.Track;

/// <summary>A snapshot of a <see cref="TrackQueue"/>'s counts since it was created, and of what it holds now.</summary>
public sealed class TrackQueueStatistics : CustomerIOQueueStatistics
{
    internal TrackQueueStatistics(in QueueSnapshot snapshot)
        : base(snapshot)
    {
    }
}
