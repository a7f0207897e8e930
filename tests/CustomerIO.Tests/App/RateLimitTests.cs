using System.Collections.Concurrent;
using CustomerIO.App;
using CustomerIO.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Tests.App;

/// <summary>
/// The client-side limiter on a fake clock: no second ever holds more than the allowed starts, a broadcast is
/// triggered at most once per interval, waiting is cancellable, and a 429's Retry-After holds every request.
/// </summary>
public sealed class RateLimitTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentQueue<(DateTimeOffset At, string Path)> _sent = new();

    [Fact]
    public async Task No_second_ever_holds_more_than_ten_requests()
    {
        var client = Client(new RecordingHandler());

        var calls = Enumerable.Range(0, 35).Select(_ => client.Segments.GetCustomerCountAsync(3)).ToList();
        await RunClockUntil(() => calls.All(c => c.IsCompleted), step: TimeSpan.FromMilliseconds(100));

        var times = _sent.Select(s => s.At).OrderBy(t => t).ToList();
        Assert.Equal(35, times.Count);
        Assert.Equal(10, times.Count(t => t == times[0]));
        for (var i = 0; i + 10 < times.Count; i++)
        {
            Assert.True(times[i + 10] - times[i] >= TimeSpan.FromSeconds(1), $"requests {i} and {i + 10} started {(times[i + 10] - times[i]).TotalMilliseconds} ms apart");
        }

        // Four windows for 35 requests, no fifth: the limiter does not wait longer than it must.
        Assert.InRange(times[^1] - times[0], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3.9));
    }

    [Fact]
    public async Task A_broadcast_is_triggered_once_per_ten_seconds_and_another_broadcast_is_not_held()
    {
        var client = Client(new RecordingHandler());

        var first = client.Broadcasts.TriggerAsync(7);
        var second = client.Broadcasts.TriggerAsync(7);
        var other = client.Broadcasts.TriggerAsync(8);
        await RunClockUntil(() => first.IsCompleted && other.IsCompleted, step: TimeSpan.FromMilliseconds(10));
        Assert.False(second.IsCompleted);

        await RunClockUntil(() => second.IsCompleted, step: TimeSpan.FromMilliseconds(500));

        var triggers = _sent.Where(s => s.Path == "/v1/campaigns/7/triggers").Select(s => s.At).OrderBy(t => t).ToList();
        Assert.Equal(2, triggers.Count);
        Assert.InRange(triggers[1] - triggers[0], TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(11));
        Assert.Single(_sent, s => s.Path == "/v1/campaigns/8/triggers");
    }

    [Fact]
    public async Task A_wait_can_be_cancelled_and_gives_its_turn_away()
    {
        var client = Client(new RecordingHandler());
        var ten = Enumerable.Range(0, 10).Select(_ => client.Segments.GetCustomerCountAsync(3)).ToList();
        await RunClockUntil(() => ten.All(c => c.IsCompleted), step: TimeSpan.Zero);
        using var cancel = new CancellationTokenSource();

        var waiting = client.Segments.GetCustomerCountAsync(3, cancel.Token);
        var next = client.Segments.GetCustomerCountAsync(3);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(10, _sent.Count);
        await RunClockUntil(() => next.IsCompleted, step: TimeSpan.FromMilliseconds(100));
        Assert.Equal(11, _sent.Count);
        // Under two windows: the cancelled call held no permit (else the next one would have waited for a second window).
        Assert.InRange(_sent.Last().At - _sent.First().At, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.9));
    }

    [Fact]
    public async Task A_429_holds_every_request_until_its_retry_after()
    {
        var handler = new RecordingHandler().Enqueue(Record).Enqueue(r => { Record(r); return Status(429, ("Retry-After", "3")); });
        var client = Client(handler);

        await client.Segments.GetCustomerCountAsync(3);
        var limited = client.Segments.GetCustomerCountAsync(3);
        await RunClockUntil(() => client.Gate!.IsPaused, step: TimeSpan.Zero);
        var later = client.Segments.GetCustomerCountAsync(3);
        await RunClockUntil(() => limited.IsCompleted && later.IsCompleted, step: TimeSpan.FromMilliseconds(500));

        var times = _sent.Select(s => s.At).ToList();
        Assert.Equal(4, times.Count);
        Assert.All(times.Skip(2), t => Assert.True(t - times[1] >= TimeSpan.FromSeconds(3), $"sent {(t - times[1]).TotalMilliseconds} ms after the 429"));
    }

    [Fact]
    public async Task Turned_off_it_sends_at_once()
    {
        var client = Client(new RecordingHandler(), configure: o => o.RateLimit.Enabled = false);

        // The fake clock never moves here: a limiter left on would hold 15 of the 25 for good, and the guard fails the test.
        await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => client.Segments.GetCustomerCountAsync(3))).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(25, _sent.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void A_rate_out_of_range_is_refused(int perSecond)
    {
        var error = Assert.Throws<ArgumentException>(() => Client(new RecordingHandler(), configure: o => o.RateLimit.RequestsPerSecond = perSecond));

        Assert.Equal("RateLimit.RequestsPerSecond", error.ParamName);
    }

    private AppClient Client(RecordingHandler handler, Action<AppClientOptions>? configure = null)
    {
        for (var i = 0; i < 100; i++)
        {
            handler.Enqueue(Record);
        }

        return TestAppClient.Create(handler, o =>
        {
            o.TimeProvider = _time;
            o.RateLimit.Enabled = true;
            o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(10);
            configure?.Invoke(o);
        });
    }

    private HttpResponseMessage Record(HttpRequestMessage request)
    {
        _sent.Enqueue((_time.GetUtcNow(), request.RequestUri!.AbsolutePath));
        return Status(200, default);
    }

    private static HttpResponseMessage Status(int status, (string Name, string Value) header)
    {
        var body = status == 200 ? """{"count":3,"id":1}""" : """{"errors":[{"detail":"rate limited","status":"429"}]}""";
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (header.Name is not null)
        {
            response.Headers.TryAddWithoutValidation(header.Name, header.Value);
        }

        return response;
    }

    /// <summary>
    /// Lets the requests run, then moves the fake clock by <paramref name="step"/>, until <paramref name="done"/> (bounded:
    /// 2,000 rounds; the clock is what makes progress, the real waits only let continuations run).
    /// </summary>
    private async Task RunClockUntil(Func<bool> done, TimeSpan step)
    {
        for (var round = 0; round < 2000 && !done(); round++)
        {
            await Task.Delay(1);
            if (!done() && step > TimeSpan.Zero)
            {
                _time.Advance(step);
            }
        }

        Assert.True(done(), "the calls did not complete");
    }
}
