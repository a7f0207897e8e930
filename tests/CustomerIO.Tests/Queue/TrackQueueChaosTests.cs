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
        Emulator.SetFaults(QueueChaos.Faults(EmulatorApi.Track));
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

        await QueueChaos.RunAsync(
            Emulator,
            (person, n) => queue.Track(person, "step", new Dictionary<string, object?> { ["n"] = n }).IsAccepted,
            async () => await queue.CloseAsync(),
            delivered,
            () => notDelivered.Count,
            counters => counters.EventsReceived - counters.DuplicateEvents);
    }
}
