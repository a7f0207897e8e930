using System.Net;
using System.Text;
using CustomerIO.Track;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Extensions.Hosting.Tests;

/// <summary>
/// The health check follows the queue's state now, both ways, on a fake clock: degraded from the first failed
/// upload, unhealthy at the third in a row, healthy at the first success; degraded while a 429 pauses uploads.
/// </summary>
public sealed class HealthCheckTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
    private readonly ScriptedHandler _server = new();

    [Fact]
    public async Task Health_turns_degraded_at_the_first_failure_unhealthy_at_the_third_and_healthy_at_the_first_success()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var health = host.Services.GetRequiredService<HealthCheckService>();
        var queue = host.Services.GetRequiredService<TrackQueue>();
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);

        _server.Status = HttpStatusCode.ServiceUnavailable;
        queue.Track("user-1", "during_outage");
        var flush = queue.FlushAsync();
        await UntilAsync(() => queue.GetStatistics().ConsecutiveUploadFailures == 1, advance: false);
        var first = await health.CheckHealthAsync();
        Assert.Equal(HealthStatus.Degraded, first.Status);
        Assert.Equal("default: an upload failed; sending it again", first.Entries["customerio"].Description);

        await UntilAsync(() => queue.GetStatistics().ConsecutiveUploadFailures == 2);
        Assert.Equal("default: 2 uploads failed in a row; sending again", (await health.CheckHealthAsync()).Entries["customerio"].Description);
        await UntilAsync(() => queue.GetStatistics().ConsecutiveUploadFailures == 3);
        var failing = await health.CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, failing.Status);
        Assert.Equal("default: 3 uploads failed in a row", failing.Entries["customerio"].Description);
        Assert.Equal(3, failing.Entries["customerio"].Data["default.consecutive_upload_failures"]);

        _server.Status = HttpStatusCode.OK;
        await UntilAsync(() => flush.IsCompleted);
        var recovered = await health.CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, recovered.Status);
        Assert.Equal("Customer.io queues are delivering.", recovered.Entries["customerio"].Description);
        Assert.Equal((1L, 0L), (queue.GetStatistics().Delivered, queue.GetStatistics().Failed));
        Assert.Equal(4, _server.Requests);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("3600")]
    [InlineData("86400000")]
    [InlineData("soon")]
    public async Task A_rate_limit_pause_is_reported_degraded_until_its_capped_end(string retryAfter)
    {
        using var host = BuildHost();
        await host.StartAsync();
        var health = host.Services.GetRequiredService<HealthCheckService>();
        var queue = host.Services.GetRequiredService<TrackQueue>();

        _server.Status = (HttpStatusCode)429;
        _server.RetryAfter = retryAfter;
        queue.Track("user-1", "rate_limited");
        var flush = queue.FlushAsync();
        await UntilAsync(() => _server.Requests == 1, advance: false);
        await UntilAsync(() => queue.GetStatistics().IsPaused, advance: false);
        var paused = await health.CheckHealthAsync();
        Assert.Equal(HealthStatus.Degraded, paused.Status);
        Assert.Equal("default: paused by a rate limit", paused.Entries["customerio"].Description);
        Assert.Equal(true, paused.Entries["customerio"].Data["default.paused"]);

        _server.Status = HttpStatusCode.OK;
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.True(queue.GetStatistics().IsPaused); // still within Retry.MaxRetryAfter (30 s)
        await UntilAsync(() => flush.IsCompleted);
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);
        Assert.Equal(1L, queue.GetStatistics().Delivered);
        Assert.Equal(2, _server.Requests);
        await host.StopAsync();
    }

    private IHost BuildHost()
    {
        var settings = HostFactory.Workspace(endpoint: new Uri("http://127.0.0.1:9/"));
        settings["CustomerIO:Track:Queue:FlushInterval"] = "01:00:00"; // only the flush sends
        settings["CustomerIO:Retry:MaxRetries"] = "0"; // each upload is one request: the queue's own re-sends are counted
        return HostFactory.Build(settings, (s, c) =>
        {
            s.AddSingleton<TimeProvider>(_time);
            s.AddCustomerIO(c.GetSection("CustomerIO"));
            s.AddHttpClient("CustomerIO").ConfigurePrimaryHttpMessageHandler(() => _server);
            s.AddHealthChecks().AddCustomerIO();
        });
    }

    /// <summary>
    /// Waits for a condition, moving the fake clock on by 100 ms a step when asked (so the queue's backoff and pauses
    /// pass); bounded at 2,000 real steps, so a bug fails instead of hanging. Never an assertion on time.
    /// </summary>
    private async Task UntilAsync(Func<bool> condition, bool advance = true)
    {
        for (var i = 0; i < 2_000 && !condition(); i++)
        {
            await Task.Delay(5);
            if (advance && !condition())
            {
                _time.Advance(TimeSpan.FromMilliseconds(100));
            }
        }

        Assert.True(condition(), "The condition did not hold.");
    }

    /// <summary>Answers every request with <see cref="Status"/> (and <see cref="RetryAfter"/> when set), counting them.</summary>
    private sealed class ScriptedHandler : HttpMessageHandler
    {
        private int _requests;

        public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

        public string? RetryAfter { get; set; }

        public int Requests => Volatile.Read(ref _requests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            var response = new HttpResponseMessage(Status) { Content = new StringContent("{}", Encoding.UTF8, "application/json"), RequestMessage = request };
            if (Status == (HttpStatusCode)429 && RetryAfter is { } value)
            {
                response.Headers.TryAddWithoutValidation("Retry-After", value);
            }

            return Task.FromResult(response);
        }
    }
}
