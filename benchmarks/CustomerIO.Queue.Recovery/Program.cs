// How soon TrackQueue and its health check follow an outage and a recovery, measured for real (not a test: no
// assertion, nothing in CI). The emulator runs in-process on loopback; a producer enqueues an event every 10 ms;
// the emulator goes down (503 or dropped connections) for --down-seconds, then comes back. Reported: seconds from
// the outage to health Degraded and to Unhealthy, and from the recovery to the first delivered batch and to
// Healthy. Bounded: it stops by itself (at most --down-seconds + 75 s).
//
//   dotnet run -c Release --project benchmarks/CustomerIO.Queue.Recovery -- [--down-seconds 20] [--mode unavailable|abort] [--runs 1]
using System.Diagnostics;
using System.Globalization;
using CustomerIO.Track;
using CustomerIO;
using CustomerIO.Emulator;
using CustomerIO.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

var downSeconds = int.Parse(Arg("--down-seconds", "20"), CultureInfo.InvariantCulture);
var mode = Arg("--mode", "unavailable") == "abort" ? DownMode.Abort : DownMode.Unavailable;
var runs = int.Parse(Arg("--runs", "1"), CultureInfo.InvariantCulture);

for (var run = 1; run <= runs; run++)
{
    await using var emulator = await CustomerIOEmulator.StartAsync();
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["CustomerIO:SiteId"] = emulator.SiteId,
        ["CustomerIO:ApiKey"] = emulator.TrackApiKey,
        ["CustomerIO:TrackEndpoint"] = emulator.TrackUri.ToString(),
    });
    builder.Services.AddCustomerIO(builder.Configuration.GetSection("CustomerIO")); // every other setting at its default
    builder.Services.AddHealthChecks().AddCustomerIO();
    using var host = builder.Build();
    await host.StartAsync();
    var queue = host.Services.GetRequiredService<TrackQueue>();
    var health = host.Services.GetRequiredService<HealthCheckService>();

    using var stop = new CancellationTokenSource();
    var producer = Task.Run(async () =>
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            queue.Track("user-" + (i % 100).ToString(CultureInfo.InvariantCulture), "tick");
            await Task.Delay(10);
        }
    });

    var clock = Stopwatch.StartNew();
    double? degraded = null, unhealthy = null, firstDelivery = null, healthy = null;
    var outageAt = 5.0;
    var recoveryAt = outageAt + downSeconds;
    var down = false;
    var up = false;
    long deliveredAtRecovery = 0;
    while (clock.Elapsed.TotalSeconds < recoveryAt + 60 && !(up && healthy is not null && firstDelivery is not null))
    {
        var now = clock.Elapsed.TotalSeconds;
        if (!down && now >= outageAt)
        {
            emulator.SetFaults(new FaultProfile { Down = mode });
            outageAt = clock.Elapsed.TotalSeconds;
            down = true;
        }

        if (down && !up && now >= recoveryAt)
        {
            deliveredAtRecovery = queue.GetStatistics().Delivered;
            emulator.ClearFaults();
            recoveryAt = clock.Elapsed.TotalSeconds;
            up = true;
        }

        var status = (await health.CheckHealthAsync()).Status;
        now = clock.Elapsed.TotalSeconds;
        if (down && !up)
        {
            degraded ??= status != HealthStatus.Healthy ? now - outageAt : null;
            unhealthy ??= status == HealthStatus.Unhealthy ? now - outageAt : null;
        }

        if (up)
        {
            firstDelivery ??= queue.GetStatistics().Delivered > deliveredAtRecovery ? now - recoveryAt : null;
            healthy ??= status == HealthStatus.Healthy ? now - recoveryAt : null;
        }

        await Task.Delay(50);
    }

    stop.Cancel();
    await producer;
    await host.StopAsync();
    var stats = queue.GetStatistics();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"run {run}: down {downSeconds} s ({mode}); outage -> Degraded {F(degraded)} s, -> Unhealthy {F(unhealthy)} s; " +
        $"recovery -> first delivered batch {F(firstDelivery)} s, -> Healthy {F(healthy)} s; " +
        $"enqueued {stats.Enqueued}, delivered {stats.Delivered}, failed {stats.Failed}, abandoned {stats.Abandoned}, emulator events {emulator.GetEvents().Count}"));
}

static string F(double? seconds) => seconds is { } s ? s.ToString("F1", CultureInfo.InvariantCulture) : "never";

string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
