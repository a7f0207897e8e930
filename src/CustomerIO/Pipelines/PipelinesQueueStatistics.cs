using CustomerIO.Queue.Engine;

namespace CustomerIO.Pipelines;

/// <summary>A snapshot of a <see cref="PipelinesQueue"/>'s counts since it was created, and of what it holds now.</summary>
public sealed class PipelinesQueueStatistics : CustomerIOQueueStatistics
{
    internal PipelinesQueueStatistics(in QueueSnapshot snapshot)
        : base(snapshot)
    {
    }
}
