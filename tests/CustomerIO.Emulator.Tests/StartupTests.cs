using CustomerIO.Emulator.Hosting;

namespace CustomerIO.Emulator.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task Start_binds_a_free_loopback_port_with_default_credentials()
    {
        await using var first = await CustomerIOEmulator.StartAsync();
        await using var second = await CustomerIOEmulator.StartAsync(new CustomerIOEmulatorOptions(), CancellationToken.None);

        Assert.Equal("127.0.0.1", first.TrackUri.Host);
        Assert.NotEqual(first.TrackUri.Port, second.TrackUri.Port);
        Assert.Equal("/", first.TrackUri.AbsolutePath);
        Assert.Equal(
            ("emulator-site", "emulator-track-key", "emulator-app-key", "emulator-write-key"),
            (first.SiteId, first.TrackApiKey, first.AppApiKey, first.PipelinesWriteKey));
    }

    [Fact]
    public async Task Dispose_stops_the_server_and_is_idempotent()
    {
        var emulator = await CustomerIOEmulator.StartAsync();
        var uri = emulator.TrackUri;
        await emulator.DisposeAsync();
        await emulator.DisposeAsync();

        using var client = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(uri, "_emulator")));
    }

    [Fact]
    public async Task Invalid_options_throw_before_binding()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => CustomerIOEmulator.StartAsync(new CustomerIOEmulatorOptions { TrackApiKey = " " }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => CustomerIOEmulator.StartAsync(new CustomerIOEmulatorOptions { Port = 70_000 }));
        await Assert.ThrowsAsync<ArgumentException>(() => CustomerIOEmulator.StartAsync(new CustomerIOEmulatorOptions { Host = "example.com" }));
    }

    [Fact]
    public void Command_line_defaults_to_loopback_port_4010()
    {
        var options = CommandLine.Parse([])!;

        Assert.Equal(("127.0.0.1", 4010, false), (options.Host, options.Port, options.SinkMode));
        Assert.Equal(FaultProfile.None, options.Faults);
    }

    [Fact]
    public void Command_line_reads_every_flag()
    {
        var options = CommandLine.Parse(["--port", "5000", "--host", "0.0.0.0", "--sink", "--seed", "9", "--fault-rate", "0.25", "--fault-status", "502", "--latency", "30", "--rate-limits", "--site-id", "s", "--track-api-key", "k", "--down", "abort"])!;

        Assert.Equal(("0.0.0.0", 5000, true, "s", "k"), (options.Host, options.Port, options.SinkMode, options.SiteId, options.TrackApiKey));
        var faults = options.Faults!;
        Assert.Equal((9, DownMode.Abort), (faults.Seed, faults.Down));
        Assert.NotNull(faults.RateLimits);
        Assert.Equal(new FaultRule { Rate = 0.25, Status = 502, Latency = TimeSpan.FromMilliseconds(30) }, Assert.Single(faults.Rules));
        Assert.Null(CommandLine.Parse(["--help"]));
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--bogus"]));
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--port"]));
    }

    [Fact]
    public void Command_line_sets_the_reporting_webhook_receiver()
    {
        var options = CommandLine.Parse(["--webhook-url", "http://127.0.0.1:9000/hooks", "--webhook-secret", "s3"])!;

        Assert.Equal((new Uri("http://127.0.0.1:9000/hooks"), "s3"), (options.ReportingWebhookUrl, options.ReportingWebhookSecret));
        Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--webhook-url", "not a url"]));
    }

    [Fact]
    public void Command_line_loads_a_fault_profile_file_and_the_seed_overrides_it()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"seed":1,"rules":[{"api":"track","status":429,"retry_after_seconds":3}]}""");

            var faults = CommandLine.Parse(["--faults", path, "--seed", "5"])!.Faults!;

            Assert.Equal(5, faults.Seed);
            Assert.Equal(new FaultRule { Api = EmulatorApi.Track, Status = 429, RetryAfterSeconds = 3 }, Assert.Single(faults.Rules));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
