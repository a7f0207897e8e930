namespace CustomerIO.Emulator.Tests;

public sealed class ConcurrencyTests : EmulatorTest
{
    [Fact]
    public async Task Concurrent_batches_lose_no_events_and_count_each_duplicate_once()
    {
        const int Senders = 8;
        const int PerBatch = 200;
        var batches = Enumerable.Range(0, Senders).Select(sender => Batch(Enumerable.Range(0, PerBatch)
            .Select(i => Json(new { type = "person", action = "event", identifiers = new { id = "user-" + (i % 10) }, name = "e", id = $"{sender}-{i}" }))
            .ToArray()));
        var repeats = Batch(Json(new { type = "person", action = "event", identifiers = new { id = "user-0" }, name = "e", id = "0-0" }));

        var answers = await Task.WhenAll(batches.Append(repeats));

        Assert.All(answers, a => Assert.Equal(200, a.Status));
        var counters = Emulator.GetCounters();
        Assert.Equal((Senders * PerBatch, 1L), (counters.EventsReceived, counters.DuplicateEvents));
        Assert.Equal(Senders * PerBatch, Emulator.GetPeople().Sum(p => p.EventCount));
        Assert.Equal(Senders * PerBatch, Emulator.GetEvents().Count);
        Assert.Equal(10, Emulator.GetPeople().Count);
    }
}
