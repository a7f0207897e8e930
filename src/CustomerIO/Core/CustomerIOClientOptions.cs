using System.Linq;
using System.Net.Http;
using Microsoft.Extensions.Logging;

namespace CustomerIO;

/// <summary>Settings every Customer.io client shares: where to send, how long to wait, how to retry, what to log.</summary>
public abstract class CustomerIOClientOptions
{
    /// <summary>The data center of the workspace. Default: <see cref="CustomerIORegion.US"/>.</summary>
    public CustomerIORegion Region { get; set; } = CustomerIORegion.US;

    /// <summary>
    /// A custom API root that replaces the region's (a local emulator, a proxy), for example
    /// <c>http://127.0.0.1:4010/</c>. Default: none.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>How long one attempt may take, from sending to reading the whole answer. Default: 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one call may take in all, attempts and waits between them included. Default: 60 seconds.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How failed attempts are retried.</summary>
    public CustomerIORetryOptions Retry { get; set; } = new();

    /// <summary>
    /// The <see cref="System.Net.Http.HttpClient"/> to send with. Default: one process-wide client with a pooled
    /// connection lifetime. A client given here should not follow redirects itself (the SDK does, safely) and
    /// should carry no retry handler of its own (the SDK owns retries).
    /// </summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>
    /// The application's own product token, appended to the <c>User-Agent</c>, for example <c>MyShop/2.1</c>.
    /// Default: none.
    /// </summary>
    public string? ApplicationId { get; set; }

    /// <summary>Where logs go. Default: nowhere.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The clock for timeouts and retry delays. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The source of jitter for retry delays, a number in [0, 1). Replaced in tests.</summary>
    internal Func<double> Random { get; set; } = DefaultRandom;

    /// <summary>Checks the settings, naming the first wrong one.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public virtual void Validate()
    {
        if (Region is null)
        {
            throw new ArgumentException("Region must be set.", nameof(Region));
        }

        if (Endpoint is { IsAbsoluteUri: false })
        {
            throw new ArgumentException("Endpoint must be an absolute URI.", nameof(Endpoint));
        }

        Positive(Timeout, nameof(Timeout));
        Positive(TotalTimeout, nameof(TotalTimeout));
        if (ApplicationId is { } id && (id.Length == 0 || id.Length > 100 || id.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException("ApplicationId must be a product token of 1 to 100 characters with no spaces, such as 'MyShop/2.1'.", nameof(ApplicationId));
        }

        if (Retry is null)
        {
            throw new ArgumentException("Retry must be set.", nameof(Retry));
        }

        Retry.Validate();
    }

    internal static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero && value != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"{name} must be positive.", name);
        }
    }

    private static double DefaultRandom()
    {
#if NET6_0_OR_GREATER
        return System.Random.Shared.NextDouble();
#else
        lock (SharedRandom)
        {
            return SharedRandom.NextDouble();
        }
#endif
    }

#if !NET6_0_OR_GREATER
    private static readonly Random SharedRandom = new();
#endif
}
