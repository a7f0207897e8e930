namespace CustomerIO.Emulator.Tests.Webhooks;

/// <summary>Failed delivery webhooks are retried at most three times (100 ms then 200 ms apart, on the system clock here), then counted as failed.</summary>
public sealed class DeliveryWebhookRetryTests : EmulatorTest, IDisposable
{
    private readonly WebhookReceiver _receiver = new();

    public void Dispose() => _receiver.Dispose();

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { ReportingWebhookUrl = _receiver.Uri, ReportingWebhookSecret = "s" };

    [Fact]
    public async Task Failures_are_retried_at_most_three_times_then_counted()
    {
        await App(HttpMethod.Post, "v1/send/sms", """{"transactional_message_id":3,"identifiers":{"id":"u1"}}""");
        var attempts = new List<string>();
        foreach (var status in new[] { 500, 500, 200, 503, 503, 503 })
        {
            attempts.Add((await _receiver.ReceiveAsync(status)).Metric);
        }

        // A second delivery's first webhook arrives only after the first delivery is finished with.
        await App(HttpMethod.Post, "v1/send/sms", """{"transactional_message_id":3,"identifiers":{"id":"u2"}}""");
        var next = await _receiver.ReceiveAsync(200);

        Assert.Equal(["sent", "sent", "sent", "delivered", "delivered", "delivered"], attempts);
        Assert.Equal("sent", next.Metric);
        Assert.Contains("\"delivery_id\":\"emdlv000000000002\"", next.Body, StringComparison.Ordinal);

        // The emulator counts a webhook after it has read the receiver's answer, so the count of the second
        // delivery's "sent" may land just after the test saw it: wait for it (bounded).
        var counters = Emulator.GetCounters();
        for (var i = 0; i < 500 && (counters.WebhooksSent, counters.WebhooksFailed) != (2L, 1L); i++)
        {
            await Task.Delay(10);
            counters = Emulator.GetCounters();
        }

        Assert.Equal((2L, 1L), (counters.WebhooksSent, counters.WebhooksFailed));
    }
}
