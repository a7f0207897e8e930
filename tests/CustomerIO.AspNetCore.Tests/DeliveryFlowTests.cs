using System.Net.Http.Headers;
using CustomerIO.Emulator;
using CustomerIO.Webhooks;

namespace CustomerIO.AspNetCore.Tests;

/// <summary>A transactional send to the emulator is followed by its reporting webhooks, each verified and typed by the app.</summary>
public sealed class DeliveryFlowTests
{
    [Fact]
    public async Task Each_metric_of_a_delivery_arrives_in_order_with_its_fields()
    {
        var recorder = new Recorder();
        await using var app = await WebhookApp.StartAsync(recorder.HandleAsync);
        await using var emulator = await CustomerIOEmulator.StartAsync(new CustomerIOEmulatorOptions
        {
            ReportingWebhookUrl = app.WebhookUri,
            ReportingWebhookSecret = WebhookApp.Secret,
            ReportingWebhookMetrics = ["sent", "delivered", "opened", "clicked", "bounced"],
        });

        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(emulator.AppUri, "v1/send/email"))
        {
            Content = new StringContent("""{"transactional_message_id":3,"identifiers":{"id":"u1"},"to":"u1@example.com","subject":"Hi"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.AppApiKey);
        using var send = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, send.StatusCode);

        var events = (await recorder.WaitForAsync(5)).Cast<EmailEvent>().ToList();
        Assert.Equal(["sent", "delivered", "opened", "clicked", "bounced"], events.Select(e => e.Metric.Value));
        Assert.All(events, e => Assert.Equal(
            (WebhookOrigin.Transactional, "3", "u1@example.com", "Hi", "u1"),
            (e.Data.Origin, e.Data.TransactionalMessageId, e.Data.Recipient, e.Data.Subject, e.Data.CustomerId)));
        Assert.Single(events.Select(e => e.Data.DeliveryId).Distinct());
        Assert.Equal((false, false, false), (events[2].Data.Proxied, events[2].Data.Prefetched, events[2].Data.Synthetic));
        Assert.Equal(("https://example.com/emulated-link", 1L), (events[3].Data.Href, events[3].Data.LinkId));
        Assert.Equal("emulated bounced", events[4].Data.FailureMessage);
        Assert.Equal(5, emulator.GetCounters().WebhooksSent);
    }

    [Fact]
    public async Task Deliveries_sent_with_a_wrong_signature_are_refused_and_counted_as_failed()
    {
        var recorder = new Recorder();
        await using var app = await WebhookApp.StartAsync(recorder.HandleAsync);
        await using var emulator = await CustomerIOEmulator.StartAsync(new CustomerIOEmulatorOptions
        {
            ReportingWebhookUrl = app.WebhookUri,
            ReportingWebhookSecret = WebhookApp.Secret,
            ReportingWebhookMetrics = ["sent"],
            ReportingWebhookTampering = ReportingWebhookTampering.WrongSignature,
        });

        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(emulator.AppUri, "v1/send/email"))
        {
            Content = new StringContent("""{"transactional_message_id":3,"identifiers":{"id":"u1"},"to":"u1@example.com"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulator.AppApiKey);
        using var send = await client.SendAsync(request);

        // Three attempts (100 ms, then 200 ms apart), each answered 401.
        for (var i = 0; i < 200 && emulator.GetCounters().WebhooksFailed == 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal((1L, 0L), (emulator.GetCounters().WebhooksFailed, emulator.GetCounters().WebhooksSent));
        Assert.Empty(recorder.Events);
        Assert.Equal(3, app.Logs.GetSnapshot().Count(r => r.Message.StartsWith("Customer.io webhook refused (401): WrongSignature", StringComparison.Ordinal)));
    }
}
