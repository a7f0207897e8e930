using CustomerIO.Tests.Integration;
using CustomerIO.Track;

namespace CustomerIO.Tests.Queue;

public sealed class TrackQueueSmokeTests : EmulatorTestBase
{
    [Fact]
    public async Task Everything_enqueued_is_delivered_once_in_order_per_person()
    {
        var queue = new TrackQueue(Client, new TrackQueueOptions { FlushInterval = TimeSpan.FromMilliseconds(20) });
        for (var i = 0; i < 2_000; i++)
        {
            var person = $"p{i % 50}";
            Assert.True(queue.Track(person, "step", new Dictionary<string, object?> { ["n"] = i }).IsAccepted);
        }

        var result = await queue.CloseAsync();

        Assert.Equal(2_000, result.Delivered);
        Assert.Equal(0, result.Pending);
        Assert.Equal(2_000, Emulator.GetEvents().Count);
        Assert.Equal(0, Emulator.GetCounters().DuplicateEvents);
        for (var p = 0; p < 50; p++)
        {
            var numbers = Emulator.GetEvents($"p{p}").Select(e => e.Data!.Value.GetProperty("n").GetInt32()).ToArray();
            Assert.Equal(numbers.Order(), numbers);
            Assert.Equal(40, numbers.Length);
        }
    }
}
