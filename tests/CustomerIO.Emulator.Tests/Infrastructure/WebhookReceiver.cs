using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CustomerIO.Emulator.Tests.Infrastructure;

/// <summary>A loopback HTTP receiver for reporting webhooks: each request is read, then answered with the status the test chooses.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();

    public WebhookReceiver()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Uri = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/cio-hooks/");
        }

        _listener.Prefixes.Add(Uri.ToString());
        _listener.Start();
    }

    public Uri Uri { get; }

    /// <summary>Waits (at most 20 s) for the next request and reads it without answering.</summary>
    public async Task<ReceivedWebhook> NextAsync()
    {
        var context = await _listener.GetContextAsync().WaitAsync(TimeSpan.FromSeconds(20));
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        return new ReceivedWebhook(context, context.Request.Headers["X-CIO-Timestamp"], context.Request.Headers["X-CIO-Signature"], body);
    }

    /// <summary>Waits for the next request and answers it with <paramref name="status"/>.</summary>
    public async Task<ReceivedWebhook> ReceiveAsync(int status)
    {
        var received = await NextAsync();
        received.Answer(status);
        return received;
    }

    public void Dispose() => _listener.Close();
}

/// <summary>One received webhook: its signature headers and raw body.</summary>
public sealed record ReceivedWebhook(HttpListenerContext Context, string? Timestamp, string? Signature, string Body)
{
    public string Metric => System.Text.Json.JsonDocument.Parse(Body).RootElement.GetProperty("metric").GetString()!;

    public void Answer(int status)
    {
        Context.Response.StatusCode = status;
        Context.Response.Close();
    }
}
