using System.Security.Cryptography;
using System.Text.Json;
using CustomerIO.AspNetCore;
using CustomerIO.Emulator;
using CustomerIO.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CustomerIO.AspNetCore.Tests;

/// <summary>
/// An ASP.NET Core app on Kestrel, 127.0.0.1 and a free port, mapping the webhook endpoint at <see cref="Path"/>
/// with the secrets in its <c>CustomerIO:Webhooks</c> configuration, and recording what its handler receives.
/// </summary>
internal sealed class WebhookApp : IAsyncDisposable
{
    public const string Path = "/webhooks/customerio";
    public const string Secret = "whsec-current";

    private readonly WebApplication _app;

    private WebhookApp(WebApplication app, Uri uri)
    {
        _app = app;
        Uri = uri;
    }

    public Uri Uri { get; }

    public Uri WebhookUri => new(Uri, Path);

    public IServiceProvider Services => _app.Services;

    public IConfigurationRoot Configuration => (IConfigurationRoot)_app.Configuration;

    public FakeLogCollector Logs => _app.Services.GetRequiredService<FakeLogCollector>();

    public static async Task<WebhookApp> StartAsync(
        Func<ReportingWebhookEvent, CancellationToken, Task> handler,
        Action<CustomerIOWebhookOptions>? configure = null,
        string[]? secrets = null,
        Action<IServiceCollection>? services = null,
        Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var settings = new Dictionary<string, string?> { ["CustomerIO:Track:SiteId"] = "site", ["CustomerIO:Track:ApiKey"] = "key" };
        var list = secrets ?? [Secret];
        for (var i = 0; i < list.Length; i++)
        {
            settings[$"CustomerIO:Webhooks:SigningSecrets:{i}"] = list[i];
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddCustomerIO(builder.Configuration.GetSection("CustomerIO"));
        builder.Services.AddCustomerIOWebhooks(configure);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        if (map is null)
        {
            app.MapCustomerIOWebhooks(Path, handler);
        }
        else
        {
            map(app);
        }

        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new WebhookApp(app, new Uri(address + "/"));
    }

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Posts a body signed by the test itself (not the emulator, not the verifier): for the exact answers.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string body, string? timestamp = null, string secret = Secret, bool chunked = false)
    {
        using var client = new HttpClient();
        timestamp ??= DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookUri) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TransferEncodingChunked = chunked; // no Content-Length: the limit is found while reading
        request.Headers.Add("X-CIO-Timestamp", timestamp);
        request.Headers.Add("X-CIO-Signature", Sign(secret, timestamp, body));
        using var answer = await client.SendAsync(request);
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }

    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("v0:" + timestamp + ":" + body)));
}

/// <summary>Drives an emulator's admin endpoints: <c>POST /_emulator/webhooks/trigger</c> and <c>/_emulator/webhooks</c>.</summary>
internal static class EmulatorWebhooks
{
    private static readonly HttpClient Client = new();

    /// <summary>Asks the emulator to build and send one webhook to the app; answers the app's status and what was sent.</summary>
    public static async Task<(int Status, string EventId, JsonElement Payload)> TriggerAsync(this CustomerIOEmulator emulator, WebhookApp app, string request, string secret = WebhookApp.Secret)
    {
        var body = request.TrimEnd('}') + (request.Length > 2 ? "," : string.Empty) + $"\"target_url\":\"{app.WebhookUri}\",\"signing_secret\":\"{secret}\"}}";
        using var answer = await Client.PostAsync(new Uri(emulator.BaseUri, "_emulator/webhooks/trigger"), new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.OK, text);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        return (root.GetProperty("status").GetInt32(), root.GetProperty("event_id").GetString()!, root.GetProperty("payload").Clone());
    }

    /// <summary>Asks the emulator to sign and send the exact payload given.</summary>
    public static async Task<int> SendAsync(this CustomerIOEmulator emulator, WebhookApp app, string payload, string tamper = "None")
    {
        var body = $"{{\"target_url\":\"{app.WebhookUri}\",\"signing_secret\":\"{WebhookApp.Secret}\",\"payload\":{payload},\"tamper\":\"{tamper}\"}}";
        using var answer = await Client.PostAsync(new Uri(emulator.BaseUri, "_emulator/webhooks"), new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.OK, text);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("status").GetInt32();
    }
}
