using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.TrackV2;

/// <summary>Which Track v2 requests are retried; delays are 1 ms and not asserted (the transport tests own timing).</summary>
public sealed class BatchRetryTests
{
    private readonly RecordingHandler _handler = new();

    private TrackClient RetryingClient(bool retryUnsafe = false) => TestTrackClient.Create(_handler, o =>
    {
        o.Retry.MaxRetries = 2;
        o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        o.Retry.MaxDelay = TimeSpan.FromMilliseconds(1);
        o.Retry.RetryUnsafeOperations = retryUnsafe;
    });

    [Fact]
    public async Task A_batch_of_idempotent_operations_is_retried_on_503_with_the_same_body()
    {
        _handler.Enqueue(HttpStatusCode.ServiceUnavailable, "{}").Enqueue(HttpStatusCode.OK, "{}");
        var client = RetryingClient();
        TrackOperation[] operations = [PersonOperation.Identify("user-1"), PersonOperation.Event("user-1", "purchase"), ObjectOperation.Delete(ObjectIdentifier.Of("1", "acme"))];

        var result = await client.SendBatchAsync(operations);

        Assert.True(result.AllAccepted);
        Assert.Equal(2, _handler.Requests.Count);
        Assert.Equal(_handler.Requests[0].Body, _handler.Requests[1].Body);
        Assert.Null(_handler.Requests[0].Header("X-Retry-Count"));
        Assert.Equal("1", _handler.Requests[1].Header("X-Retry-Count"));
    }

    public static TheoryData<string> UnsafeOperations => new() { "merge", "delivery" };

    [Theory]
    [MemberData(nameof(UnsafeOperations))]
    public async Task A_batch_holding_one_non_idempotent_operation_is_not_retried_on_503(string kind)
    {
        _handler.Enqueue(HttpStatusCode.ServiceUnavailable, "{}").Enqueue(HttpStatusCode.OK, "{}");
        var client = RetryingClient();
        TrackOperation[] operations = [PersonOperation.Identify("user-1"), Unsafe(kind), PersonOperation.Delete("user-2")];

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => client.SendBatchAsync(operations));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Single(_handler.Requests);
        Assert.Equal(1, _handler.PendingResponses);
    }

    [Fact]
    public async Task A_non_idempotent_batch_is_retried_on_503_when_the_caller_opts_in()
    {
        _handler.Enqueue(HttpStatusCode.ServiceUnavailable, "{}").Enqueue(HttpStatusCode.OK, "{}");
        var client = RetryingClient(retryUnsafe: true);

        var result = await client.SendBatchAsync([Unsafe("merge")]);

        Assert.True(result.AllAccepted);
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task A_non_idempotent_batch_is_retried_on_429_because_nothing_was_done()
    {
        _handler.Enqueue(HttpStatusCode.TooManyRequests, "{}").Enqueue(HttpStatusCode.OK, "{}");
        var client = RetryingClient();

        var result = await client.SendBatchAsync([Unsafe("delivery")]);

        Assert.True(result.AllAccepted);
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Fact]
    public async Task A_207_answer_is_not_retried()
    {
        _handler.Enqueue(207, "{\"errors\":[{\"batch_index\":0,\"reason\":\"invalid\",\"field\":\"name\",\"message\":\"bad\"}]}").Enqueue(HttpStatusCode.OK, "{}");
        var client = RetryingClient();

        var result = await client.SendBatchAsync([PersonOperation.Event("user-1", "purchase")]);

        Assert.Single(result.Failures);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task SendAsync_retries_an_event_on_503_but_not_a_delivery_metric()
    {
        _handler.Enqueue(HttpStatusCode.ServiceUnavailable, "{}").Enqueue(HttpStatusCode.OK, "{}");
        var client = RetryingClient();

        await client.SendAsync(PersonOperation.Event("user-1", "purchase"));
        Assert.Equal(2, _handler.Requests.Count);

        _handler.Enqueue(HttpStatusCode.ServiceUnavailable, "{}").Enqueue(HttpStatusCode.OK, "{}");
        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => client.SendAsync(Unsafe("delivery")));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, _handler.Requests.Count);
    }

    private static TrackOperation Unsafe(string kind) => kind == "merge"
        ? PersonOperation.Merge("user-1", PersonIdentifier.Email("ann@example.com"))
        : DeliveryOperation.Event("dlv_1", MetricName.Delivered, "tok-abc");
}
