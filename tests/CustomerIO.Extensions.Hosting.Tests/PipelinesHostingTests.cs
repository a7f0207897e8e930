using CustomerIO.Emulator;
using CustomerIO.Pipelines;
using CustomerIO.Track;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CustomerIO.Extensions.Hosting.Tests;

/// <summary>
/// <c>CustomerIO:Pipelines</c> registers <see cref="PipelinesClient"/> and <see cref="PipelinesQueue"/>: started and
/// drained with the host, part of the health check, validated like Track's. Against the emulator over loopback.
/// </summary>
public sealed class PipelinesHostingTests : IAsyncLifetime
{
    private CustomerIOEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await CustomerIOEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private Dictionary<string, string?> Settings(string section = "CustomerIO")
    {
        var settings = HostFactory.Workspace(section, siteId: _emulator.SiteId, apiKey: _emulator.TrackApiKey, endpoint: _emulator.TrackUri);
        settings[$"{section}:Pipelines:WriteKey"] = _emulator.PipelinesWriteKey;
        settings[$"{section}:Pipelines:Endpoint"] = _emulator.PipelinesUri.ToString();
        settings[$"{section}:Pipelines:Queue:FlushInterval"] = "00:01:00"; // nothing leaves before shutdown unless a batch fills
        settings[$"{section}:Retry:BaseDelay"] = "00:00:00.001";
        return settings;
    }

    [Fact]
    public async Task Stopping_the_host_delivers_every_pending_pipelines_message()
    {
        using var host = HostFactory.Build(Settings(), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));
        await host.StartAsync();
        var queue = host.Services.GetRequiredService<PipelinesQueue>();
        for (var i = 0; i < 2_000; i++)
        {
            Assert.True(queue.Track($"user-{i % 50}", "visited", new Dictionary<string, object?> { ["i"] = i }).IsAccepted);
        }

        Assert.True(queue.GetStatistics().Pending > 0, "Messages were delivered before shutdown: the test would prove nothing.");
        await host.StopAsync();

        Assert.Equal(2_000, _emulator.GetEvents().Count);
        var stats = queue.GetStatistics();
        Assert.Equal((2_000L, 0L, 0L, true), (stats.Delivered, stats.Pending, stats.Abandoned, stats.IsClosed));
        Assert.Same(host.Services.GetRequiredService<PipelinesClient>(), host.Services.GetRequiredService<ICustomerIOWorkspaces>().GetPipelinesClient(string.Empty));
        Assert.Same(queue, host.Services.GetRequiredService<ICustomerIOWorkspaces>().GetPipelinesQueue(string.Empty));
    }

    [Fact]
    public async Task The_client_sends_with_the_sections_write_key_endpoint_and_strict_mode()
    {
        var settings = Settings();
        settings["CustomerIO:Pipelines:WriteKey"] = "not-the-key";
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));
        await host.StartAsync();
        var client = host.Services.GetRequiredService<PipelinesClient>();

        var error = await Assert.ThrowsAsync<CustomerIOAuthenticationException>(() => client.TrackAsync("u1", "e"));
        await host.StopAsync();

        Assert.Equal(_emulator.PipelinesUri, client.Endpoint);
        Assert.Equal("/v1/track", error.Path);
    }

    [Fact]
    public async Task Strict_mode_can_be_turned_off_in_the_section()
    {
        var settings = Settings();
        settings["CustomerIO:Pipelines:WriteKey"] = "not-the-key";
        settings["CustomerIO:Pipelines:StrictMode"] = "false";
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));
        await host.StartAsync();

        await host.Services.GetRequiredService<PipelinesClient>().TrackAsync("u1", "e"); // answered 200 and dropped
        await host.StopAsync();

        Assert.Equal(1, _emulator.GetCounters().PipelinesDroppedByReason["unauthorized"]);
    }

    [Fact]
    public async Task The_health_check_reports_the_pipelines_queue_beside_tracks()
    {
        using var host = HostFactory.Build(Settings(), (s, c) =>
        {
            s.AddCustomerIO(c.GetSection("CustomerIO"));
            s.AddHealthChecks().AddCustomerIO();
        });
        await host.StartAsync();
        host.Services.GetRequiredService<PipelinesQueue>().Track("u1", "e");

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        await host.StopAsync();

        var entry = report.Entries["customerio"];
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(1L, entry.Data["default.pipelines.pending"]);
        Assert.Equal(0L, entry.Data["default.pending"]);
        Assert.Equal(0L, entry.Data["default.pipelines.dropped"]);
    }

    [Fact]
    public async Task A_closed_pipelines_queue_makes_the_health_check_unhealthy_naming_it()
    {
        using var host = HostFactory.Build(Settings(), (s, c) =>
        {
            s.AddCustomerIO(c.GetSection("CustomerIO"));
            s.AddHealthChecks().AddCustomerIO();
        });
        await host.StartAsync();
        await host.Services.GetRequiredService<PipelinesQueue>().CloseAsync();

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        await host.StopAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Entries["customerio"].Status);
        Assert.Equal("default pipelines: queue closed", report.Entries["customerio"].Description);
    }

    [Fact]
    public async Task Without_a_write_key_the_host_starts_and_resolving_the_pipelines_client_names_the_key()
    {
        using var host = HostFactory.Build(HostFactory.Workspace(), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));
        await host.StartAsync();

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<PipelinesClient>());
        _ = host.Services.GetRequiredService<TrackQueue>();
        await host.StopAsync();

        Assert.Equal(
            "The Customer.io workspace 'default' has no Pipelines write key: set Pipelines:WriteKey in its configuration section (CustomerIO:Pipelines:WriteKey).",
            error.Message);
    }

    [Fact]
    public async Task Wrong_pipelines_queue_settings_are_named_by_their_full_key()
    {
        var settings = HostFactory.Workspace();
        settings["CustomerIO:Pipelines:WriteKey"] = "k";
        settings["CustomerIO:Pipelines:Queue:MaxBatchBytes"] = "600000";
        settings["CustomerIO:Pipelines:Queue:FlushInterval"] = "00:00:00";
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        Assert.Equal(
            ["CustomerIO:Pipelines:Queue:MaxBatchBytes must be from 1024 to 511999.", "CustomerIO:Pipelines:Queue:FlushInterval must be positive."],
            await ValidationTests.Failures(host));
    }

    [Fact]
    public async Task A_named_workspace_has_its_own_keyed_pipelines_client_and_queue()
    {
        using var host = HostFactory.Build(Settings("Eu"), (s, c) => s.AddCustomerIO("eu", c.GetSection("Eu")));
        await host.StartAsync();

        var client = host.Services.GetRequiredKeyedService<PipelinesClient>("eu");
        var queue = host.Services.GetRequiredKeyedService<PipelinesQueue>("eu");
        await host.StopAsync();

        Assert.Same(client, host.Services.GetRequiredService<ICustomerIOWorkspaces>().GetPipelinesClient("eu"));
        Assert.True(queue.GetStatistics().IsClosed, "The named workspace's queue was not drained at shutdown.");
    }

    [Fact]
    public async Task Nothing_logged_at_any_level_holds_ids_traits_or_the_write_key()
    {
        using var host = HostFactory.Build(Settings(), (s, c) =>
        {
            s.AddCustomerIO(c.GetSection("CustomerIO"));
            s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        });
        await host.StartAsync();

        await host.Services.GetRequiredService<PipelinesClient>().IdentifyAsync("secret-user", new Dictionary<string, object?> { ["email"] = "someone@example.com" });
        host.Services.GetRequiredService<PipelinesQueue>().Track(PipelinesUser.Anonymous("queued-visitor"), "clicked");
        await host.StopAsync();

        var lines = host.Services.GetFakeLogCollector().GetSnapshot().Select(r => r.Message + " " + r.Exception).ToArray();
        Assert.Contains(lines, l => l.Contains("/v1/identify", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("/v1/batch", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("secret-user", StringComparison.Ordinal) || l.Contains("someone", StringComparison.Ordinal)
            || l.Contains("queued-visitor", StringComparison.Ordinal) || l.Contains(_emulator.PipelinesWriteKey, StringComparison.Ordinal));
    }
}
