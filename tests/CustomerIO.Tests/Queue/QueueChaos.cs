using System.Collections.Concurrent;
using CustomerIO.Emulator;

namespace CustomerIO.Tests.Queue;

/// <summary>
/// The chaos run every queue passes, whichever API it delivers to: 20,000 events of 100 people from 4 producers
/// (each person fed by one producer, in order), under rate limits (with and without <c>Retry-After</c>), 503s,
/// latency and aborted connections of the emulator; then each event must be delivered exactly once, and each
/// person's in order. The queue's front end comes in through delegates, so the run and its assertions are written once.
/// </summary>
internal static class QueueChaos
{
    public const int Total = 20_000;
    public const int People = 100;
    public const int Producers = 4;

    /// <summary>The faults, for one API's requests.</summary>
    public static FaultProfile Faults(EmulatorApi api) => new()
    {
        Seed = 20261129,
        Rules =
        [
            new FaultRule { Api = api, Rate = 0.05, Status = 429, RetryAfterSeconds = 0 },
            new FaultRule { Api = api, Rate = 0.5, Status = 429, RetryAfterSeconds = 1, MaxCount = 1 },
            new FaultRule { Api = api, Rate = 0.08, Status = 503 },
            new FaultRule { Api = api, Rate = 0.05, Abort = true, MaxCount = 8 },
            new FaultRule { Api = api, Rate = 0.1, Latency = TimeSpan.FromMilliseconds(5) },
        ],
    };

    /// <summary>Runs the producers and the close, then asserts what reached the emulator.</summary>
    /// <param name="emulator">The emulator, its faults set.</param>
    /// <param name="enqueue">Queues event <c>n</c> (data <c>{"n":n}</c>) of a person (<c>c0</c> … <c>c99</c>); answers whether it was taken.</param>
    /// <param name="close">Closes the queue and answers its final counts.</param>
    /// <param name="delivered">The ids of the events the queue reported delivered (its outcome callback fills it).</param>
    /// <param name="notDelivered">How many outcomes were anything but delivered.</param>
    /// <param name="received">The events the emulator received once each, from its counters.</param>
    public static async Task RunAsync(
        CustomerIOEmulator emulator,
        Func<string, int, bool> enqueue,
        Func<Task<CustomerIOQueueStatistics>> close,
        ConcurrentQueue<string> delivered,
        Func<int> notDelivered,
        Func<EmulatorCounters, long> received)
    {
        await Task.WhenAll(Enumerable.Range(0, Producers).Select(producer => Task.Run(() =>
        {
            for (var i = producer; i < Total; i += Producers)
            {
                // Person i % people: each person is fed by one producer only (people is a multiple of producers), in order.
                Assert.True(enqueue("c" + (i % People), i));
            }
        })));
        var stats = await close();

        Assert.Equal(0, notDelivered());
        Assert.Equal(Total, stats.Delivered);
        Assert.Equal(0, stats.Failed + stats.Dropped + stats.Refused + stats.Abandoned + stats.Pending);
        var events = emulator.GetEvents();
        Assert.Equal(Total, events.Count);
        Assert.Equal(Total, delivered.Distinct().Count());
        Assert.Equal(delivered.Order(StringComparer.Ordinal), events.Select(e => e.Id!).Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(0, Total), events.Select(e => e.Data!.Value.GetProperty("n").GetInt32()).Order());
        for (var p = 0; p < People; p++)
        {
            var numbers = emulator.GetEvents("c" + p).Select(e => e.Data!.Value.GetProperty("n").GetInt32()).ToArray();
            Assert.Equal(Enumerable.Range(0, Total / People).Select(k => p + (k * People)), numbers);
        }

        var counters = emulator.GetCounters();
        Assert.True(counters.FaultsInjected > 0, "No fault was injected.");
        Assert.True(counters.RequestsByStatus.GetValueOrDefault(429) > 0, "No 429 was answered.");
        Assert.True(counters.RequestsByStatus.GetValueOrDefault(503) > 0, "No 503 was answered.");
        Assert.Equal(Total, received(counters));
    }
}
