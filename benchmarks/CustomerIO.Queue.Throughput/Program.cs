using System.Globalization;
using CustomerIO.Emulator.Throughput;
using CustomerIO.Queue.Throughput;
using CustomerIO.Track;

// End-to-end throughput of TrackQueue (and PipelinesQueue) into the emulator, run out of process (a benchmark, not a test).
// Usage: dotnet benchmarks/CustomerIO.Queue.Throughput/bin/Release/net10.0/CustomerIO.Queue.Throughput.dll
//   [--operations 1000000] [--people 10000] [--per-event-seconds 20] [--down-seconds 20] [--lanes 4] [--warmup-operations 1000000] [--producers 1] [--mode all|sink|stateful|down]
//   [--queue track|pipelines|both] (the queue(s) the end-to-end runs measure; "both" prints PipelinesQueue's share of TrackQueue's rate; --per-event-seconds 0 skips the per-event runs)
var settings = Settings.Parse(args);
var workload = new Workload(settings.People);
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (settings.Mode != "down")
{
    Console.WriteLine($"{settings.Operations:N0} events for {settings.People:N0} people from {settings.Producers} producer threads, {settings.Lanes} upload lanes, {settings.WarmupOperations:N0} warm-up events first (not measured); per-event pattern for at most {settings.PerEventSeconds} s; {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
}

foreach (var sink in new[] { true, false })
{
    if (!settings.Runs(sink ? "sink" : "stateful"))
    {
        continue;
    }

    var mode = sink ? "sink" : "stateful";
    var rates = new Dictionary<string, double>();
    foreach (var kind in settings.Queues)
    {
        // A fresh emulator per queue, so neither pays for what the other stored.
        await using var emulator = await EmulatorProcess.StartAsync(sink, []);
        var q = await QueueRun.RunAsync(emulator.BaseUri, settings, workload, kind);
        rates[kind] = q.OperationsPerSecond;
        var label = kind == "pipelines" ? "PipelinesQueue" : "TrackQueue";
        Console.WriteLine($"{mode,-9} {label,-14} {q.OperationsPerSecond,10:N0} ops/s delivered  ({q.Delivered:N0} of {q.Enqueued:N0} in {q.Seconds:N2} s; enqueue alone {q.Enqueued / q.EnqueueSeconds:N0}/s; refusals retried {q.Refusals:N0}; " +
            $"server accepted {q.ServerAccepted:N0}, duplicates {q.ServerDuplicates:N0}; failed {q.Final.Failed}, dropped {q.Final.Dropped}, emulator peak RSS {emulator.PeakWorkingSet / (1024 * 1024):N0} MiB)");
    }

    if (rates.TryGetValue("track", out var trackRate) && rates.TryGetValue("pipelines", out var pipelinesRate))
    {
        Console.WriteLine($"{mode,-9} PipelinesQueue is {pipelinesRate / trackRate:P0} of TrackQueue in this sitting");
    }

    var queueRate = rates.GetValueOrDefault("track", rates.Values.First());
    foreach (var concurrency in settings.PerEventSeconds > 0 ? new[] { 1, 32 } : [])
    {
        // A fresh emulator, so the per-event run does not pay for the events the queue stored before it.
        await using var emulator = await EmulatorProcess.StartAsync(sink, []);
        var p = await PerEventRun.RunAsync(emulator.BaseUri, concurrency, settings.Operations, settings.PerEventSeconds, workload);
        Console.WriteLine($"{mode,-9} per-event c={concurrency,-2} {p.OperationsPerSecond,10:N0} ops/s  ({p.Sent:N0} events in {p.Seconds:N2} s, server accepted {p.ServerAccepted:N0}); TrackQueue is {queueRate / p.OperationsPerSecond:N1}x");
    }
}

if (settings.Mode == "down")
{
    var d = await EmulatorDownRun.RunAsync(settings, workload);
    const double MiB = 1024 * 1024;
    Console.WriteLine($"down      server GC {System.Runtime.GCSettings.IsServerGC}; peak working set {d.PeakWorkingSet / MiB:N0} MiB (budget {d.BudgetBytes / MiB:N0} MiB + 100 MB = {(d.BudgetBytes + 100_000_000) / MiB:N0} MiB); " +
        $"{d.Seconds:N0} s: accepted {d.Accepted:N0}, refused {d.Refused:N0} (first after {d.FirstRefusal.TotalSeconds:N2} s); when full: pending {d.WhenFull.Pending:N0} ops / {d.WhenFull.PendingBytes / MiB:N1} MiB, refused {d.WhenFull.Refused:N0}; " +
        $"closed after a 2 s deadline: abandoned {d.Closed.Abandoned:N0}, failed {d.Closed.Failed:N0}; working set before enqueuing {d.StartWorkingSet / MiB:N0} MiB, GC heap when full {d.HeapBytes / MiB:N0} MiB (committed {d.CommittedBytes / MiB:N0} MiB)");
}
else if (settings.Runs("down"))
{
    await DownInChildProcess.RunAsync(settings);
}
