using System.Net.Http;
using System.Text;

namespace CustomerIO.Transport;

/// <summary>
/// What a client asks the transport to send: the method, the path (already percent-encoded, relative to the
/// API root), its template for logs and metrics, the query as name/value pairs, the content, and whether
/// repeating it is safe. Made by <see cref="ApiOperation.For"/>; the <c>With…</c> methods return changed copies.
/// </summary>
internal sealed class ApiRequest
{
    private static readonly KeyValuePair<string, string>[] NoQuery = [];

    /// <summary>
    /// A request written out by hand, for the delivery engine's batch upload until it sends through
    /// <c>TrackOperations</c>; every client call goes through <see cref="ApiOperation.For"/> instead.
    /// </summary>
    public ApiRequest(HttpMethod method, string pathTemplate, string path, bool isIdempotent, ReadOnlyMemory<byte>? body = null)
    {
        Method = method;
        PathTemplate = pathTemplate;
        Path = path;
        IsIdempotent = isIdempotent;
        Content = body is { } json ? new JsonApiContent(json) : null;
        Query = NoQuery;
        Subject = method.Method + " " + pathTemplate;
    }

    internal ApiRequest(ApiOperation operation, string path)
    {
        Method = operation.Method;
        PathTemplate = operation.PathTemplate;
        Path = path;
        IsIdempotent = operation.IsIdempotent;
        Authenticate = operation.Authenticate;
        Subject = operation.Subject;
        Query = NoQuery;
    }

    private ApiRequest(ApiRequest other)
    {
        Method = other.Method;
        PathTemplate = other.PathTemplate;
        Path = other.Path;
        IsIdempotent = other.IsIdempotent;
        Content = other.Content;
        Query = other.Query;
        Subject = other.Subject;
        Authenticate = other.Authenticate;
        RetryRateLimits = other.RetryRateLimits;
        Headers = other.Headers;
        RateKey = other.RateKey;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path with placeholders instead of identifiers, for example <c>/api/v1/customers/{identifier}</c>: safe to log.</summary>
    public string PathTemplate { get; }

    /// <summary>The real path relative to the API root, percent-encoded, without the query; never logged.</summary>
    public string Path { get; }

    /// <summary>The query parameters, unescaped, in order; escaped once, by <see cref="RelativeUri"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; private set; }

    /// <summary>Whether sending the request twice has the same effect as sending it once.</summary>
    public bool IsIdempotent { get; private set; }

    /// <summary>What the request carries: JSON, a multipart form, or nothing (<c>null</c>).</summary>
    public ApiContent? Content { get; private set; }

    /// <summary>The UTF-8 JSON body, if the content is JSON.</summary>
    public ReadOnlyMemory<byte>? Body => (Content as JsonApiContent)?.Bytes;

    /// <summary>How failures to read the answer name the call (never with identifiers in it).</summary>
    public string Subject { get; }

    /// <summary>Whether the request carries the client's credentials (the unsubscribe link does not).</summary>
    public bool Authenticate { get; init; } = true;

    /// <summary>
    /// Whether the transport waits out and retries a 429 itself. The delivery engine turns this off: it pauses
    /// every upload together instead of letting each one retry on its own.
    /// </summary>
    public bool RetryRateLimits { get; init; } = true;

    /// <summary>Headers the request carries besides the standard ones (the App API's <c>X-Workspace-Id</c>); none by default.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; private set; } = NoQuery;

    /// <summary>
    /// The key of a rate limit of its own the request counts against besides its API's (a broadcast's triggers, one
    /// per 10 s per broadcast), or null. Never logged: it may hold an identifier.
    /// </summary>
    public string? RateKey { get; private set; }

    /// <summary>The path and the escaped query, relative to the API root.</summary>
    public string RelativeUri
    {
        get
        {
            if (Query.Count == 0)
            {
                return Path;
            }

            var uri = new StringBuilder(Path);
            for (var i = 0; i < Query.Count; i++)
            {
                uri.Append(i == 0 ? '?' : '&').Append(Uri.EscapeDataString(Query[i].Key)).Append('=').Append(Uri.EscapeDataString(Query[i].Value));
            }

            return uri.ToString();
        }
    }

    /// <summary>A copy with one more query parameter.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="value">Its value, unescaped.</param>
    /// <returns>The copy.</returns>
    public ApiRequest WithQuery(string name, string value)
    {
        var query = new KeyValuePair<string, string>[Query.Count + 1];
        for (var i = 0; i < Query.Count; i++)
        {
            query[i] = Query[i];
        }

        query[Query.Count] = new KeyValuePair<string, string>(name, value);
        return new ApiRequest(this) { Query = query };
    }

    /// <summary>A copy with a number as a query parameter, written with the invariant culture.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The copy.</returns>
    public ApiRequest WithQuery(string name, long value) => WithQuery(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A copy with one more header.</summary>
    /// <param name="name">The header's name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The copy.</returns>
    public ApiRequest WithHeader(string name, string value) => new(this) { Headers = [.. Headers, new KeyValuePair<string, string>(name, value)] };

    /// <summary>A copy that also counts against the rate limit named <paramref name="key"/>.</summary>
    /// <param name="key">The limit's key, for example <c>broadcast:7</c>.</param>
    /// <returns>The copy.</returns>
    public ApiRequest WithRateKey(string key) => new(this) { RateKey = key };

    /// <summary>A copy carrying a UTF-8 JSON body; <c>null</c> means no body (never an empty JSON content).</summary>
    /// <param name="json">The body.</param>
    /// <returns>The copy.</returns>
    public ApiRequest WithJson(byte[]? json) => WithContent(json is null ? null : new JsonApiContent(json));

    /// <summary>A copy carrying a UTF-8 JSON body.</summary>
    /// <param name="json">The body.</param>
    /// <returns>The copy.</returns>
    public ApiRequest WithJson(ReadOnlyMemory<byte> json) => WithContent(new JsonApiContent(json));

    /// <summary>A copy carrying other content (a multipart form), or none.</summary>
    /// <param name="content">The content.</param>
    /// <returns>The copy.</returns>
    public ApiRequest WithContent(ApiContent? content) => new(this) { Content = content };

    /// <summary>A copy whose idempotency is decided by the call rather than the operation (a Track v2 operation knows its own).</summary>
    /// <param name="idempotent">Whether sending it twice has the same effect as once.</param>
    /// <returns>The copy.</returns>
    public ApiRequest WithIdempotency(bool idempotent) => new(this) { IsIdempotent = idempotent };

    /// <summary>
    /// The same request, with a 429 answered to the caller at once instead of retried by the transport: for a
    /// caller that pauses for rate limits itself (the delivery engine pauses every lane together).
    /// </summary>
    public ApiRequest WithoutRateLimitRetries() => new(this) { RetryRateLimits = false };
}
