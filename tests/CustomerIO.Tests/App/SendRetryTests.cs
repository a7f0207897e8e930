using System.IO;
using CustomerIO.App;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.App;

/// <summary>
/// Sends and triggers could deliver a message twice, so they are repeated only where the first request surely did
/// nothing: a 429, or a connection that never opened. Anything ambiguous fails at once, unless the caller opts in.
/// </summary>
public sealed class SendRetryTests
{
    private const string Answer = """{"delivery_id":"dlv_1","queued_at":1700000000}""";

    [Fact]
    public async Task A_429_is_waited_out_and_sent_again_byte_for_byte()
    {
        var handler = new RecordingHandler().Enqueue(429, """{"errors":[{"detail":"rate limited","status":"429"}]}""", ("Retry-After", "0")).Enqueue(200, Answer);

        var result = await Client(handler).Transactional.SendEmailAsync(Email());

        Assert.Equal("dlv_1", result.DeliveryId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), result.QueuedAt);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(handler.Requests[0].Body, handler.Requests[1].Body);
        Assert.Equal("1", handler.Requests[1].Header("X-Retry-Count"));
    }

    [Fact]
    public async Task A_connection_that_never_opened_is_retried()
    {
        var handler = new RecordingHandler()
            .EnqueueException(new HttpRequestException(HttpRequestError.ConnectionError, "refused"))
            .Enqueue(200, Answer);

        await Client(handler).Transactional.SendSmsAsync(new TransactionalSms(1, "+15551234567", "42"));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_server_error_after_sending_is_not_repeated(int status)
    {
        var handler = new RecordingHandler().Enqueue(status, "{}").Enqueue(200, Answer);

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => Client(handler).Transactional.SendEmailAsync(Email()));

        Assert.Equal(status, (int)error.StatusCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_connection_lost_mid_answer_is_not_repeated()
    {
        var handler = new RecordingHandler().EnqueueException(new IOException("reset")).Enqueue(200, Answer);

        await Assert.ThrowsAsync<CustomerIOConnectionException>(() => Client(handler).Broadcasts.TriggerAsync(7));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_caller_who_accepts_duplicates_gets_the_retry()
    {
        var handler = new RecordingHandler().Enqueue(503, "{}").Enqueue(200, Answer);

        await Client(handler, unsafeRetries: true).Transactional.SendEmailAsync(Email());

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_service_account_token_sends_the_workspace_on_sends_only()
    {
        var handler = new RecordingHandler().Enqueue(200, Answer).Enqueue(200, AppSamples.SegmentCountAnswer);
        var client = TestAppClient.Create(handler, o => o.WorkspaceId = "98765", apiKey: "sa_live_abc");

        await client.Transactional.SendEmailAsync(Email());
        await client.Segments.GetCustomerCountAsync(3);

        Assert.Equal("Bearer sa_live_abc", handler.Requests[0].Authorization);
        Assert.Equal("98765", handler.Requests[0].Header("X-Workspace-Id"));
        Assert.Null(handler.Requests[1].Header("X-Workspace-Id"));
    }

    [Fact]
    public void A_service_account_token_without_a_workspace_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => TestAppClient.Create(new RecordingHandler(), apiKey: "sa_live_abc"));

        Assert.Equal("apiKey", error.ParamName);
        Assert.DoesNotContain("sa_live_abc", error.Message, StringComparison.Ordinal);
    }

    private static TransactionalEmail Email() => new(7, "ann@example.com", "42");

    private static AppClient Client(RecordingHandler handler, bool unsafeRetries = false) => TestAppClient.Create(handler, o =>
    {
        o.Retry.BaseDelay = TimeSpan.FromTicks(1);
        o.Retry.MaxDelay = TimeSpan.FromTicks(1);
        o.Retry.RetryUnsafeOperations = unsafeRetries;
    });
}
