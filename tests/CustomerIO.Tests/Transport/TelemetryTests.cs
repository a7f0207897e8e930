using System.Diagnostics;
using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CustomerIO.Tests.Transport;

/// <summary>The meter and activity source are process-wide, so these tests run alone.</summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests
{
    private readonly RecordingHandler _handler = new();
    private readonly ControlledTime _time = new();
    private readonly FakeLogCollector _logs = new();

    private TrackClient Client() => TestTrackClient.Create(_handler, o =>
    {
        o.TimeProvider = _time;
        o.Timeout = Timeout.InfiniteTimeSpan;
        o.TotalTimeout = Timeout.InfiniteTimeSpan;
        o.Random = () => 0;
        o.LoggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_logs)));
    });

    [Fact]
    public async Task Each_attempt_logs_one_debug_line_and_exhausted_retries_log_a_warning()
    {
        _handler.Enqueue(503).Enqueue(503);
        var call = TestTrackClient.Create(_handler, o =>
        {
            o.TimeProvider = _time;
            o.Random = () => 0;
            o.Retry.MaxRetries = 1;
            o.Timeout = Timeout.InfiniteTimeSpan;
            o.TotalTimeout = Timeout.InfiniteTimeSpan;
            o.LoggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_logs)));
        }).DeletePersonAsync("person-42");
        _time.Advance(await _time.NextTimerAsync());
        await Assert.ThrowsAsync<CustomerIOApiException>(() => call);

        var lines = _logs.GetSnapshot().Select(r => (r.Level, r.Message)).ToArray();
        Assert.Equal(
            [
                (LogLevel.Debug, "DELETE /api/v1/customers/{identifier} answered 503 in 0.0 ms (attempt 1)"),
                (LogLevel.Debug, "DELETE /api/v1/customers/{identifier} will be retried in 200 ms (retry 1)"),
                (LogLevel.Debug, "DELETE /api/v1/customers/{identifier} answered 503 in 0.0 ms (attempt 2)"),
                (LogLevel.Warning, "DELETE /api/v1/customers/{identifier} failed after 2 attempts: 503"),
            ],
            lines);
        Assert.All(_logs.GetSnapshot(), r => Assert.Equal("CustomerIO.Track.TrackClient", r.Category));
    }

    [Fact]
    public async Task Request_duration_and_retries_are_measured_with_their_tags()
    {
        using var durations = new MetricCollector<double>(null, "CustomerIO", "customerio.client.request.duration");
        using var retries = new MetricCollector<long>(null, "CustomerIO", "customerio.client.request.retries");
        _handler.Enqueue(500).Enqueue(200);

        var call = Client().SuppressAsync("42");
        _time.Advance(await _time.NextTimerAsync());
        await call;

        var measured = durations.GetMeasurementSnapshot();
        Assert.Equal(2, measured.Count);
        Assert.Equal([500, 200], measured.Select(m => (int)m.Tags["http.response.status_code"]!));
        Assert.All(measured, m =>
        {
            Assert.Equal("track", m.Tags["customerio.api"]);
            Assert.Equal("POST", m.Tags["http.request.method"]);
            Assert.Equal("/api/v1/customers/{identifier}/suppress", m.Tags["url.template"]);
        });
        Assert.Equal([1, 2], measured.Select(m => (int)m.Tags["customerio.attempt"]!));
        var retry = Assert.Single(retries.GetMeasurementSnapshot());
        Assert.Equal(1, retry.Value);
        Assert.Equal("/api/v1/customers/{identifier}/suppress", retry.Tags["url.template"]);
    }

    [Fact]
    public async Task Each_call_is_one_client_activity_named_by_method_and_path_template()
    {
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "CustomerIO",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(listener);
        _handler.Enqueue(404, """{"meta":{"error":"missing"}}""");

        await Assert.ThrowsAsync<CustomerIOApiException>(() => Client().DeletePersonAsync("someone@example.com"));

        var activity = Assert.Single(activities);
        Assert.Equal("DELETE /api/v1/customers/{identifier}", activity.DisplayName);
        Assert.Equal(ActivityKind.Client, activity.Kind);
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal("track.example.test", activity.GetTagItem("server.address"));
        Assert.Equal(404, activity.GetTagItem("http.response.status_code"));
        Assert.Equal("404", activity.GetTagItem("error.type"));
        Assert.DoesNotContain(activity.TagObjects, t => t.Value?.ToString()?.Contains("someone", StringComparison.Ordinal) == true);
    }
}
