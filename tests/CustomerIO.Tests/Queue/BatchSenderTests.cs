using CustomerIO.Queue.Engine;
using Microsoft.Extensions.Logging;

namespace CustomerIO.Tests.Queue;

/// <summary>
/// The batch sender's state machine through the engine, under a protocol of its own: what is settled when a split
/// batch fails half-way, when the protocol itself throws, when shutdown cuts an upload, and the retry duration's edge.
/// </summary>
[Collection("TelemetryTests")]
public sealed class BatchSenderTests
{
    private static readonly string[] Numbered = ["""{"n":1}""", """{"n":2}""", """{"n":3}""", """{"n":4}"""];

    [Fact]
    public async Task A_protocol_that_throws_fails_only_the_operations_not_settled_before_it()
    {
        // The batch is refused whole (400) and split; the first half is delivered, then reading the second half's answer throws.
        var protocol = new OtherProtocol { Parse = (call, _, count) => call == 0 ? new CustomerIOApiError?[count] : throw new InvalidOperationException("a bug in a parser") };
        await using var h = new EngineHarness(protocol: protocol);
        h.Handler.Recording.Enqueue(400, "{}");

        h.AdmitNumbered(4);
        var snapshot = await h.Engine.FlushAsync(CancellationToken.None);

        Assert.Equal([Body(0, 4), Body(0, 2), Body(2, 2)], h.Handler.Bodies);
        Assert.Equal(
            ["Delivered  {\"n\":1}", "Delivered  {\"n\":2}", "Failed error {\"n\":3} !InvalidOperationException", "Failed error {\"n\":4} !InvalidOperationException"],
            h.Outcomes);
        Assert.Equal((4L, 2L, 2L, 0L, 0L), (snapshot.Enqueued, snapshot.Delivered, snapshot.Failed, snapshot.Pending, snapshot.PendingBytes));
        Assert.Equal(["The Other queue could not deliver 2 operations: error"], h.LogMessages(LogLevel.Warning));
        Assert.Equal(
            ["A Other batch of 4 operations was refused as a whole (400); splitting it to isolate the bad ones"],
            h.LogMessages(LogLevel.Debug).Where(m => m.StartsWith("A Other", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Shutdown_during_an_upload_abandons_only_what_the_failed_half_before_it_did_not_settle()
    {
        // Split by a 400; the first half fails for good (404); the second half's upload is held until the deadline cuts it.
        await using var h = new EngineHarness();
        h.Handler.Respond = (index, _) => index switch
        {
            0 => QueueHandler.Answer(400),
            1 => QueueHandler.Answer(404),
            _ => null,
        };
        h.Handler.BeforeAnswer = (index, _, ct) => index == 2 ? Task.Delay(Timeout.Infinite, ct) : Task.CompletedTask;

        h.AdmitNumbered(4);
        var closing = h.Engine.CloseAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        await h.Handler.WaitForRequestsAsync(3);
        h.Time.Advance(TimeSpan.FromSeconds(5));
        var closed = await closing.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([Body(0, 4), Body(0, 2), Body(2, 2)], h.Handler.Bodies);
        Assert.Equal(
            ["Failed http_404 {\"n\":1} !CustomerIOApiException", "Failed http_404 {\"n\":2} !CustomerIOApiException", "Abandoned shutdown {\"n\":3}", "Abandoned shutdown {\"n\":4}"],
            h.Outcomes);
        Assert.Equal((2L, 2L, 0L, 0L), (closed.Failed, closed.Abandoned, closed.Pending, closed.PendingBytes));
    }

    [Theory]
    [InlineData(503, "http_503", 2)]
    [InlineData(429, "rate_limited", 1)] // a pause is not a failed upload; only the final failure counts
    public async Task A_failure_exactly_at_the_retry_duration_is_final(int status, string reason, int failedUploads)
    {
        // Sent at 0 s and failed: waits 0.5 s (the backoff, or the 429's own pause); the second send fails at exactly
        // MaxRetryDuration after the first, so it is not sent a third time.
        await using var h = new EngineHarness(l => l with { MaxRetryDuration = TimeSpan.FromMilliseconds(500) });
        h.Handler.Respond = (_, _) => QueueHandler.Answer(status);

        h.AdmitNumbered(1);
        var flushing = h.Engine.FlushAsync(CancellationToken.None);
        await h.Handler.WaitForRequestsAsync(1);
        Assert.Equal(TimeSpan.FromMilliseconds(500), await h.Time.NextShortTimerAsync());
        h.Time.Advance(TimeSpan.FromMilliseconds(500));
        var snapshot = await flushing.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, h.Handler.Count);
        Assert.Equal((0L, 1L, failedUploads), (snapshot.Delivered, snapshot.Failed, snapshot.ConsecutiveUploadFailures));
        Assert.Equal([$"Failed {reason} {{\"n\":1}} !{(status == 429 ? "CustomerIORateLimitException" : "CustomerIOApiException")}"], h.Outcomes);
    }

    [Fact]
    public async Task A_transient_failure_is_counted_and_logged_before_the_batch_is_sent_again()
    {
        await using var h = new EngineHarness();
        h.Handler.Respond = (index, _) => index == 0 ? QueueHandler.Answer(503) : null;

        h.AdmitNumbered(1);
        var flushing = h.Engine.FlushAsync(CancellationToken.None);
        await h.Handler.WaitForRequestsAsync(1);
        Assert.Equal(TimeSpan.FromMilliseconds(500), await h.Time.NextShortTimerAsync());
        Assert.Equal(1, h.Engine.Snapshot().ConsecutiveUploadFailures);
        h.Time.Advance(TimeSpan.FromMilliseconds(500));
        var snapshot = await flushing.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((1L, 0), (snapshot.Delivered, snapshot.ConsecutiveUploadFailures));
        Assert.Equal(["A Other batch upload failed (CustomerIOApiException); sending it again in 500 ms"], h.LogMessages(LogLevel.Warning));
    }

    [Theory]
    [InlineData("100000", "Customer.io asked for a pause (100000 s) longer than the Other queue takes: every upload pauses for 30000 ms, the cap (Retry.MaxRetryAfter)")]
    [InlineData("soon", "Customer.io asked for a pause (an unreadable Retry-After) longer than the Other queue takes: every upload pauses for 30000 ms, the cap (Retry.MaxRetryAfter)")]
    public async Task A_pause_longer_than_the_cap_is_capped_and_said_so(string retryAfter, string warning)
    {
        await using var h = new EngineHarness();
        h.Handler.Respond = (index, _) => index == 0 ? Answer429(retryAfter) : null;

        h.AdmitNumbered(1);
        var flushing = h.Engine.FlushAsync(CancellationToken.None);
        await h.Handler.WaitForRequestsAsync(1);
        Assert.Equal(TimeSpan.FromSeconds(30), await h.Time.NextShortTimerAsync());
        Assert.True(h.Engine.IsPaused);
        h.Time.Advance(TimeSpan.FromSeconds(30));
        var snapshot = await flushing.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((1L, 2), (snapshot.Delivered, h.Handler.Count));
        Assert.Equal([warning], h.LogMessages(LogLevel.Warning));
        Assert.Equal(["Customer.io is rate limiting the Other queue: every upload pauses for 30000 ms"], h.LogMessages(LogLevel.Information));
    }

    [Fact]
    public async Task A_pause_within_the_cap_is_logged_without_a_warning()
    {
        await using var h = new EngineHarness();
        h.Handler.Respond = (index, _) => index == 0 ? Answer429("2") : null;

        h.AdmitNumbered(1);
        var flushing = h.Engine.FlushAsync(CancellationToken.None);
        await h.Handler.WaitForRequestsAsync(1);
        Assert.Equal(TimeSpan.FromSeconds(2), await h.Time.NextShortTimerAsync());
        h.Time.Advance(TimeSpan.FromSeconds(2));
        await flushing.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(h.LogMessages(LogLevel.Warning));
        Assert.Equal(["Customer.io is rate limiting the Other queue: every upload pauses for 2000 ms"], h.LogMessages(LogLevel.Information));
    }

    private static string Body(int start, int count) => "{\"items\":[" + string.Join(",", Numbered.Skip(start).Take(count)) + "],\"v\":1}";

    private static HttpResponseMessage Answer429(string retryAfter)
    {
        var response = QueueHandler.Answer(429);
        response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        return response;
    }
}
