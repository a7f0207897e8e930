using CustomerIO.Emulator;
using CustomerIO.Track;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CustomerIO.Extensions.Hosting.Tests;

/// <summary>The host's lifetime drives the queues: started with it, drained when it stops. Against the emulator over loopback.</summary>
public sealed class LifecycleTests : IAsyncLifetime
{
    private CustomerIOEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await CustomerIOEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private IHost BuildHost(Action<IServiceCollection>? more = null)
    {
        var settings = HostFactory.Workspace(siteId: _emulator.SiteId, apiKey: _emulator.TrackApiKey, endpoint: _emulator.TrackUri);
        settings["CustomerIO:Track:Queue:FlushInterval"] = "00:01:00"; // nothing leaves before shutdown unless a batch fills
        settings["CustomerIO:Retry:BaseDelay"] = "00:00:00.001";
        return HostFactory.Build(settings, (s, c) =>
        {
            s.AddCustomerIO(c.GetSection("CustomerIO"));
            more?.Invoke(s);
        });
    }

    [Fact]
    public async Task Stopping_the_host_delivers_every_pending_operation()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var queue = host.Services.GetRequiredService<TrackQueue>();
        for (var i = 0; i < 3_000; i++)
        {
            Assert.True(queue.Track($"user-{i % 100}", "visited", new Dictionary<string, object?> { ["i"] = i }).IsAccepted);
        }

        Assert.True(queue.GetStatistics().Pending > 0, "Operations were delivered before shutdown: the test would prove nothing.");
        await host.StopAsync();

        Assert.Equal(3_000, _emulator.GetEvents().Count);
        var stats = queue.GetStatistics();
        Assert.Equal((3_000L, 0L, 0L), (stats.Delivered, stats.Pending, stats.Abandoned));
        Assert.Equal(EnqueueStatus.Closed, queue.Track("late", "after_stop").Status);
    }

    [Fact]
    public async Task Handlers_added_to_every_http_client_are_not_stacked_on_the_sdk()
    {
        var counter = new CountingHandler();
        using var host = BuildHost(s => s.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => counter)));
        await host.StartAsync();

        await host.Services.GetRequiredService<TrackClient>().IdentifyAsync("user-1", new Dictionary<string, object?> { ["a"] = 1 });
        await host.StopAsync();

        Assert.Equal(0, counter.Calls);
        Assert.NotNull(_emulator.FindPerson("user-1"));
    }

    [Fact]
    public async Task Nothing_logged_at_any_level_holds_identifiers_or_credentials()
    {
        using var host = BuildHost(s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging()));
        await host.StartAsync();

        await host.Services.GetRequiredService<TrackClient>().IdentifyAsync(PersonIdentifier.Email("someone@example.com"), new Dictionary<string, object?> { ["plan"] = "secret-plan" });
        host.Services.GetRequiredService<TrackQueue>().Track("queued-person", "clicked");
        await host.StopAsync();

        var lines = host.Services.GetFakeLogCollector().GetSnapshot().Select(r => r.Message + " " + r.Exception).ToArray();
        Assert.Contains(lines, l => l.Contains("/api/v1/customers/{identifier}", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("someone", StringComparison.Ordinal) || l.Contains("queued-person", StringComparison.Ordinal)
            || l.Contains("secret-plan", StringComparison.Ordinal) || l.Contains(_emulator.TrackApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_health_check_reports_failing_uploads_and_recovers()
    {
        using var host = BuildHost(s => s.AddHealthChecks().AddCustomerIO());
        await host.StartAsync();
        var health = host.Services.GetRequiredService<HealthCheckService>();
        var queue = host.Services.GetRequiredService<TrackQueue>();

        var healthy = await health.CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.Equal(0L, healthy.Entries["customerio"].Data["default.pending"]);

        _emulator.SetFaults(new FaultProfile { Down = DownMode.Unavailable });
        queue.Track("user-2", "during_outage");
        var flush = queue.FlushAsync();
        await WaitUntil(() => queue.GetStatistics().ConsecutiveUploadFailures >= 3);

        var failing = await health.CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, failing.Status);
        Assert.StartsWith("default: ", failing.Entries["customerio"].Description, StringComparison.Ordinal);

        _emulator.ClearFaults();
        await flush;
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);
        Assert.Single(_emulator.GetEvents("user-2"));
        await host.StopAsync();
    }

    /// <summary>Waits for a condition that depends on real uploads (bounded: 30 s).</summary>
    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 3_000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "The condition did not hold within 30 s.");
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        private int _calls;

        public int Calls => _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
