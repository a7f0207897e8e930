using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CustomerIO.Emulator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerIO.Samples.Tests;

/// <summary>
/// The ASP.NET Core sample's own Program on Kestrel (127.0.0.1, a free port) with its Development settings, receiving
/// the emulator's signed reporting webhooks over loopback: a delivery's sent and delivered, and one sent on demand.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed class AspNetCoreSampleWebhookTests : IAsyncLifetime
{
    private const string DevelopmentSecret = "emulator-webhook-secret"; // appsettings.Development.json
    private WebApplicationFactory<Program> _app = null!;
    private CustomerIOEmulator _emulator = null!;
    private Uri _sample = null!;

    public async Task InitializeAsync()
    {
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseEnvironment("Development"));
        _app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        _sample = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/");
        _emulator = await CustomerIOEmulator.StartAsync(new CustomerIOEmulatorOptions
        {
            ReportingWebhookUrl = new Uri(_sample, "webhooks/customerio"),
            ReportingWebhookSecret = DevelopmentSecret,
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task The_sample_receives_a_deliverys_webhooks_and_one_sent_on_demand()
    {
        using var client = new HttpClient();
        using var send = new HttpRequestMessage(HttpMethod.Post, new Uri(_emulator.AppUri, "v1/send/email"))
        {
            Content = new StringContent("""{"transactional_message_id":3,"identifiers":{"id":"u1"},"to":"u1@example.com","subject":"Hi"}""", Encoding.UTF8, "application/json"),
        };
        send.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _emulator.AppApiKey);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(send)).StatusCode);
        using var trigger = await client.PostAsync(new Uri(_emulator.BaseUri, "_emulator/webhooks/trigger"), new StringContent("""{"object_type":"email","metric":"clicked","event_id":"01HSAMPLECLICK"}""", Encoding.UTF8, "application/json"));
        Assert.Equal("202", JsonDocument.Parse(await trigger.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetRawText());

        var received = await WaitForAsync(client, 3);

        var delivery = _emulator.GetDeliveries().Single().DeliveryId;
        Assert.Equal(
            [
                (delivery + "-sent", "email", "sent", "EmailEvent", $"email sent (delivery {delivery})"),
                (delivery + "-delivered", "email", "delivered", "EmailEvent", $"email delivered (delivery {delivery})"),
                ("01HSAMPLECLICK", "email", "clicked", "EmailEvent", "email clicked: https://example.com/emulated-link"),
            ],
            received.OrderBy(r => r.EventId == "01HSAMPLECLICK").ThenBy(r => r.Metric == "delivered"));
        Assert.Equal(2, _emulator.GetCounters().WebhooksSent);
    }

    private async Task<List<(string EventId, string ObjectType, string Metric, string Type, string Summary)>> WaitForAsync(HttpClient client, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var items = await client.GetFromJsonAsync<List<JsonElement>>(new Uri(_sample, "webhooks/customerio/received"));
            if (items!.Count >= count || attempt == 200)
            {
                return items.Select(i => (Text(i, "eventId"), Text(i, "objectType"), Text(i, "metric"), Text(i, "type"), Text(i, "summary"))).ToList();
            }

            await Task.Delay(50);
        }
    }

    private static string Text(JsonElement item, string name) => item.GetProperty(name).GetString()!;
}
