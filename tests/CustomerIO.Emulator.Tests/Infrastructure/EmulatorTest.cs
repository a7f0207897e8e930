using System.Net.Http.Headers;
using System.Text;

namespace CustomerIO.Emulator.Tests.Infrastructure;

/// <summary>Starts one in-process emulator per test and talks to it with raw HTTP over loopback.</summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    protected CustomerIOEmulator Emulator { get; private set; } = null!;

    /// <summary>A client for the Track API with valid Basic credentials.</summary>
    protected HttpClient Client { get; private set; } = null!;

    /// <summary>A client for the App API (<see cref="CustomerIOEmulator.AppUri"/>) with the valid Bearer key.</summary>
    protected HttpClient AppClient { get; private set; } = null!;

    /// <summary>A client for the Pipelines API (<see cref="CustomerIOEmulator.PipelinesUri"/>) with the valid write key.</summary>
    protected HttpClient PipelinesClient { get; private set; } = null!;

    protected virtual CustomerIOEmulatorOptions CreateOptions() => new();

    public async Task InitializeAsync()
    {
        Emulator = await CustomerIOEmulator.StartAsync(CreateOptions());
        Client = new HttpClient { BaseAddress = Emulator.TrackUri, Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Basic(Emulator.SiteId, Emulator.TrackApiKey));
        AppClient = new HttpClient { BaseAddress = Emulator.AppUri, Timeout = TimeSpan.FromSeconds(30) };
        AppClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Emulator.AppApiKey);
        PipelinesClient = new HttpClient { BaseAddress = Emulator.PipelinesUri, Timeout = TimeSpan.FromSeconds(30) };
        PipelinesClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Basic(Emulator.PipelinesWriteKey, string.Empty));
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        AppClient.Dispose();
        PipelinesClient.Dispose();
        await Emulator.DisposeAsync();
    }

    protected static string Basic(string user, string password) => Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));

    protected Task<Answer> Put(string path, string json) => Send(HttpMethod.Put, path, json);

    protected Task<Answer> Post(string path, string? json = null) => Send(HttpMethod.Post, path, json);

    protected Task<Answer> Delete(string path) => Send(HttpMethod.Delete, path, null);

    protected Task<Answer> Get(string path) => Send(HttpMethod.Get, path, null);

    protected Task<Answer> Send(HttpMethod method, string path, string? json) => Send(Client, method, path, json);

    protected static async Task<Answer> Send(HttpClient client, HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return new Answer((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.Delta);
    }

    /// <summary>Sends raw bytes (for bodies a .NET string cannot hold, such as invalid UTF-8), with optional extra headers.</summary>
    protected static async Task<Answer> SendBytes(HttpClient client, HttpMethod method, string path, byte[] body, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await client.SendAsync(request);
        return new Answer((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.Delta);
    }

    /// <summary>Sends to the App API: <paramref name="path"/> is under <c>app/</c>, e.g. <c>v1/send/email</c>.</summary>
    protected Task<Answer> App(HttpMethod method, string path, string? json = null) => Send(AppClient, method, path, json);

    /// <summary>Posts to the Pipelines API: <paramref name="path"/> is under <c>cdp/</c>, e.g. <c>v1/track</c>.</summary>
    protected Task<Answer> Pipelines(string path, string json) => Send(PipelinesClient, HttpMethod.Post, path, json);

    /// <summary>Posts to a Pipelines path with <c>X-Strict-Mode: 1</c>.</summary>
    protected static async Task<Answer> Strict(HttpClient client, string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Strict-Mode", "1");
        using var response = await client.SendAsync(request);
        return new Answer((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.Delta);
    }

    /// <summary>Posts a v2 batch of operations (JSON objects).</summary>
    protected Task<Answer> Batch(params string[] operations) => Post("api/v2/batch", "{\"batch\":[" + string.Join(",", operations) + "]}");

    protected static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value);
}

/// <summary>A status, the body as text, and Retry-After when present.</summary>
public sealed record Answer(int Status, string Body, TimeSpan? RetryAfter);
