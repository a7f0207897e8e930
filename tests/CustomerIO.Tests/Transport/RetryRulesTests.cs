using System.IO;
using CustomerIO.Transport;
using Polly;
using Polly.Timeout;

namespace CustomerIO.Tests.Transport;

/// <summary>
/// The retry decision and delay one case at a time, straight on <see cref="RetryRules"/>: the end-to-end retry tests
/// (<see cref="RetryTests"/>) cannot reach every combination of failure, idempotency and cancellation.
/// </summary>
public sealed class RetryRulesTests
{
    private static readonly ApiRequest Idempotent = new(HttpMethod.Put, "/t", "/t", isIdempotent: true);
    private static readonly ApiRequest Unsafe = new(HttpMethod.Post, "/t", "/t", isIdempotent: false);

    private static bool ShouldRetry(Exception exception, ApiRequest request, bool retryUnsafe = false, CancellationToken token = default) =>
        RetryRules.ShouldRetry(Outcome.FromException<ApiResponse>(exception), request, new CustomerIORetryOptions { RetryUnsafeOperations = retryUnsafe }, token);

    private static bool ShouldRetry(int status, ApiRequest request, TimeSpan? retryAfter = null, CustomerIORetryOptions? options = null) =>
        RetryRules.ShouldRetry(Outcome.FromResult(new ApiResponse((HttpStatusCode)status, [], retryAfter)), request, options ?? new CustomerIORetryOptions(), CancellationToken.None);

    [Fact]
    public void A_cancellation_that_is_not_the_callers_is_retried_only_when_repeating_is_safe()
    {
        // A TaskCanceledException without the caller's token cancelled is HttpClient's own timeout.
        Assert.True(ShouldRetry(new TaskCanceledException(), Idempotent));
        Assert.False(ShouldRetry(new TaskCanceledException(), Unsafe));
        Assert.True(ShouldRetry(new OperationCanceledException(), Unsafe, retryUnsafe: true));
    }

    [Fact]
    public void The_callers_own_cancellation_is_never_retried_even_when_repeating_is_safe()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.False(ShouldRetry(new OperationCanceledException(cancelled.Token), Idempotent, token: cancelled.Token));
        Assert.False(ShouldRetry(new OperationCanceledException(cancelled.Token), Unsafe, retryUnsafe: true, token: cancelled.Token));
        Assert.False(ShouldRetry(new OperationCanceledException(cancelled.Token), Unsafe, token: cancelled.Token));
    }

    [Fact]
    public void A_timeout_or_a_broken_stream_is_retried_only_when_repeating_is_safe()
    {
        Assert.True(ShouldRetry(new TimeoutRejectedException(), Idempotent));
        Assert.False(ShouldRetry(new TimeoutRejectedException(), Unsafe));
        Assert.True(ShouldRetry(new TimeoutRejectedException(), Unsafe, retryUnsafe: true));

        Assert.True(ShouldRetry(new IOException("reset"), Idempotent));
        Assert.False(ShouldRetry(new IOException("reset"), Unsafe));
        Assert.True(ShouldRetry(new IOException("reset"), Unsafe, retryUnsafe: true));
    }

    [Theory]
    [InlineData(HttpRequestError.NameResolutionError)]
    [InlineData(HttpRequestError.ConnectionError)]
    [InlineData(HttpRequestError.SecureConnectionError)]
    [InlineData(HttpRequestError.ProxyTunnelError)]
    public void A_failure_before_anything_was_sent_is_retried_even_for_an_unsafe_request(HttpRequestError error)
    {
        Assert.True(ShouldRetry(new HttpRequestException(error, "failed"), Unsafe));
        Assert.True(ShouldRetry(new HttpRequestException(error, "failed"), Idempotent));
    }

    [Theory]
    [InlineData(HttpRequestError.ResponseEnded)]
    [InlineData(HttpRequestError.InvalidResponse)]
    [InlineData(HttpRequestError.Unknown)]
    public void A_failure_after_the_request_may_have_left_is_retried_only_when_repeating_is_safe(HttpRequestError error)
    {
        Assert.False(ShouldRetry(new HttpRequestException(error, "failed"), Unsafe));
        Assert.True(ShouldRetry(new HttpRequestException(error, "failed"), Idempotent));
        Assert.True(ShouldRetry(new HttpRequestException(error, "failed"), Unsafe, retryUnsafe: true));
    }

    [Fact]
    public void Any_other_exception_is_a_bug_and_is_not_retried()
    {
        Assert.False(ShouldRetry(new InvalidOperationException(), Idempotent));
        Assert.False(ShouldRetry(new InvalidOperationException(), Unsafe, retryUnsafe: true));
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(599, true)]
    [InlineData(200, false)]
    [InlineData(400, false)]
    [InlineData(404, false)]
    [InlineData(407, false)]
    [InlineData(409, false)]
    [InlineData(499, false)]
    [InlineData(501, false)]
    [InlineData(505, false)]
    public void Transient_statuses_are_408_and_5xx_but_501_and_505_and_only_they_are_retried(int status, bool transient)
    {
        Assert.Equal(transient, RetryRules.IsTransientStatus(status));
        Assert.Equal(transient, ShouldRetry(status, Idempotent));
        Assert.False(ShouldRetry(status, Unsafe));
        Assert.Equal(transient, ShouldRetry(status, Unsafe, options: new CustomerIORetryOptions { RetryUnsafeOperations = true }));
    }

    [Fact]
    public void A_429_is_retried_for_any_request_unless_the_caller_handles_rate_limits_itself()
    {
        Assert.True(ShouldRetry(429, Unsafe));
        Assert.True(ShouldRetry(429, Idempotent));
        Assert.False(ShouldRetry(429, new ApiRequest(HttpMethod.Post, "/t", "/t", isIdempotent: true) { RetryRateLimits = false }));
    }

    [Fact]
    public void A_Retry_After_up_to_MaxRetryAfter_is_waited_out_and_a_longer_one_ends_retrying()
    {
        var options = new CustomerIORetryOptions { MaxRetryAfter = TimeSpan.FromSeconds(30) };

        Assert.True(ShouldRetry(429, Idempotent, TimeSpan.FromSeconds(30), options));
        Assert.True(ShouldRetry(503, Idempotent, TimeSpan.FromSeconds(30), options));
        Assert.False(ShouldRetry(429, Idempotent, TimeSpan.FromSeconds(30) + TimeSpan.FromTicks(1), options));
        Assert.False(ShouldRetry(503, Idempotent, TimeSpan.FromSeconds(31), options));
    }

    [Fact]
    public void The_delay_is_Retry_After_when_given_and_never_negative()
    {
        var options = new CustomerIORetryOptions();
        static Outcome<ApiResponse> After(TimeSpan? delay) => Outcome.FromResult(new ApiResponse((HttpStatusCode)429, [], delay));

        Assert.Equal(TimeSpan.FromSeconds(7), RetryRules.Delay(0, After(TimeSpan.FromSeconds(7)), options, () => 0.5));
        Assert.Equal(TimeSpan.FromSeconds(7), RetryRules.Delay(5, After(TimeSpan.FromSeconds(7)), options, () => 0.5));

        // An HTTP date already in the past gives a negative delay: retry at once.
        Assert.Equal(TimeSpan.Zero, RetryRules.Delay(0, After(TimeSpan.FromSeconds(-3)), options, () => 0.5));
        Assert.Equal(TimeSpan.Zero, RetryRules.Delay(0, After(TimeSpan.Zero), options, () => 0.5));
    }

    [Fact]
    public void Without_Retry_After_the_delay_doubles_from_the_base_times_one_plus_the_draw_and_stops_at_MaxDelay()
    {
        var options = new CustomerIORetryOptions { BaseDelay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(5) };
        var noHint = Outcome.FromResult(new ApiResponse(HttpStatusCode.ServiceUnavailable, [], null));
        var failed = Outcome.FromException<ApiResponse>(new IOException("reset"));

        Assert.Equal(TimeSpan.FromMilliseconds(200), RetryRules.Delay(0, noHint, options, () => 0));
        Assert.Equal(TimeSpan.FromMilliseconds(300), RetryRules.Delay(0, failed, options, () => 0.5));
        Assert.Equal(TimeSpan.FromMilliseconds(1200), RetryRules.Delay(2, noHint, options, () => 0.5));
        Assert.Equal(TimeSpan.FromMilliseconds(3200), RetryRules.Delay(4, noHint, options, () => 0));
        Assert.Equal(TimeSpan.FromSeconds(5), RetryRules.Delay(5, noHint, options, () => 0));
        Assert.Equal(TimeSpan.FromSeconds(5), RetryRules.Delay(100, noHint, options, () => 0.99));
    }
}
