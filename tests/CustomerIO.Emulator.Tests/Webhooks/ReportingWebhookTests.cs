using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.Webhooks;

public sealed class ReportingWebhookTests : EmulatorTest
{
    private const string Payload = """{"event_id":"01HZ","object_type":"email","metric":"opened","timestamp":1700000000,"data":{"delivery_id":"d1"}}""";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_123));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task Webhook_is_signed_over_v0_timestamp_and_raw_body()
    {
        using var receiver = Receiver(out var uri);
        var received = receiver.GetContextAsync();

        var sending = Emulator.SendReportingWebhookAsync(uri, "whsec-1", Payload);
        var (timestamp, signature, body) = await Answer(await received, 204);

        Assert.Equal(204, await sending);
        Assert.Equal("1700000123", timestamp);
        Assert.Equal(Payload, body);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData("whsec-1"u8, Encoding.UTF8.GetBytes("v0:1700000123:" + Payload)));
        Assert.Equal(expected, signature);
    }

    [Fact]
    public async Task Admin_endpoint_sends_a_webhook_and_reports_the_status()
    {
        using var receiver = Receiver(out var uri);
        var received = receiver.GetContextAsync();

        var sending = Post("_emulator/webhooks", "{\"target_url\":\"" + uri + "\",\"signing_secret\":\"s\",\"payload\":" + Payload + "}");
        var (_, _, body) = await Answer(await received, 200);

        Assert.Equal(new Answer(200, """{"status":200}""", null), await sending);
        Assert.Equal(Payload, body);
    }

    [Fact]
    public async Task Customer_io_hosts_are_never_called()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Emulator.SendReportingWebhookAsync(new Uri("https://track.customer.io/x"), "s", "{}"));
        Assert.Equal(400, (await Post("_emulator/webhooks", """{"target_url":"https://api.customer.io/hook","signing_secret":"s","payload":{}}""")).Status);
    }

    private static HttpListener Receiver(out Uri uri)
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            uri = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/hooks/");
        }

        var listener = new HttpListener();
        listener.Prefixes.Add(uri.ToString());
        listener.Start();
        return listener;
    }

    private static async Task<(string? Timestamp, string? Signature, string Body)> Answer(HttpListenerContext context, int status)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = (context.Request.Headers["X-CIO-Timestamp"], context.Request.Headers["X-CIO-Signature"], body);
        context.Response.StatusCode = status;
        context.Response.Close();
        return headers;
    }
}
