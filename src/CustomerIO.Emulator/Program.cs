using CustomerIO.Emulator.Admin;
using CustomerIO.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerIO.Emulator;

/// <summary>Runs the emulator as a program: <c>dotnet run --project src/CustomerIO.Emulator -- --port 4010</c>.</summary>
internal static class Program
{
    /// <summary>Exit code when the port cannot be bound because something else holds it.</summary>
    public const int PortInUseExitCode = 3;

    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>The program's whole logic, with its output streams given, so tests can run it.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        CustomerIOEmulatorOptions? options;
        try
        {
            options = CommandLine.Parse(args);
            if (options is null)
            {
                await output.WriteLineAsync(CommandLine.Usage).ConfigureAwait(false);
                return 0;
            }

            options.Validate();
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or System.Text.Json.JsonException)
        {
            await error.WriteLineAsync(exception.Message + Environment.NewLine + CommandLine.Usage).ConfigureAwait(false);
            return 2;
        }

        var runtime = new EmulatorRuntime(options);
        // The host's "Hosting failed to start" entry repeats, as a stack trace, a failure this method reports
        // itself (a port in use) or lets surface (anything else): keep it out of the console.
        var app = EmulatorApplication.Build(runtime, logging => logging
            .AddSimpleConsole()
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None));
        try
        {
            await ServeAsync(app, runtime, options, output).ConfigureAwait(false);
        }
        catch (IOException exception) when (exception.InnerException is AddressInUseException)
        {
            // Kestrel's own text is a stack trace away from the fix; one line says what to do.
            await error.WriteLineAsync($"Port {options.Port} on {options.Host} is already in use: stop what holds it, or choose another port with --port <n> (--port 0 picks a free one).").ConfigureAwait(false);
            return PortInUseExitCode;
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task ServeAsync(WebApplication app, EmulatorRuntime runtime, CustomerIOEmulatorOptions options, TextWriter output)
    {
        await EmulatorApplication.StartAsync(app, runtime, CancellationToken.None).ConfigureAwait(false);
        var info = AdminEndpoints.Info(runtime);
        await output.WriteLineAsync($"""
            Customer.io emulator listening ({(options.SinkMode ? "sink mode" : "stateful mode")})
              Track:      {info.TrackUrl}  (site id {info.SiteId}, API key {info.TrackApiKey})
              App:        {info.AppUrl}  (API key {info.AppApiKey})
              Pipelines:  {info.PipelinesUrl}  (write key {info.PipelinesWriteKey})
              Admin:      {info.BaseUrl}_emulator/
            Press Ctrl+C to stop.
            """).ConfigureAwait(false);
        await app.WaitForShutdownAsync().ConfigureAwait(false);
    }
}
