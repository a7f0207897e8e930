using CustomerIO.Track;

namespace CustomerIO.Samples.Patterns;

/// <summary>Pattern 3: a bounded, batching queue that reports what it could not deliver.</summary>
public static class Pattern3Queue
{
    public static async Task<TrackQueueStatistics> RunAsync(TrackClient client, int people)
    {
        var failures = 0;

        // <snippet:pattern3-queue>
        await using var queue = new TrackQueue(client, new TrackQueueOptions
        {
            MaxQueueBytes = 64 * 1024 * 1024,          // bounded in bytes, not just count
            FullMode = QueueFullMode.DropOldest,       // or DropNewest, Wait, Throw
            FlushInterval = TimeSpan.FromSeconds(1),
            OnOutcome = outcome => Interlocked.Increment(ref failures), // every operation not delivered, with why
        });

        for (var i = 0; i < people; i++)
        {
            EnqueueResult result = queue.Track($"user-{i}", EventNames.SignedUp, new Dictionary<string, object?> { ["source"] = "ads" });
            if (!result.IsAccepted)
            {
                Console.WriteLine($"not queued: {result}");   // full, invalid or closed: an answer, never silence
            }
        }

        TrackQueueStatistics done = await queue.FlushAsync(); // or let DisposeAsync deliver within its deadline
        // </snippet:pattern3-queue>

        Console.WriteLine($"  operations not delivered: {failures}");
        return done;
    }
}
