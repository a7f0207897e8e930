using System.Net.Http;

namespace CustomerIO.Transport;

/// <summary>
/// What a client asks the transport to send: the method, the path (already percent-encoded, relative to the
/// API root), its template for logs and metrics, the JSON body, and whether repeating it is safe.
/// </summary>
internal sealed class ApiRequest
{
    public ApiRequest(HttpMethod method, string pathTemplate, string path, bool isIdempotent, ReadOnlyMemory<byte>? body = null)
    {
        Method = method;
        PathTemplate = pathTemplate;
        Path = path;
        IsIdempotent = isIdempotent;
        Body = body;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path with placeholders instead of identifiers, for example <c>/api/v1/customers/{identifier}</c>: safe to log.</summary>
    public string PathTemplate { get; }

    /// <summary>The real path relative to the API root, percent-encoded, query included; never logged.</summary>
    public string Path { get; }

    /// <summary>Whether sending the request twice has the same effect as sending it once.</summary>
    public bool IsIdempotent { get; }

    /// <summary>The UTF-8 JSON body, if any.</summary>
    public ReadOnlyMemory<byte>? Body { get; }

    /// <summary>Whether the request carries the client's credentials (the unsubscribe link does not).</summary>
    public bool Authenticate { get; init; } = true;

    /// <summary>
    /// Whether the transport waits out and retries a 429 itself. The delivery engine turns this off: it pauses
    /// every upload together instead of letting each one retry on its own.
    /// </summary>
    public bool RetryRateLimits { get; init; } = true;
}
