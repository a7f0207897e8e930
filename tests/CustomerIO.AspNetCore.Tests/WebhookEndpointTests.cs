using CustomerIO.Emulator;
using CustomerIO.Webhooks;

namespace CustomerIO.AspNetCore.Tests;

/// <summary>
/// The endpoint end to end: the emulator signs and posts webhooks to a Kestrel app over loopback. Valid, tampered,
/// replayed, stale, oversized and not-JSON requests, each answered as documented.
/// </summary>
public sealed class WebhookEndpointTests : IAsyncLifetime
{
    private readonly Recorder _recorder = new();
    private CustomerIOEmulator _emulator = null!;
    private WebhookApp _app = null!;

    public async Task InitializeAsync()
    {
        _emulator = await CustomerIOEmulator.StartAsync();
        _app = await WebhookApp.StartAsync(_recorder.HandleAsync, o => o.MaxBodyBytes = 4096);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_webhook_reaches_the_handler_typed_and_is_answered_200()
    {
        var (status, eventId, payload) = await _emulator.TriggerAsync(_app, """{"object_type":"email","metric":"clicked","customer_id":"42","recipient":"ada@example.com"}""");

        Assert.Equal(200, status);
        var clicked = Assert.IsType<EmailEvent>(Assert.Single(_recorder.Events));
        Assert.Equal((eventId, WebhookMetric.Clicked, "https://example.com/emulated-link", 1L, false, "ada@example.com"),
            (clicked.EventId, clicked.Metric, clicked.Data.Href, clicked.Data.LinkId, clicked.Data.Machine, clicked.Data.Recipient));
        Assert.Equal(("42", "42"), (clicked.Data.CustomerId, clicked.Data.Identifiers?.Id));
        Assert.Equal(payload.GetRawText(), clicked.Json.GetRawText());
    }

    [Fact]
    public async Task The_handler_gets_each_channel_and_customer_event_typed()
    {
        string[][] kinds = [["push", "opened"], ["sms", "replied"], ["whatsapp", "failed"], ["slack", "sent"], ["webhook", "attempted"], ["in_app", "clicked"], ["customer", "unsubscribed"]];
        foreach (var kind in kinds)
        {
            Assert.Equal(200, (await _emulator.TriggerAsync(_app, $"{{\"object_type\":\"{kind[0]}\",\"metric\":\"{kind[1]}\",\"customer_id\":\"42\"}}")).Status);
        }

        var events = await _recorder.WaitForAsync(kinds.Length);
        Assert.Equal(
            [typeof(PushEvent), typeof(SmsEvent), typeof(WhatsAppEvent), typeof(SlackEvent), typeof(WebhookActionEvent), typeof(InAppEvent), typeof(CustomerEvent)],
            events.Select(e => e.GetType()));
        Assert.Equal("emulated-device-token", ((PushEvent)events[0]).Data.Recipients!.Single().DeviceId);
        Assert.Equal("emulated-inbound-event", ((SmsEvent)events[1]).Data.InboundEventId);
        Assert.Equal("emulated failed", ((WhatsAppEvent)events[2]).Data.FailureMessage);
        Assert.Equal("emulated attempted", ((WebhookActionEvent)events[4]).Data.FailureMessage);
        Assert.Equal("https://example.com/emulated-link", ((InAppEvent)events[5]).Data.Href);
        Assert.Equal("42", ((CustomerEvent)events[6]).Data.CustomerId);
    }

    [Fact]
    public async Task A_tampered_signature_is_answered_401_and_never_handled()
    {
        var (status, _, _) = await _emulator.TriggerAsync(_app, """{"object_type":"email","metric":"opened","tamper":"WrongSignature"}""");
        var direct = await _app.PostAsync(Payload("e-tampered"), secret: "whsec-someone-else");

        Assert.Equal(401, status);
        Assert.Equal((HttpStatusCode.Unauthorized, "the X-CIO-Signature header matches none of the signing secrets."), direct);
        Assert.Empty(_recorder.Events);
        Assert.Equal(0, _recorder.Started);
    }

    [Fact]
    public async Task A_replayed_event_is_answered_200_and_handled_once()
    {
        var first = await _emulator.TriggerAsync(_app, """{"object_type":"email","metric":"delivered","event_id":"01HREPLAY"}""");
        var again = await _emulator.TriggerAsync(_app, """{"object_type":"email","metric":"delivered","event_id":"01HREPLAY"}""");
        var direct = await _app.PostAsync(Payload("01HREPLAY"));

        Assert.Equal((200, 200), (first.Status, again.Status));
        Assert.Equal((HttpStatusCode.OK, "already handled"), direct);
        Assert.Equal("01HREPLAY", Assert.Single(_recorder.Events).EventId);
    }

    [Fact]
    public async Task A_stale_request_is_answered_401_even_though_its_signature_is_right()
    {
        var (status, _, _) = await _emulator.TriggerAsync(_app, """{"object_type":"email","metric":"sent","tamper":"StaleTimestamp"}""");
        var hourAgo = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var direct = await _app.PostAsync(Payload("e-stale"), timestamp: hourAgo);

        Assert.Equal(401, status);
        Assert.Equal(HttpStatusCode.Unauthorized, direct.Status);
        Assert.Matches(@"^the X-CIO-Timestamp is 360\d s old; at most 300 s is accepted\.$", direct.Body);
        Assert.Empty(_recorder.Events);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_answered_413_declared_or_streamed()
    {
        var big = "{\"event_id\":\"e-big\",\"object_type\":\"email\",\"metric\":\"sent\",\"timestamp\":1,\"data\":{\"content\":\"" + new string('x', 5000) + "\"}}";

        var viaEmulator = await _emulator.SendAsync(_app, big);
        var declared = await _app.PostAsync(big);
        var streamed = await _app.PostAsync(big, chunked: true);

        Assert.Equal(413, viaEmulator);
        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "the body is over the 4096-byte limit."), declared);
        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "the body is over the 4096-byte limit."), streamed);
        Assert.Empty(_recorder.Events);
    }

    [Fact]
    public async Task A_body_at_the_limit_is_read()
    {
        var prefix = "{\"event_id\":\"e-limit\",\"object_type\":\"email\",\"metric\":\"sent\",\"timestamp\":1,\"data\":{\"content\":\"";
        var body = prefix + new string('x', 4096 - prefix.Length - 3) + "\"}}";
        Assert.Equal(4096, Encoding.UTF8.GetByteCount(body));

        Assert.Equal((HttpStatusCode.OK, "handled"), await _app.PostAsync(body));
    }

    [Theory]
    [InlineData("{", "The body is not valid JSON.")]
    [InlineData("[]", "The body is not a JSON object.")]
    [InlineData("""{"object_type":"email","metric":"sent","timestamp":1,"data":{}}""", "The payload's 'event_id' is missing or not a non-empty string.")]
    public async Task A_signed_body_that_is_not_a_reporting_webhook_is_answered_400(string body, string message)
    {
        Assert.Equal((HttpStatusCode.BadRequest, message), await _app.PostAsync(body));
        Assert.Empty(_recorder.Events);
    }

    [Fact]
    public async Task Missing_headers_are_answered_401_naming_the_header()
    {
        using var client = new HttpClient();
        using var answer = await client.PostAsync(_app.WebhookUri, new StringContent(Payload("e-unsigned"), Encoding.UTF8, "application/json"));
        using var timestamped = new HttpRequestMessage(HttpMethod.Post, _app.WebhookUri) { Content = new StringContent(Payload("e-unsigned"), Encoding.UTF8, "application/json") };
        timestamped.Headers.Add("X-CIO-Timestamp", "1800000000");
        using var noSignature = await client.SendAsync(timestamped);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Equal("the X-CIO-Timestamp header is missing.", await answer.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, noSignature.StatusCode);
        Assert.Equal("the X-CIO-Signature header is missing.", await noSignature.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_event_this_sdk_version_does_not_know_still_reaches_the_handler()
    {
        var (status, eventId, _) = await _emulator.TriggerAsync(_app, """{"object_type":"fax","metric":"sent"}""");

        Assert.Equal(200, status);
        var other = Assert.IsType<UnrecognizedWebhookEvent>(Assert.Single(_recorder.Events));
        Assert.Equal((eventId, "The object type 'fax' is not documented."), (other.EventId, other.Reason));
        Assert.Equal("fax", other.Json.GetProperty("object_type").GetString());
    }

    [Fact]
    public async Task Refusals_are_logged_by_reason_without_the_secret_the_signature_or_the_body()
    {
        await _app.PostAsync(Payload("e-logged"), secret: "whsec-someone-else");

        var refused = Assert.Single(_app.Logs.GetSnapshot(), r => r.Message.StartsWith("Customer.io webhook refused", StringComparison.Ordinal));
        Assert.Equal("Customer.io webhook refused (401): WrongSignature: the X-CIO-Signature header matches none of the signing secrets.", refused.Message);
        foreach (var record in _app.Logs.GetSnapshot())
        {
            Assert.DoesNotContain("whsec", record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("ada@example.com", record.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>A small, valid email payload (its recipient is personal data, which no log may show).</summary>
    internal static string Payload(string eventId) =>
        $"{{\"event_id\":\"{eventId}\",\"object_type\":\"email\",\"metric\":\"delivered\",\"timestamp\":1700000000,\"data\":{{\"delivery_id\":\"d1\",\"recipient\":\"ada@example.com\",\"identifiers\":{{\"id\":\"42\"}}}}}}";
}
