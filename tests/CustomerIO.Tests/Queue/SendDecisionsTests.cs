using System.Net;
using CustomerIO.Queue.Engine;

namespace CustomerIO.Tests.Queue;

/// <summary>The batch sender's decisions, each on its own: what is sent again, why an operation failed, how long to wait.</summary>
public sealed class SendDecisionsTests
{
    public static TheoryData<int, bool, string> Statuses => new()
    {
        { 400, false, "rejected" },
        { 401, false, "unauthorized" },
        { 403, false, "unauthorized" },
        { 404, false, "http_404" },
        { 408, true, "http_408" },
        { 413, false, "rejected" },
        { 422, false, "http_422" },
        { 429, false, "rate_limited" },
        { 500, true, "http_500" },
        { 501, false, "http_501" },
        { 502, true, "http_502" },
        { 503, true, "http_503" },
        { 504, true, "http_504" },
        { 505, false, "http_505" },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Each_status_is_transient_or_not_and_names_its_reason(int status, bool transient, string reason)
    {
        var e = Api(status);

        Assert.Equal((transient, reason), (SendDecisions.IsTransient(e), SendDecisions.FailureReason(e)));
        Assert.Equal(status is 400 or 413, SendDecisions.IsSplittable(e));
    }

    [Fact]
    public void Transport_failures_are_transient_and_named_and_carry_no_error()
    {
        var timeout = new CustomerIOTimeoutException("timed out", null);
        var connection = new CustomerIOConnectionException("refused", null);
        var other = new CustomerIOException("other");

        Assert.Equal((true, "timeout", (CustomerIOApiError?)null), (SendDecisions.IsTransient(timeout), SendDecisions.FailureReason(timeout), SendDecisions.FailureError(timeout)));
        Assert.Equal((true, "connection", (CustomerIOApiError?)null), (SendDecisions.IsTransient(connection), SendDecisions.FailureReason(connection), SendDecisions.FailureError(connection)));
        Assert.Equal((false, "error", (CustomerIOApiError?)null), (SendDecisions.IsTransient(other), SendDecisions.FailureReason(other), SendDecisions.FailureError(other)));
    }

    [Fact]
    public void A_failed_operation_carries_the_answers_first_error_or_one_made_of_its_message()
    {
        var first = new CustomerIOApiError("first", "invalid");
        var named = Api(400, [first, new CustomerIOApiError("second")]);
        var bare = Api(500);

        Assert.Same(first, SendDecisions.FailureError(named));
        Assert.Equal(bare.Message, SendDecisions.FailureError(bare)!.Message);
    }

    [Fact]
    public void The_backoff_doubles_from_half_a_second_with_up_to_a_quarter_of_jitter_under_the_cap()
    {
        var cap = TimeSpan.FromSeconds(5);

        Assert.Equal(
            [500, 1000, 2000, 4000, 5000, 5000],
            Enumerable.Range(0, 6).Select(a => SendDecisions.Backoff(a, cap, random: 0).TotalMilliseconds));
        Assert.Equal(625, SendDecisions.Backoff(0, cap, random: 1).TotalMilliseconds);
        Assert.Equal(1250, SendDecisions.Backoff(1, cap, random: 1).TotalMilliseconds);
        Assert.Equal(2300, SendDecisions.Backoff(2, cap, random: 0.6).TotalMilliseconds);
        Assert.Equal(TimeSpan.FromSeconds(5), SendDecisions.Backoff(int.MaxValue, cap, random: 1));
        Assert.Equal(TimeSpan.FromMilliseconds(300), SendDecisions.Backoff(0, TimeSpan.FromMilliseconds(300), random: 0));
    }

    [Fact]
    public void A_429_pauses_for_its_retry_after_within_the_cap()
    {
        var backoff = TimeSpan.FromSeconds(1);
        var cap = TimeSpan.FromSeconds(30);

        Assert.Equal((backoff, false), SendDecisions.RateLimitPause(RateLimited(null), backoff, cap));
        Assert.Equal((TimeSpan.FromSeconds(7), false), SendDecisions.RateLimitPause(RateLimited(TimeSpan.FromSeconds(7)), backoff, cap));
        Assert.Equal((cap, false), SendDecisions.RateLimitPause(RateLimited(cap), backoff, cap));
        Assert.Equal((TimeSpan.Zero, false), SendDecisions.RateLimitPause(RateLimited(TimeSpan.FromSeconds(-3)), backoff, cap));
    }

    [Fact]
    public void A_429_asking_too_much_or_unreadably_pauses_for_the_cap_and_a_cap_below_the_backoff_is_the_backoff()
    {
        var backoff = TimeSpan.FromSeconds(2);
        var cap = TimeSpan.FromSeconds(30);
        var unreadable = new CustomerIORateLimitException("POST", "/api/v2/batch", [], "", null) { RetryAfterUnreadable = true };

        Assert.Equal((cap, true), SendDecisions.RateLimitPause(RateLimited(TimeSpan.FromSeconds(31)), backoff, cap));
        Assert.Equal((cap, true), SendDecisions.RateLimitPause(unreadable, backoff, cap));
        Assert.Equal((backoff, true), SendDecisions.RateLimitPause(RateLimited(TimeSpan.FromSeconds(3)), backoff, TimeSpan.Zero));
        Assert.Equal((TimeSpan.FromSeconds(1), false), SendDecisions.RateLimitPause(RateLimited(TimeSpan.FromSeconds(1)), backoff, TimeSpan.Zero));
    }

    [Fact]
    public void A_partial_answer_fails_each_named_position_once_with_its_first_error()
    {
        var first = new CustomerIOApiError("a", batchIndex: 2);
        var again = new CustomerIOApiError("b", batchIndex: 2);
        var zero = new CustomerIOApiError("c", batchIndex: 0);

        var failures = SendDecisions.ByPosition([first, again, zero, new CustomerIOApiError("outside", batchIndex: 3), new CustomerIOApiError("negative", batchIndex: -1), new CustomerIOApiError("unnamed")], count: 3);

        Assert.Equal([zero, null, first], failures!);
    }

    [Fact]
    public void A_partial_answer_naming_no_position_in_the_batch_fails_nothing()
    {
        Assert.Null(SendDecisions.ByPosition([], count: 3));
        Assert.Null(SendDecisions.ByPosition([new CustomerIOApiError("outside", batchIndex: 3), new CustomerIOApiError("unnamed")], count: 3));
    }

    private static CustomerIOApiException Api(int status, IReadOnlyList<CustomerIOApiError>? errors = null) => status switch
    {
        429 => new CustomerIORateLimitException("POST", "/api/v2/batch", errors ?? [], "", null),
        401 or 403 => new CustomerIOAuthenticationException((HttpStatusCode)status, "POST", "/api/v2/batch", errors ?? [], ""),
        _ => new CustomerIOApiException((HttpStatusCode)status, "POST", "/api/v2/batch", errors ?? [], ""),
    };

    private static CustomerIORateLimitException RateLimited(TimeSpan? retryAfter) => new("POST", "/api/v2/batch", [], "", retryAfter);
}
