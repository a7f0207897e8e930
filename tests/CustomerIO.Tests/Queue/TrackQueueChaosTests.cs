using System.Collections.Concurrent;
using CustomerIO.Emulator;
using CustomerIO.Tests.Integration;
using CustomerIO.Track;

namespace CustomerIO.Tests.Queue;

public sealed class TrackQueueChaosTests : EmulatorTestBase
{
    [Fact]
    public async Task Under_rate_limits_server_errors_latency_and_aborted_connections_every_event_lands_exactly_once_in_order()
    {
        const int total = 20_000, people = 100, producers = 4;
        Emulator.SetFaults(new FaultProfile
        {
            Seed = 20261129,
            Rules =
            [
                new FaultRule { Api = EmulatorApi.Track, Rate = 0.05, Status = 429, RetryAfterSeconds = 0 },
                new FaultRule { Api = EmulatorApi.Track, Rate = 0.5, Status = 429, RetryAfterSeconds = 1, MaxCount = 1 },
                new FaultRule { Api = EmulatorApi.Track, Rate = 0.08, Status = 503 },
                new FaultRule { Api = EmulatorApi.Track, Rate = 0.05, Abort = true, MaxCount = 8 },
                new FaultRule { Api = EmulatorApi.Track, Rate = 0.1, Latency = TimeSpan.FromMilliseconds(5) },
            ],
        });
        var delivered = new ConcurrentQueue<string>();
        var notDelivered = new ConcurrentQueue<TrackOperationOutcome>();
        var queue = new TrackQueue(Client, new TrackQueueOptions
        {
            MaxConcurrentUploads = 4,
            MaxBatchOperations = 200,
            FlushInterval = TimeSpan.FromMilliseconds(50),
            ReportDeliveries = true,
            OnOutcome = o =>
            {
                if (o.Status == OutcomeStatus.Delivered)
                {
                    delivered.Enqueue(o.EventId!);
                }
                else
                {
                    notDelivered.Enqueue(o);
                }
            },
        });

        await Task.WhenAll(Enumerable.Range(0, producers).Select(producer => Task.Run(() =>
        {
            for (var i = producer; i < total; i += producers)
            {
                // Person i % people: each person is fed by one producer only (people is a multiple of producers), in order.
                Assert.True(queue.Track("c" + (i % people), "step", new Dictionary<string, object?> { ["n"] = i }).IsAccepted);
            }
        })));
        var stats = await queue.CloseAsync();

        Assert.Empty(notDelivered);
        Assert.Equal(total, stats.Delivered);
        Assert.Equal(0, stats.Failed + stats.Dropped + stats.Refused + stats.Abandoned + stats.Pending);
        var events = Emulator.GetEvents();
        Assert.Equal(total, events.Count);
        Assert.Equal(total, delivered.Distinct().Count());
        Assert.Equal(delivered.Order(StringComparer.Ordinal), events.Select(e => e.Id!).Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(0, total), events.Select(e => e.Data!.Value.GetProperty("n").GetInt32()).Order());
        for (var p = 0; p < people; p++)
        {
            var numbers = Emulator.GetEvents("c" + p).Select(e => e.Data!.Value.GetProperty("n").GetInt32()).ToArray();
            Assert.Equal(Enumerable.Range(0, total / people).Select(k => p + (k * people)), numbers);
        }

        var counters = Emulator.GetCounters();
        Assert.True(counters.FaultsInjected > 0, "No fault was injected.");
        Assert.True(counters.RequestsByStatus.GetValueOrDefault(429) > 0, "No 429 was answered.");
        Assert.True(counters.RequestsByStatus.GetValueOrDefault(503) > 0, "No 503 was answered.");
        Assert.Equal(total, counters.EventsReceived - counters.DuplicateEvents);
    }
}
