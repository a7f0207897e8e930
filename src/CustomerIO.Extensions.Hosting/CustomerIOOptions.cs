namespace CustomerIO.Extensions.Hosting;

/// <summary>
/// One Customer.io workspace's settings, bound from configuration (for example the <c>CustomerIO</c> section of
/// <c>appsettings.json</c>) and validated when the host starts.
/// </summary>
/// <example>
/// <code language="json">
/// "CustomerIO": {
///   "SiteId": "…", "ApiKey": "…", "Region": "eu",
///   "Timeout": "00:00:10",
///   "Retry": { "MaxRetries": 3 },
///   "Queue": { "FlushInterval": "00:00:01", "MaxQueueBytes": 67108864, "FullMode": "DropOldest" }
/// }
/// </code>
/// </example>
public sealed class CustomerIOOptions
{
    /// <summary>The workspace's site id (Track API). Required.</summary>
    public string? SiteId { get; set; }

    /// <summary>The workspace's Track API key. Required.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The data center: <c>us</c> (default) or <c>eu</c>.</summary>
    public string Region { get; set; } = "us";

    /// <summary>A custom Track API root instead of the region's (a local emulator, a proxy).</summary>
    public Uri? TrackEndpoint { get; set; }

    /// <summary>How long one attempt may take. Default: 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one call may take in all, retries included. Default: 60 seconds.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The application's product token for the <c>User-Agent</c>, for example <c>MyShop/2.1</c>. Empty means none
    /// (as an empty value in configuration unsets a setting).
    /// </summary>
    public string? ApplicationId { get; set; }

    /// <summary>Retry settings (the SDK owns retries; no HTTP retry handler is stacked on it).</summary>
    public CustomerIORetryOptions Retry { get; set; } = new();

    /// <summary>Settings of the workspace's <see cref="TrackQueue"/>.</summary>
    public TrackQueueOptions Queue { get; set; } = new();

    /// <summary>Describes the settings without credentials.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"CustomerIOOptions(region {Region}, endpoint {TrackEndpoint?.ToString() ?? "default"})";
}
