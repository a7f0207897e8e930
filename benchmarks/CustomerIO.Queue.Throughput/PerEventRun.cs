using System.Diagnostics;
using CustomerIO.Track;

namespace CustomerIO.Queue.Throughput;

/// <summary>The seed's pattern for comparison: one awaited <see cref="TrackClient.TrackAsync(PersonIdentifier, string, IReadOnlyDictionary{string, object?}?, EventOptions?, CancellationToken)"/> per event.</summary>
internal static class PerEventRun
{
    /// <summary>Sends up to <paramref name="operations"/> events from <paramref name="concurrency"/> workers, for at most <paramref name="seconds"/>.</summary>
    public static async Task<PerEventResult> RunAsync(Uri baseUri, int concurrency, int operations, int seconds, Workload workload)
    {
        using var http = Workload.Http();
        var client = Workload.Client(baseUri, http);

        // Warm-up (not measured), as the queue run has one: the JIT tiers up, the connections open.
        using (var warmup = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
            {
                for (var i = w; !warmup.IsCancellationRequested; i += concurrency)
                {
                    await client.TrackAsync(workload.Person(i), "warmup", Workload.Data(i), cancellationToken: CancellationToken.None);
                }
            })));
        }

        var before = await EmulatorCounters.ReadAsync(http, baseUri);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        long next = -1;
        long sent = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && Interlocked.Increment(ref next) is var i && i < operations)
            {
                await client.TrackAsync(workload.Person(i), "purchase", Workload.Data(i), cancellationToken: CancellationToken.None);
                Interlocked.Increment(ref sent);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed.TotalSeconds;
        var after = await EmulatorCounters.ReadAsync(http, baseUri);
        return new PerEventResult(concurrency, Interlocked.Read(ref sent), elapsed, after.Accepted - before.Accepted);
    }
}

internal sealed record PerEventResult(int Concurrency, long Sent, double Seconds, long ServerAccepted)
{
    public double OperationsPerSecond => Sent / Seconds;
}
