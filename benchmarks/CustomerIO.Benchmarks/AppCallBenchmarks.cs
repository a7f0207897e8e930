using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CustomerIO.App;

namespace CustomerIO.Benchmarks;

/// <summary>
/// What the typed App client costs over the same call made by hand with <see cref="HttpClient"/>: a transactional
/// email (validated, serialized, sent, its answer read) and a message read, both answered in process so that only the
/// client's own work is measured. The hand-made calls serialize and read the same JSON through a source-generated
/// context, as careful code would; the typed client's limiter is off (it would only add waiting).
/// </summary>
[MemoryDiagnoser]
public class AppCallBenchmarks
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:9/");
    private readonly Dictionary<string, object?> _data = new() { ["code"] = 4711, ["name"] = "Ada" };
    private HttpClient _http = null!;
    private AppClient _app = null!;

    [GlobalSetup]
    public void Setup()
    {
        _http = new HttpClient(new AnswerHandler());
        _app = new AppClient("app-key", new AppClientOptions { HttpClient = _http, Endpoint = Endpoint, RateLimit = { Enabled = false } });
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    /// <summary><c>POST /v1/send/email</c> through <see cref="TransactionalClient.SendEmailAsync"/>.</summary>
    [Benchmark]
    public Task<TransactionalSendResult> TypedSendEmail() =>
        _app.Transactional.SendEmailAsync(new TransactionalEmail(7, "ada@example.com", CustomerIdentifier.Id("42")) { MessageData = _data });

    /// <summary>The same request and answer by hand.</summary>
    [Benchmark(Baseline = true)]
    public async Task<RawSendAnswer?> RawSendEmail()
    {
        var body = new RawEmail { TransactionalMessageId = 7, To = "ada@example.com", Identifiers = new RawIdentifiers { Id = "42" }, MessageData = _data };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Endpoint, "v1/send/email"))
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, RawJson.Default.RawEmail)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "app-key");
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync(stream, RawJson.Default.RawSendAnswer).ConfigureAwait(false);
    }

    /// <summary><c>GET /v1/messages/{id}</c> through <see cref="MessagesClient.GetAsync"/>.</summary>
    [Benchmark]
    public Task<Message> TypedGetMessage() => _app.Messages.GetAsync("dlv-1");

    /// <summary>The same read by hand.</summary>
    [Benchmark]
    public async Task<RawMessageAnswer?> RawGetMessage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Endpoint, "v1/messages/dlv-1"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "app-key");
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync(stream, RawJson.Default.RawMessageAnswer).ConfigureAwait(false);
    }

    /// <summary>Answers a send or a message read as Customer.io shapes them, without a network.</summary>
    private sealed class AnswerHandler : HttpMessageHandler
    {
        private static readonly byte[] Sent = Encoding.UTF8.GetBytes("""{"delivery_id":"dlv-1","queued_at":1764633600}""");
        private static readonly byte[] Read = Encoding.UTF8.GetBytes(
            """{"message":{"id":"dlv-1","type":"email","recipient":"ada@example.com","subject":"Your code","created":1764633600,"metrics":{"sent":1764633601},"customer_identifiers":{"id":"42","email":"ada@example.com","cio_id":"a1"}}}""");

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new ByteArrayContent(request.Method == HttpMethod.Post ? Sent : Read) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
            });
    }
}

/// <summary>A hand-written send body.</summary>
public sealed class RawEmail
{
    [JsonPropertyName("transactional_message_id")]
    public long TransactionalMessageId { get; set; }

    [JsonPropertyName("to")]
    public string? To { get; set; }

    [JsonPropertyName("identifiers")]
    public RawIdentifiers? Identifiers { get; set; }

    [JsonPropertyName("message_data")]
    public Dictionary<string, object?>? MessageData { get; set; }
}

/// <summary>A hand-written identifiers object.</summary>
public sealed class RawIdentifiers
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }
}

/// <summary>A hand-written send answer.</summary>
public sealed class RawSendAnswer
{
    [JsonPropertyName("delivery_id")]
    public string? DeliveryId { get; set; }

    [JsonPropertyName("queued_at")]
    public long QueuedAt { get; set; }
}

/// <summary>A hand-written message answer.</summary>
public sealed class RawMessageAnswer
{
    [JsonPropertyName("message")]
    public RawMessage? Message { get; set; }
}

/// <summary>A hand-written message.</summary>
public sealed class RawMessage
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("recipient")]
    public string? Recipient { get; set; }

    [JsonPropertyName("subject")]
    public string? Subject { get; set; }

    [JsonPropertyName("created")]
    public long Created { get; set; }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RawEmail))]
[JsonSerializable(typeof(RawSendAnswer))]
[JsonSerializable(typeof(RawMessageAnswer))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(string))]
internal sealed partial class RawJson : JsonSerializerContext;
