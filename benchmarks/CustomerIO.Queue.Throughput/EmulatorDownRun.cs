using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CustomerIO.Track;

namespace CustomerIO.Queue.Throughput;

/// <summary>
/// The emulator is down: every upload fails (connection refused on a closed loopback port) and is retried, so the
/// queue fills to its byte budget and refuses the rest. Enqueues for a bounded time and reports the peak working set.
/// </summary>
internal static class EmulatorDownRun
{
    public static async Task<DownResult> RunAsync(Settings settings, Workload workload)
    {
        using var http = Workload.Http();
        var client = Workload.Client(new Uri($"http://127.0.0.1:{ClosedPort()}/"), http);
        var options = new TrackQueueOptions { MaxConcurrentUploads = settings.Lanes };
        var queue = new TrackQueue(client, options);
        using var process = Process.GetCurrentProcess();
        var startWorkingSet = process.WorkingSet64;
        var clock = Stopwatch.StartNew();
        long accepted = 0, refused = 0, i = 0;
        var firstRefusal = TimeSpan.Zero;
        while (clock.Elapsed.TotalSeconds < settings.DownSeconds)
        {
            // Bursts as fast as possible, then a short pause so the loop also behaves like a steady producer.
            for (var burst = 0; burst < 10_000; burst++, i++)
            {
                if (queue.Track(workload.Person(i), "purchase", Workload.Data(i)).IsAccepted)
                {
                    accepted++;
                }
                else if (refused++ == 0)
                {
                    firstRefusal = clock.Elapsed;
                }
            }

            Thread.Sleep(1);
        }

        var full = queue.GetStatistics();
        var heap = GC.GetGCMemoryInfo();
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var closed = await queue.CloseAsync(deadline.Token);
        return new DownResult(options.MaxQueueBytes, accepted, refused, firstRefusal, full, closed, peak, startWorkingSet, heap.HeapSizeBytes, heap.TotalCommittedBytes, clock.Elapsed.TotalSeconds);
    }

    /// <summary>A loopback port nobody listens on (bound, then closed).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

internal sealed record DownResult(long BudgetBytes, long Accepted, long Refused, TimeSpan FirstRefusal, TrackQueueStatistics WhenFull, TrackQueueStatistics Closed, long PeakWorkingSet, long StartWorkingSet, long HeapBytes, long CommittedBytes, double Seconds);
