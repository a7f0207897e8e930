using System.Diagnostics;

namespace CustomerIO.Queue.Throughput;

/// <summary>
/// Runs the "emulator down" phase in a fresh process (this program with <c>--mode down</c>), so its peak working set
/// is not the peak of the earlier phases, with workstation GC. Killed by its process id if it overruns.
/// </summary>
internal static class DownInChildProcess
{
    public static async Task RunAsync(Settings settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };

        // Workstation GC, as most applications that hold a queue run: the peak is the queue's, not server GC's heaps.
        start.Environment["DOTNET_gcServer"] = "0";
        start.ArgumentList.Add(typeof(DownInChildProcess).Assembly.Location);
        foreach (var arg in new[] { "--mode", "down", "--down-seconds", settings.DownSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "--people", settings.People.ToString(System.Globalization.CultureInfo.InvariantCulture), "--lanes", settings.Lanes.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the child process");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(settings.DownSeconds + 60));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                Console.WriteLine(line);
            }

            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("the emulator-down phase overran; killing it");
            process.Kill();
            await process.WaitForExitAsync();
        }
    }
}
