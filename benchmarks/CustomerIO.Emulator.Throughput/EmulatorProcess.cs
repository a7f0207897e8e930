using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CustomerIO.Emulator.Throughput;

/// <summary>Runs the emulator program as a separate process (its own GC and thread pool) on a free port.</summary>
internal sealed partial class EmulatorProcess : IAsyncDisposable
{
    private readonly Process _process;

    private EmulatorProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    /// <summary>The peak resident memory of the emulator process (VmHWM), in bytes.</summary>
    public long PeakWorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.PeakWorkingSet64;
        }
    }

    public static async Task<EmulatorProcess> StartAsync(bool sink, IEnumerable<string> extraArgs)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CustomerIO.Emulator.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        if (sink)
        {
            start.ArgumentList.Add("--sink");
        }

        foreach (var arg in extraArgs)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the emulator");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (TrackLine().Match(line) is { Success: true } match)
            {
                // Keep draining output so the child never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync();
                _ = process.StandardError.ReadToEndAsync();
                return new EmulatorProcess(process, new Uri(match.Groups[1].Value));
            }
        }

        throw new InvalidOperationException("the emulator exited before printing its address: " + await process.StandardError.ReadToEndAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Track:\s+(\S+)")]
    private static partial Regex TrackLine();
}
