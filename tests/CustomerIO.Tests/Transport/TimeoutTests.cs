using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Transport;

public sealed class TimeoutTests
{
    private readonly ControlledTime _time = new();

    [Fact]
    public async Task An_attempt_that_exceeds_the_timeout_is_abandoned_and_retried()
    {
        var hanging = new HangingHandler(answersAfter: 1);
        var client = new TrackClient(TestTrackClient.SiteId, TestTrackClient.ApiKey, new TrackClientOptions
        {
            HttpClient = new HttpClient(hanging),
            Endpoint = TestTrackClient.Endpoint,
            TimeProvider = _time,
            Timeout = TimeSpan.FromSeconds(10),
            TotalTimeout = Timeout.InfiniteTimeSpan,
            Random = () => 0,
        });

        var call = client.DeletePersonAsync("42");
        Assert.Equal(TimeSpan.FromSeconds(10), await _time.NextTimerAsync()); // attempt 1's timeout
        await hanging.WaitForRequestsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.FromMilliseconds(200), await _time.NextTimerAsync()); // backoff
        _time.Advance(TimeSpan.FromMilliseconds(200));

        await call;
        Assert.Equal(2, hanging.Requests);
    }

    [Fact]
    public async Task The_last_attempt_timing_out_is_a_timeout_exception_naming_the_limit()
    {
        var hanging = new HangingHandler(answersAfter: int.MaxValue);
        var client = new TrackClient(TestTrackClient.SiteId, TestTrackClient.ApiKey, new TrackClientOptions
        {
            HttpClient = new HttpClient(hanging),
            Endpoint = TestTrackClient.Endpoint,
            TimeProvider = _time,
            Timeout = TimeSpan.FromSeconds(4),
            TotalTimeout = Timeout.InfiniteTimeSpan,
            Retry = { MaxRetries = 0 },
        });

        var call = client.DeletePersonAsync("42");
        Assert.Equal(TimeSpan.FromSeconds(4), await _time.NextTimerAsync());
        await hanging.WaitForRequestsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(4));

        var error = await Assert.ThrowsAsync<CustomerIOTimeoutException>(() => call);
        Assert.Equal("DELETE /api/v1/customers/{identifier} timed out: no answer within 4 s.", error.Message);
    }

    [Fact]
    public async Task The_total_budget_ends_the_call_even_while_attempts_would_go_on()
    {
        var hanging = new HangingHandler(answersAfter: int.MaxValue);
        var client = new TrackClient(TestTrackClient.SiteId, TestTrackClient.ApiKey, new TrackClientOptions
        {
            HttpClient = new HttpClient(hanging),
            Endpoint = TestTrackClient.Endpoint,
            TimeProvider = _time,
            Timeout = Timeout.InfiniteTimeSpan,
            TotalTimeout = TimeSpan.FromSeconds(30),
        });

        var call = client.DeletePersonAsync("42");
        Assert.Equal(TimeSpan.FromSeconds(30), await _time.NextTimerAsync());
        await hanging.WaitForRequestsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<CustomerIOTimeoutException>(() => call);
        Assert.Equal("DELETE /api/v1/customers/{identifier} did not complete within its total time budget of 30 s.", error.Message);
        Assert.Equal(1, hanging.Requests);
    }

    /// <summary>Holds each request until it is cancelled, except that request number <c>answersAfter + 1</c> onwards answer 200 at once.</summary>
    private sealed class HangingHandler(int answersAfter) : HttpMessageHandler
    {
        private readonly SemaphoreSlim _arrived = new(0);
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        public async Task WaitForRequestsAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                Assert.True(await _arrived.WaitAsync(TimeSpan.FromSeconds(10)), "The request never arrived.");
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var number = Interlocked.Increment(ref _requests);
            _arrived.Release();
            if (number > answersAfter)
            {
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") };
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
