using System.Collections.Concurrent;
using CustomerIO.Emulator;
using CustomerIO.Pipelines;
using CustomerIO.Tests.Queue;

namespace CustomerIO.Tests.Pipelines;

/// <summary>The Pipelines queue under the chaos run <see cref="TrackQueue"/> passes, and a bounded outage.</summary>
public sealed class PipelinesQueueChaosTests : PipelinesEmulatorTestBase
{
    [Fact]
    public async Task Under_rate_limits_server_errors_latency_and_aborted_connections_every_message_lands_exactly_once_in_order()
    {
        Emulator.SetFaults(QueueChaos.Faults(EmulatorApi.Pipelines));
        var delivered = new ConcurrentQueue<string>();
        var notDelivered = new ConcurrentQueue<PipelinesMessageOutcome>();
        var queue = new PipelinesQueue(Client, new PipelinesQueueOptions
        {
            MaxConcurrentUploads = 4,
            MaxBatchOperations = 200,
            FlushInterval = TimeSpan.FromMilliseconds(50),
            ReportDeliveries = true,
            OnOutcome = o =>
            {
                if (o.Status == OutcomeStatus.Delivered)
                {
                    delivered.Enqueue(o.MessageId!);
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
            counters => counters.EventsReceived);
    }

    [Fact]
    public async Task During_an_outage_memory_stays_within_the_byte_budget_every_refusal_is_counted_and_the_rest_is_delivered_after()
    {
        const long budget = 256 * 1024;
        Emulator.SetFaults(new FaultProfile { Rules = [new FaultRule { Api = EmulatorApi.Pipelines, Rate = 1, Status = 503 }] });
        var refusals = new ConcurrentQueue<PipelinesMessageOutcome>();
        var queue = new PipelinesQueue(Client, new PipelinesQueueOptions
        {
            MaxQueueBytes = budget,
            MaxBatchOperations = 100,
            FlushInterval = TimeSpan.FromMilliseconds(20),
            MaxRetryDelay = TimeSpan.FromMilliseconds(20),
            OnOutcome = o =>
            {
                if (o.Status == OutcomeStatus.Refused)
                {
                    refusals.Enqueue(o);
                }
            },
        });
        var properties = new Dictionary<string, object?> { ["padding"] = new string('p', 400) };

        long accepted = 0, peak = 0;
        for (var i = 0; i < 2_000; i++)
        {
            if (queue.Track("p" + (i % 10), "during", properties).IsAccepted)
            {
                accepted++;
            }

            peak = Math.Max(peak, queue.GetStatistics().PendingBytes);
        }

        // The outage lasts until the queue has met it (a bounded wait, not an assertion on time).
        for (var wait = 0; wait < 1_000 && Emulator.GetCounters().RequestsByStatus.GetValueOrDefault(503) == 0; wait++)
        {
            await Task.Delay(10);
        }

        var during = queue.GetStatistics();
        peak = Math.Max(peak, during.PendingBytes);
        Emulator.ClearFaults();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var flushed = await queue.FlushAsync(deadline.Token);
        var closed = await queue.CloseAsync();

        Assert.InRange(peak, 1, budget);
        Assert.True(accepted is > 0 and < 2_000, $"accepted {accepted}");
        Assert.Equal((accepted, 2_000 - accepted), (during.Enqueued, during.Refused));
        Assert.Equal(2_000 - accepted, refusals.Count(o => o.Reason!.StartsWith("queue_full: ", StringComparison.Ordinal)));
        Assert.True(Emulator.GetCounters().RequestsByStatus.GetValueOrDefault(503) > 0, "The outage answered no 503.");
        Assert.Equal((accepted, 0L, 0L), (flushed.Delivered, flushed.Pending, closed.Failed + closed.Abandoned));
        Assert.Equal(accepted, Emulator.GetEvents().Count);
    }
}
