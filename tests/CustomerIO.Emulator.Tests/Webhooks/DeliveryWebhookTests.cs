using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.Webhooks;

/// <summary>Each transactional delivery posts signed <c>sent</c> then <c>delivered</c> webhooks to the configured receiver.</summary>
public sealed class DeliveryWebhookTests : EmulatorTest, IDisposable
{
    private const string Secret = "whsec-test";
    private readonly WebhookReceiver _receiver = new();

    public void Dispose() => _receiver.Dispose();

    protected override CustomerIOEmulatorOptions CreateOptions() => new()
    {
        TimeProvider = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000)),
        ReportingWebhookUrl = _receiver.Uri,
        ReportingWebhookSecret = Secret,
    };

    [Fact]
    public async Task Sent_then_delivered_are_posted_signed_over_the_raw_body()
    {
        var send = await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":3,"identifiers":{"id":"u1"},"to":"u1@example.com","subject":"Hi"}""");

        var sent = await _receiver.ReceiveAsync(200);
        var delivered = await _receiver.ReceiveAsync(200);

        Assert.Equal(new Answer(200, """{"delivery_id":"emdlv000000000001","queued_at":1800000000}""", null), send);
        var cioId = Emulator.FindPerson("u1")!.CioId;
        foreach (var (hook, metric) in new[] { (sent, "sent"), (delivered, "delivered") })
        {
            Assert.Equal("1800000000", hook.Timestamp);
            var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes("v0:1800000000:" + hook.Body)));
            Assert.Equal(expected, hook.Signature);
            Assert.Equal(
                "{\"event_id\":\"emdlv000000000001-" + metric + "\",\"object_type\":\"email\",\"metric\":\"" + metric + "\",\"timestamp\":1800000000," +
                "\"data\":{\"customer_id\":\"u1\",\"delivery_id\":\"emdlv000000000001\",\"identifiers\":{\"id\":\"u1\",\"cio_id\":\"" + cioId + "\"}," +
                "\"transactional_message_id\":\"3\",\"recipient\":\"u1@example.com\",\"subject\":\"Hi\"}}",
                hook.Body);
        }
    }

    [Fact]
    public async Task The_send_is_answered_before_the_receiver_answers()
    {
        var send = await App(HttpMethod.Post, "v1/send/push", """{"transactional_message_id":3,"identifiers":{"id":"u1"}}""");
        var pending = await _receiver.NextAsync();

        // The receiver holds the first webhook unanswered; the send already has its answer.
        Assert.Equal(200, send.Status);
        Assert.Equal("sent", pending.Metric);
        pending.Answer(204);
        Assert.Equal("delivered", (await _receiver.ReceiveAsync(204)).Metric);
    }

    [Fact]
    public async Task A_customer_io_receiver_or_a_missing_secret_is_refused_at_start()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => CustomerIOEmulator.StartAsync(new CustomerIOEmulatorOptions { ReportingWebhookUrl = new Uri("https://hooks.customer.io/x"), ReportingWebhookSecret = "s" }));
        await Assert.ThrowsAsync<ArgumentException>(() => CustomerIOEmulator.StartAsync(new CustomerIOEmulatorOptions { ReportingWebhookUrl = _receiver.Uri }));
    }
}
