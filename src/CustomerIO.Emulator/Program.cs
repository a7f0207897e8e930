using CustomerIO.Emulator.Admin;
using CustomerIO.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CustomerIO.Emulator;

/// <summary>Runs the emulator as a program: <c>dotnet run --project src/CustomerIO.Emulator -- --port 4010</c>.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        CustomerIOEmulatorOptions? options;
        try
        {
            options = CommandLine.Parse(args);
            if (options is null)
            {
                await Console.Out.WriteLineAsync(CommandLine.Usage).ConfigureAwait(false);
                return 0;
            }

            options.Validate();
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or System.Text.Json.JsonException)
        {
            await Console.Error.WriteLineAsync(exception.Message + Environment.NewLine + CommandLine.Usage).ConfigureAwait(false);
            return 2;
        }

        var runtime = new EmulatorRuntime(options);
        var app = EmulatorApplication.Build(runtime, logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        try
        {
            await RunAsync(app, runtime, options).ConfigureAwait(false);
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task RunAsync(WebApplication app, EmulatorRuntime runtime, CustomerIOEmulatorOptions options)
    {
        await EmulatorApplication.StartAsync(app, runtime, CancellationToken.None).ConfigureAwait(false);
        var info = AdminEndpoints.Info(runtime);
        await Console.Out.WriteLineAsync($"""
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
