using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Queue;

public sealed class TrackQueueOptionsCopyTests
{
    [Fact]
    public async Task Changing_the_options_after_creation_does_not_change_a_running_queue()
    {
        var options = new TrackQueueOptions { MaxQueueOperations = 2, FlushInterval = TimeSpan.FromHours(1) };
        await using var queue = new TrackQueue(TestTrackClient.Create(new RecordingHandler()), options);

        options.MaxQueueOperations = 1_000;
        var results = Enumerable.Range(0, 3).Select(i => queue.Track($"p{i}", "e").Status).ToArray();

        Assert.Equal([EnqueueStatus.Accepted, EnqueueStatus.Accepted, EnqueueStatus.QueueFull], results);
    }
}
