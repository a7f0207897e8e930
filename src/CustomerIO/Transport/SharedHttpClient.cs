using System.Net.Http;

namespace CustomerIO.Transport;

/// <summary>
/// The one process-wide <see cref="HttpClient"/> used when the application gives none: pooled connections that
/// are renewed every few minutes (so DNS changes are seen), no automatic redirects (the SDK follows them itself
/// and decides where credentials may go), and no client-wide timeout (each attempt has its own).
/// </summary>
internal static class SharedHttpClient
{
    private static readonly Lazy<HttpClient> Lazy = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static HttpClient Instance => Lazy.Value;

    private static HttpClient Create() =>
        new(CreateHandler(), disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

    /// <summary>The handler every Customer.io client should send through (the hosting package uses it too).</summary>
    internal static HttpMessageHandler CreateHandler()
    {
#if NET8_0_OR_GREATER
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            MaxConnectionsPerServer = 64,
        };
#else
        return new HttpClientHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate,
        };
#endif
    }
}
