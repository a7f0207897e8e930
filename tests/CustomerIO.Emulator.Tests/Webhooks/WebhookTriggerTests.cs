using System.Security.Cryptography;
using System.Text;
using CustomerIO.Emulator.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.Webhooks;

/// <summary>
/// <c>POST /_emulator/webhooks/trigger</c> builds a webhook for any object type and metric with that metric's fields,
/// signs it (or spoils it on request) and posts it to the configured receiver; deliveries post the configured metrics.
/// </summary>
public sealed class WebhookTriggerTests : EmulatorTest, IDisposable
{
    private const string Secret = "whsec-trigger";
    private const long Now = 1_800_000_000;
    private readonly WebhookReceiver _receiver = new();

    public void Dispose() => _receiver.Dispose();

    protected override CustomerIOEmulatorOptions CreateOptions() => new()
    {
        TimeProvider = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(Now)),
        ReportingWebhookUrl = _receiver.Uri,
        ReportingWebhookSecret = Secret,
        ReportingWebhookMetrics = ["sent", "opened", "clicked"],
    };

    [Fact]
    public async Task A_triggered_click_carries_the_link_and_is_signed_over_its_raw_body()
    {
        var answering = Post("_emulator/webhooks/trigger", """{"object_type":"email","metric":"clicked","customer_id":"42","recipient":"ada@example.com","event_id":"01HCLICK"}""");
        var hook = await _receiver.ReceiveAsync(204);
        var answer = await answering;

        // The delivery id is the emulator's own (one per triggered event), in its documented shape.
        Assert.Matches("^emwhk[0-9]{12}$", DeliveryId(hook.Body));
        Assert.Equal(
            """{"event_id":"01HCLICK","object_type":"email","metric":"clicked","timestamp":1800000000,"data":{"customer_id":"42","delivery_id":"emwhk000000000001","identifiers":{"id":"42"},"recipient":"ada@example.com","subject":"Emulated message","href":"https://example.com/emulated-link","link_id":1,"machine":false}}""".Replace("emwhk000000000001", DeliveryId(hook.Body), StringComparison.Ordinal),
            hook.Body);
        Assert.Equal(("1800000000", Sign(Secret, "1800000000", hook.Body)), (hook.Timestamp, hook.Signature));
        Assert.Equal((200, "{\"status\":204,\"event_id\":\"01HCLICK\",\"payload\":" + hook.Body + "}"), (answer.Status, answer.Body));
    }

    [Theory]
    [InlineData("push", "bounced", "\"recipients\":[{\"device_id\":\"emulated-device-token\",\"device_platform\":\"ios\",\"failure_message\":\"emulated bounced\"}]")]
    [InlineData("push", "failed", "\"failure_message\":\"emulated failed\"")]
    [InlineData("email", "opened", "\"subject\":\"Emulated message\",\"proxied\":false,\"prefetched\":false,\"synthetic\":false")]
    [InlineData("email", "bounced", "\"subject\":\"Emulated message\",\"failure_message\":\"emulated bounced\"")]
    [InlineData("sms", "replied", "\"inbound_event_id\":\"emulated-inbound-event\",\"to\":\"+15550100\"")]
    [InlineData("in_app", "clicked", "\"href\":\"https://example.com/emulated-link\",\"link_id\":1")]
    [InlineData("slack", "sent", "")]
    public async Task Each_metric_carries_its_openapi_fields(string objectType, string metric, string fields)
    {
        var answering = Post("_emulator/webhooks/trigger", $"{{\"object_type\":\"{objectType}\",\"metric\":\"{metric}\",\"customer_id\":\"7\"}}");
        var hook = await _receiver.ReceiveAsync(200);
        await answering;

        Assert.Matches("^emwhk[0-9]{12}$", DeliveryId(hook.Body));
        var common = $"\"customer_id\":\"7\",\"delivery_id\":\"{DeliveryId(hook.Body)}\",\"identifiers\":{{\"id\":\"7\"}}";
        Assert.EndsWith($"\"object_type\":\"{objectType}\",\"metric\":\"{metric}\",\"timestamp\":1800000000,\"data\":{{{common}{(fields.Length > 0 ? "," + fields : string.Empty)}}}}}", hook.Body);
    }

    [Theory]
    [InlineData("subscribed", "")]
    [InlineData("cio_subscription_preferences_changed", ",\"content\":\"{\\\"topics\\\":{\\\"topic_1\\\":true}}\"")]
    public async Task A_customer_event_is_about_the_person_not_a_delivery(string metric, string content)
    {
        var answering = Post("_emulator/webhooks/trigger", $"{{\"object_type\":\"customer\",\"metric\":\"{metric}\",\"customer_id\":\"7\",\"recipient\":\"p@example.com\"}}");
        var hook = await _receiver.ReceiveAsync(200);
        await answering;

        Assert.EndsWith($"\"data\":{{\"customer_id\":\"7\",\"email_address\":\"p@example.com\",\"identifiers\":{{\"id\":\"7\"}}{content}}}}}", hook.Body);
    }

    [Fact]
    public async Task A_wrong_signature_is_well_formed_but_not_the_bodys()
    {
        var answering = Post("_emulator/webhooks/trigger", """{"object_type":"email","metric":"sent","tamper":"WrongSignature"}""");
        var hook = await _receiver.ReceiveAsync(401);

        Assert.Equal(401, System.Text.Json.JsonDocument.Parse((await answering).Body).RootElement.GetProperty("status").GetInt32());
        Assert.Matches("^[0-9a-f]{64}$", hook.Signature);
        Assert.NotEqual(Sign(Secret, hook.Timestamp!, hook.Body), hook.Signature);
    }

    [Fact]
    public async Task A_stale_timestamp_is_an_hour_old_and_correctly_signed()
    {
        var sending = Emulator.SendReportingWebhookAsync(_receiver.Uri, Secret, "{}");
        var fresh = await _receiver.ReceiveAsync(200);
        await sending;
        var answering = Post("_emulator/webhooks", "{\"target_url\":\"" + _receiver.Uri + "\",\"signing_secret\":\"" + Secret + "\",\"payload\":{},\"tamper\":\"StaleTimestamp\"}");
        var stale = await _receiver.ReceiveAsync(401);
        await answering;

        Assert.Equal(("1800000000", "1799996400"), (fresh.Timestamp, stale.Timestamp));
        Assert.Equal(Sign(Secret, "1799996400", "{}"), stale.Signature);
    }

    [Fact]
    public async Task A_recorded_delivery_can_be_named_and_a_missing_one_is_404()
    {
        var send = await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":3,"identifiers":{"id":"u1"},"to":"u1@example.com","subject":"Hi"}""");
        foreach (var _ in new[] { "sent", "opened", "clicked" })
        {
            await _receiver.ReceiveAsync(200);
        }

        var answering = Post("_emulator/webhooks/trigger", """{"metric":"converted","delivery_id":"emdlv000000000001"}""");
        var hook = await _receiver.ReceiveAsync(200);
        await answering;

        Assert.Equal(200, send.Status);
        Assert.Contains("\"object_type\":\"email\",\"metric\":\"converted\"", hook.Body, StringComparison.Ordinal);
        Assert.Contains("\"delivery_id\":\"emdlv000000000001\",\"identifiers\":{\"id\":\"u1\",\"cio_id\":", hook.Body, StringComparison.Ordinal);
        Assert.Contains("\"transactional_message_id\":\"3\",\"recipient\":\"u1@example.com\",\"subject\":\"Hi\"}}", hook.Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(404, """{"message":"delivery not found"}""", null), await Post("_emulator/webhooks/trigger", """{"metric":"sent","delivery_id":"nope"}"""));
    }

    [Fact]
    public async Task A_delivery_posts_the_configured_metrics_in_order()
    {
        await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":3,"identifiers":{"id":"u1"},"to":"u1@example.com"}""");

        var metrics = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            metrics.Add((await _receiver.ReceiveAsync(200)).Metric);
        }

        Assert.Equal(["sent", "opened", "clicked"], metrics);
    }

    [Theory]
    [InlineData("""{"object_type":"email"}""", "metric must not be empty")]
    [InlineData("""{"metric":"sent"}""", "object_type is required without delivery_id")]
    [InlineData("""{"object_type":"email","metric":" "}""", "metric must not be empty")]
    [InlineData("""{"object_type":"email","metric":"sent","target_url":"http://127.0.0.1:1/"}""", "signing_secret is required with target_url")]
    [InlineData("""{"object_type":"email","metric":"sent","tamper":"Maybe"}""", null)]
    [InlineData("""{"object_type":"email","metric":"sent","colour":"red"}""", "unknown key: colour")]
    public async Task Bad_trigger_requests_are_400_saying_why(string body, string? message)
    {
        var answer = await Post("_emulator/webhooks/trigger", body);

        Assert.Equal(400, answer.Status);
        if (message is not null)
        {
            Assert.Equal("{\"message\":\"" + message + "\"}", answer.Body);
        }
    }

    [Fact]
    public void The_command_line_sets_the_metrics_and_the_tampering_and_empty_metrics_are_refused()
    {
        var options = CommandLine.Parse(["--webhook-url", "http://127.0.0.1:9000/hooks", "--webhook-secret", "s", "--webhook-metrics", "sent, opened,clicked", "--webhook-tamper", "staletimestamp"])!;

        Assert.Equal(["sent", "opened", "clicked"], options.ReportingWebhookMetrics);
        Assert.Equal(ReportingWebhookTampering.StaleTimestamp, options.ReportingWebhookTampering);
        var error = Assert.Throws<ArgumentException>(() => new CustomerIOEmulatorOptions { ReportingWebhookUrl = new Uri("http://127.0.0.1:1/"), ReportingWebhookSecret = "s", ReportingWebhookMetrics = [] }.Validate());
        Assert.Equal("ReportingWebhookMetrics must list at least one metric, none empty. (Parameter 'ReportingWebhookMetrics')", error.Message);
    }

    private static string DeliveryId(string body) =>
        System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("delivery_id").GetString()!;

    private static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("v0:" + timestamp + ":" + body)));
}
