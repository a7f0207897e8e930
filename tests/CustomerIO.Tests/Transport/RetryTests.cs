using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Transport;

public sealed class RetryTests
{
    private readonly RecordingHandler _handler = new();
    private readonly ControlledTime _time = new();

    private TrackClient Client(Action<TrackClientOptions>? configure = null) => TestTrackClient.Create(_handler, o =>
    {
        o.TimeProvider = _time;
        o.Timeout = Timeout.InfiniteTimeSpan;
        o.TotalTimeout = Timeout.InfiniteTimeSpan;
        o.Random = () => 0;
        configure?.Invoke(o);
    });

    [Fact]
    public async Task Backoff_doubles_from_the_base_delay_and_counts_retries_in_a_header()
    {
        _handler.Enqueue(503).Enqueue(503).Enqueue(503).Enqueue(200);
        var call = Client().DeletePersonAsync("42");

        foreach (var expected in new[] { 200, 400, 800 })
        {
            Assert.Equal(TimeSpan.FromMilliseconds(expected), await _time.NextTimerAsync());
            _time.Advance(TimeSpan.FromMilliseconds(expected));
        }

        await call;
        Assert.Equal(4, _handler.Requests.Count);
        Assert.Equal([null, "1", "2", "3"], _handler.Requests.Select(r => r.Header("X-Retry-Count")));
        Assert.All(_handler.Requests, r => Assert.Equal("/api/v1/customers/42", r.PathAndQuery));
    }

    [Fact]
    public async Task Jitter_multiplies_the_delay_by_one_plus_the_random_draw_and_MaxDelay_caps_it()
    {
        _handler.Enqueue(500).Enqueue(500).Enqueue(200);
        var call = Client(o =>
        {
            o.Random = () => 0.5;
            o.Retry.BaseDelay = TimeSpan.FromSeconds(2);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(5);
        }).DeletePersonAsync("42");

        Assert.Equal(TimeSpan.FromSeconds(3), await _time.NextTimerAsync()); // 2 s × 1.5
        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.FromSeconds(5), await _time.NextTimerAsync()); // 2 s × 2 × 1.5 = 6 s, capped
        _time.Advance(TimeSpan.FromSeconds(5));
        await call;
        Assert.Equal(3, _handler.Requests.Count);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(522)]
    [InlineData(524)]
    public async Task Transient_statuses_are_retried(int status)
    {
        _handler.Enqueue(status).Enqueue(200);
        var call = Client().DeletePersonAsync("42");

        Assert.Equal(TimeSpan.FromMilliseconds(200), await _time.NextTimerAsync());
        _time.Advance(TimeSpan.FromMilliseconds(200));
        await call;
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    [InlineData(422)]
    [InlineData(501)]
    [InlineData(505)]
    public async Task Other_statuses_fail_at_once(int status)
    {
        _handler.Enqueue(status, """{"meta":{"error":"no"}}""");

        var error = await Assert.ThrowsAnyAsync<CustomerIOApiException>(() => Client().DeletePersonAsync("42"));

        Assert.Equal(status, (int)error.StatusCode);
        Assert.Single(_handler.Requests);
        Assert.False(_time.HasPendingTimer);
    }

    [Fact]
    public async Task Retry_After_in_seconds_is_waited_out()
    {
        _handler.Enqueue(429, "{}", ("Retry-After", "7")).Enqueue(200);
        var call = Client().DeletePersonAsync("42");

        Assert.Equal(TimeSpan.FromSeconds(7), await _time.NextTimerAsync());
        _time.Advance(TimeSpan.FromSeconds(7));
        await call;
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task Retry_After_as_an_http_date_is_waited_out_until_that_date()
    {
        var date = _time.GetUtcNow().AddSeconds(12).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        _handler.Enqueue(503, "{}", ("Retry-After", date)).Enqueue(200);
        var call = Client().DeletePersonAsync("42");

        Assert.Equal(TimeSpan.FromSeconds(12), await _time.NextTimerAsync());
        _time.Advance(TimeSpan.FromSeconds(12));
        await call;
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task Retry_After_beyond_the_cap_ends_retrying_with_the_delay_in_the_exception()
    {
        _handler.Enqueue(429, """{"meta":{"error":"slow down"}}""", ("Retry-After", "120"));

        var error = await Assert.ThrowsAsync<CustomerIORateLimitException>(() => Client().DeletePersonAsync("42"));

        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal("slow down", Assert.Single(error.Errors).Message);
        Assert.Single(_handler.Requests);
        Assert.False(_time.HasPendingTimer);
    }

    [Fact]
    public async Task When_retries_run_out_the_last_answer_is_thrown()
    {
        for (var i = 0; i < 3; i++)
        {
            _handler.Enqueue(503, """{"meta":{"error":"busy"}}""");
        }

        var call = Client(o => o.Retry.MaxRetries = 2).DeletePersonAsync("42");
        for (var i = 0; i < 2; i++)
        {
            _time.Advance(await _time.NextTimerAsync());
        }

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => call);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("busy", Assert.Single(error.Errors).Message);
        Assert.Equal(3, _handler.Requests.Count);
    }

    [Fact]
    public async Task Zero_retries_sends_once()
    {
        _handler.Enqueue(503);

        await Assert.ThrowsAsync<CustomerIOApiException>(() => Client(o => o.Retry.MaxRetries = 0).DeletePersonAsync("42"));

        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task A_non_idempotent_call_is_not_retried_after_an_ambiguous_failure()
    {
        _handler.Enqueue(503);

        await Assert.ThrowsAsync<CustomerIOApiException>(() => Client().TrackMetricAsync(new DeliveryMetric("d1", MetricName.Opened)));

        Assert.Single(_handler.Requests);
        Assert.False(_time.HasPendingTimer);
    }

    [Fact]
    public async Task A_non_idempotent_call_is_retried_after_a_429_because_nothing_happened()
    {
        _handler.Enqueue(429).Enqueue(200);
        var call = Client().TrackMetricAsync(new DeliveryMetric("d1", MetricName.Opened));

        _time.Advance(await _time.NextTimerAsync());
        await call;
        Assert.Equal(2, _handler.Requests.Count);
        Assert.Equal(_handler.Requests[0].Body, _handler.Requests[1].Body);
    }

    [Fact]
    public async Task A_non_idempotent_call_is_retried_when_the_caller_opts_in()
    {
        _handler.Enqueue(503).Enqueue(200);
        var call = Client(o => o.Retry.RetryUnsafeOperations = true).MergePeopleAsync("a", "b");

        _time.Advance(await _time.NextTimerAsync());
        await call;
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task An_event_is_retried_with_the_same_ulid_so_Customer_io_keeps_one()
    {
        _handler.Enqueue(502).Enqueue(200);
        var call = Client().TrackAsync("42", "purchase");

        _time.Advance(await _time.NextTimerAsync());
        await call;
        var ids = _handler.Requests.Select(r => TestTrackClient.WithoutGeneratedId(r.Body).Id).ToArray();
        Assert.Equal(2, ids.Length);
        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public async Task Network_failures_are_retried_for_idempotent_calls()
    {
        _handler.EnqueueException(new HttpRequestException("connection reset")).Enqueue(200);
        var call = Client().DeletePersonAsync("42");

        _time.Advance(await _time.NextTimerAsync());
        await call;
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task A_network_failure_of_a_non_idempotent_call_is_a_connection_exception_without_retry()
    {
        var failure = new HttpRequestException("reset while reading");
        _handler.EnqueueException(failure);

        var error = await Assert.ThrowsAsync<CustomerIOConnectionException>(() => Client().TrackMetricAsync(new DeliveryMetric("d1", MetricName.Opened)));

        Assert.Same(failure, error.InnerException);
        Assert.Equal("POST /api/v1/metrics failed on the network: HttpRequestException.", error.Message);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task A_connection_that_never_opened_is_retried_even_for_a_non_idempotent_call()
    {
        _handler.EnqueueException(new HttpRequestException(HttpRequestError.ConnectionError, "refused")).Enqueue(200);
        var call = Client().TrackMetricAsync(new DeliveryMetric("d1", MetricName.Opened));

        _time.Advance(await _time.NextTimerAsync());
        await call;
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task Cancelling_during_the_backoff_stops_waiting_at_once()
    {
        _handler.Enqueue(503).Enqueue(200);
        using var cancellation = new CancellationTokenSource();
        var call = Client().DeletePersonAsync("42", cancellation.Token);

        Assert.Equal(TimeSpan.FromMilliseconds(200), await _time.NextTimerAsync());
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task A_call_cancelled_before_it_starts_sends_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().DeletePersonAsync("42", cancellation.Token));

        Assert.Empty(_handler.Requests);
    }
}
