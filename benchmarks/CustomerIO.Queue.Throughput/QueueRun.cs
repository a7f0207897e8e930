using System.Diagnostics;

namespace CustomerIO.Queue.Throughput;

/// <summary>Pushes N events through one queue (Track's or Pipelines') into a running emulator and waits until all are delivered.</summary>
internal static class QueueRun
{
    /// <summary>The longest a run may take (enqueue plus flush) before it gives up.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    public static async Task<QueueResult> RunAsync(Uri baseUri, Settings settings, Workload workload, string kind = "track")
    {
        using var http = Workload.Http();

        // Warm-up (not measured): the JIT tiers up the enqueue and upload paths, the pools and the connections fill.
        await using (var warmup = RunQueue.Create(kind, baseUri, http, settings.Lanes))
        {
            for (var i = 0; i < settings.WarmupOperations; i++)
            {
                warmup.Track(workload.Person(i), "warmup", Workload.Data(i));
            }
        }

        var before = await EmulatorCounters.ReadAsync(http, baseUri);
        var queue = RunQueue.Create(kind, baseUri, http, settings.Lanes);
        using var deadline = new CancellationTokenSource(Deadline);
        var clock = Stopwatch.StartNew();

        // Producer threads, as request handlers would call Track; a refusal (queue full) waits a little and retries.
        long refusals = 0;
        long next = -1;
        var producers = Enumerable.Range(0, settings.Producers).Select(_ => new Thread(() =>
        {
            long i;
            while ((i = Interlocked.Increment(ref next)) < settings.Operations && !deadline.IsCancellationRequested)
            {
                while (!queue.Track(workload.Person(i), "purchase", Workload.Data(i)) && !deadline.IsCancellationRequested)
                {
                    Interlocked.Increment(ref refusals);
                    Thread.Sleep(1);
                }
            }
        })).ToArray();
        foreach (var producer in producers)
        {
            producer.Start();
        }

        foreach (var producer in producers)
        {
            producer.Join();
        }

        var enqueued = Math.Min(Interlocked.Read(ref next), settings.Operations);
        var enqueueSeconds = clock.Elapsed.TotalSeconds;
        var flushed = await queue.FlushAsync(deadline.Token);
        var seconds = clock.Elapsed.TotalSeconds;
        var closed = await queue.CloseAsync(CancellationToken.None);
        var after = await EmulatorCounters.ReadAsync(http, baseUri);
        return new QueueResult(enqueued, flushed.Delivered, seconds, enqueueSeconds, refusals, after.Accepted - before.Accepted, after.Duplicates - before.Duplicates, closed);
    }
}

internal sealed record QueueResult(long Enqueued, long Delivered, double Seconds, double EnqueueSeconds, long Refusals, long ServerAccepted, long ServerDuplicates, CustomerIOQueueStatistics Final)
{
    public double OperationsPerSecond => Delivered / Seconds;
}
