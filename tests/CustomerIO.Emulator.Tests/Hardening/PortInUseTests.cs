using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CustomerIO.Emulator.Tests.Hardening;

/// <summary>The program started on a port something else holds says so in one line and exits non-zero, instead of crashing.</summary>
public sealed class PortInUseTests
{
    private static string Expected(int port) =>
        $"Port {port} on 127.0.0.1 is already in use: stop what holds it, or choose another port with --port <n> (--port 0 picks a free one).";

    [Fact]
    public async Task The_entry_logic_prints_one_line_and_answers_exit_code_3()
    {
        using var occupier = Occupy(out var port);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await Program.RunAsync(["--port", port.ToString(CultureInfo.InvariantCulture)], output, error).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(Program.PortInUseExitCode, exitCode);
        Assert.Equal(Expected(port) + Environment.NewLine, error.ToString());
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public async Task The_built_program_prints_only_that_line_and_exits_3()
    {
        using var occupier = Occupy(out var port);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CustomerIO.Emulator.dll"));
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }

        Assert.Equal((3, string.Empty, Expected(port)), (process.ExitCode, (await stdout).Trim(), (await stderr).Trim()));
    }

    private static TcpListener Occupy(out int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        port = ((IPEndPoint)listener.LocalEndpoint).Port;
        return listener;
    }
}
