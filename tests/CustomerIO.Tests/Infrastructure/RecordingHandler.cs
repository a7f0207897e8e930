using System.Collections.Concurrent;

namespace CustomerIO.Tests.Infrastructure;

/// <summary>
/// An <see cref="HttpMessageHandler"/> that never touches the network: it records every request it is given
/// (<see cref="Requests"/>) and answers from a queue of scripted responses, in order. When the queue is empty
/// it answers <c>200</c> with body <c>{}</c>.
/// </summary>
/// <remarks>
/// Usage: <c>var handler = new RecordingHandler(); handler.Enqueue(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "2"));</c>
/// then <c>new HttpClient(handler)</c>. A scripted answer may also throw (<see cref="EnqueueException"/>) to
/// simulate a network failure, for retry tests. Thread-safe.
/// </remarks>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>The only request received; fails the test when there were none or several.</summary>
    public RecordedRequest Single => Assert.Single(Requests);

    /// <summary>Scripted answers not yet used.</summary>
    public int PendingResponses => _script.Count;

    /// <summary>Queues an answer with a status, a body (sent as <c>application/json</c>) and headers (for example <c>Retry-After</c> or <c>Location</c>).</summary>
    /// <param name="status">The status code.</param>
    /// <param name="body">The body; <c>null</c> for no body.</param>
    /// <param name="headers">Response or content headers, by name.</param>
    /// <returns>This handler, to chain calls.</returns>
    public RecordingHandler Enqueue(HttpStatusCode status, string? body = "{}", params (string Name, string Value)[] headers)
    {
        _script.Enqueue(_ => BuildResponse(status, body, headers));
        return this;
    }

    /// <summary>Queues an answer with a numeric status code (for codes <see cref="HttpStatusCode"/> does not name).</summary>
    /// <param name="status">The status code.</param>
    /// <param name="body">The body; <c>null</c> for no body.</param>
    /// <param name="headers">Response or content headers, by name.</param>
    /// <returns>This handler, to chain calls.</returns>
    public RecordingHandler Enqueue(int status, string? body = "{}", params (string Name, string Value)[] headers) =>
        Enqueue((HttpStatusCode)status, body, headers);

    /// <summary>Queues a redirect to <paramref name="location"/> (absolute or relative).</summary>
    /// <param name="status">The redirect status, for example 301 or 307.</param>
    /// <param name="location">The <c>Location</c> header.</param>
    /// <returns>This handler, to chain calls.</returns>
    public RecordingHandler EnqueueRedirect(int status, string location) => Enqueue(status, null, ("Location", location));

    /// <summary>Queues a failure: the next request throws <paramref name="exception"/> instead of answering.</summary>
    /// <param name="exception">The exception, for example an <see cref="HttpRequestException"/>.</param>
    /// <returns>This handler, to chain calls.</returns>
    public RecordingHandler EnqueueException(Exception exception)
    {
        _script.Enqueue(_ => throw exception);
        return this;
    }

    /// <summary>Queues an answer computed from the request.</summary>
    /// <param name="respond">Builds the answer.</param>
    /// <returns>This handler, to chain calls.</returns>
    public RecordingHandler Enqueue(Func<HttpRequestMessage, HttpResponseMessage> respond)
    {
        _script.Enqueue(respond);
        return this;
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _requests.Enqueue(await RecordedRequest.FromAsync(request, cancellationToken));
        var response = _script.TryDequeue(out var respond) ? respond(request) : BuildResponse(HttpStatusCode.OK, "{}", []);
        response.RequestMessage ??= request;
        return response;
    }

    private static HttpResponseMessage BuildResponse(HttpStatusCode status, string? body, (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status);
        if (body is not null)
        {
            response.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content ??= new ByteArrayContent([]);
                response.Content.Headers.Remove(name);
                Assert.True(response.Content.Headers.TryAddWithoutValidation(name, value), $"Header {name} could not be scripted.");
            }
        }

        return response;
    }
}

/// <summary>One request as the <see cref="RecordingHandler"/> saw it.</summary>
public sealed class RecordedRequest
{
    private RecordedRequest(string method, Uri uri, IReadOnlyDictionary<string, string> headers, string? body)
    {
        Method = method;
        Uri = uri;
        Headers = headers;
        Body = body;
    }

    /// <summary>The HTTP method, for example <c>PUT</c>.</summary>
    public string Method { get; }

    /// <summary>The full request URI.</summary>
    public Uri Uri { get; }

    /// <summary>The absolute URI as sent (percent-encoding kept).</summary>
    public string Url => Uri.AbsoluteUri;

    /// <summary>The path and query as sent (percent-encoding kept), for example <c>/api/v1/customers/a%20b</c>.</summary>
    public string PathAndQuery => Uri.PathAndQuery;

    /// <summary>Every request and content header, by name (case-insensitive), values as sent (several joined by <c>", "</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body as UTF-8 text; <c>null</c> when the request had no content object (an empty content gives <c>""</c>).</summary>
    public string? Body { get; }

    /// <summary>The <c>Authorization</c> header, or <c>null</c>.</summary>
    public string? Authorization => Header("Authorization");

    /// <summary>The <c>User-Agent</c> header, or <c>null</c>.</summary>
    public string? UserAgent => Header("User-Agent");

    /// <summary>The <c>Content-Type</c> header, or <c>null</c>.</summary>
    public string? ContentType => Header("Content-Type");

    /// <summary>A header's value, or <c>null</c> when absent.</summary>
    /// <param name="name">The header's name.</param>
    /// <returns>The value.</returns>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    internal static async Task<RecordedRequest> FromAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers.NonValidated)
        {
            headers[header.Key] = header.Value.ToString();
        }

        string? body = null;
        if (request.Content is { } content)
        {
            foreach (var header in content.Headers.NonValidated)
            {
                headers[header.Key] = header.Value.ToString();
            }

            var bytes = await content.ReadAsByteArrayAsync(cancellationToken);
            body = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }

        return new RecordedRequest(request.Method.Method, request.RequestUri!, headers, body);
    }
}
