using System.Net.Http.Headers;
using CustomerIO.App.RateLimiting;
using CustomerIO.Transport;

namespace CustomerIO.App;

/// <summary>
/// The App API: transactional sends, broadcast triggers and the management and reporting surface, one area client per
/// resource (<see cref="Segments"/>, <see cref="Customers"/>, <see cref="Messages"/>, ...) over one shared transport.
/// Thread-safe; create one per workspace and share it.
/// </summary>
/// <remarks>
/// <para>Authenticates with the workspace's App API key as a bearer token. Every call validates its input before
/// sending (<see cref="CustomerIOValidationException"/>) and throws a <see cref="CustomerIOException"/> for every
/// failure. Reads are retried as the options allow; sends and triggers, which could deliver a message twice, are
/// retried only where the request surely did nothing (a 429, or a connection that never opened) unless
/// <see cref="CustomerIORetryOptions.RetryUnsafeOperations"/> is set.</para>
/// <para>The client keeps itself under the App API's rate limits by waiting (<see cref="AppClientOptions.RateLimit"/>).</para>
/// </remarks>
public partial class AppClient
{
    private readonly HttpPipeline _pipeline;
    private readonly AppRateGate? _gate;

    /// <summary>Creates a client for one workspace.</summary>
    /// <param name="apiKey">The workspace's App API key, or a service-account token (<c>sa_live_…</c>, with <see cref="AppClientOptions.WorkspaceId"/>).</param>
    /// <param name="options">Region, endpoint, timeouts, retries, rate limits, logging; the defaults when omitted.</param>
    /// <exception cref="ArgumentException">The key is empty, a service-account token comes without a workspace id, or an option is out of range.</exception>
    public AppClient(string apiKey, AppClientOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new ArgumentException("The App API key must not be empty.", nameof(apiKey));
        }

        options ??= new AppClientOptions();
        options.Validate();
        if (apiKey.StartsWith(ServiceAccountPrefix, StringComparison.Ordinal) && options.WorkspaceId is null)
        {
            throw new ArgumentException(
                "A service-account token (sa_live_) acts on the workspace given as AppClientOptions.WorkspaceId, which is not set.", nameof(apiKey));
        }

        var rateLimit = options.RateLimit;
        _gate = rateLimit.Enabled ? new AppRateGate(options.TimeProvider, rateLimit.RequestsPerSecond, rateLimit.BroadcastTriggerInterval) : null;
        var root = new Uri((options.Endpoint ?? options.Region.AppUri).AbsoluteUri.TrimEnd('/') + "/");
        _pipeline = new HttpPipeline("app", root, new AuthenticationHeaderValue("Bearer", apiKey), options, typeof(AppClient).FullName!, gate: _gate);
        WorkspaceId = options.WorkspaceId;
        Time = options.TimeProvider;
    }

    /// <summary>
    /// For mocking frameworks only (Moq, NSubstitute, a hand-written subclass): a client connected to nothing. Override
    /// the members a test uses, the area properties included; the others fail.
    /// </summary>
    protected AppClient()
    {
        _pipeline = null!;
        Time = TimeProvider.System;
    }

    /// <summary>The App host root requests go to (their paths start with <c>v1/</c>).</summary>
    public virtual Uri Endpoint => _pipeline.Root;

    private const string ServiceAccountPrefix = "sa_live_";

    /// <summary>The transport every request of this client and its areas goes through.</summary>
    internal HttpPipeline Pipeline => _pipeline;

    /// <summary>The workspace of a service-account token, sent on the send endpoints.</summary>
    internal string? WorkspaceId { get; }

    /// <summary>The clock (for <c>send_at</c> checks).</summary>
    internal TimeProvider Time { get; }

    /// <summary>The rate limiter, when enabled (for tests).</summary>
    internal AppRateGate? Gate => _gate;
}
