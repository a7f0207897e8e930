namespace CustomerIO.Extensions.Hosting;

/// <summary>
/// One Customer.io workspace's settings, bound from configuration (for example the <c>CustomerIO</c> section of
/// <c>appsettings.json</c>) and validated when the host starts: the settings every API shares at the top, and one
/// section per API (<see cref="Track"/>, <see cref="App"/>, <see cref="Pipelines"/>, <see cref="Webhooks"/>) with
/// that API's credentials and its own values for any shared setting.
/// </summary>
/// <remarks>
/// <para>A shared setting given in a section wins over the top-level one for that API only; in a section's
/// <c>Retry</c>, each key given wins on its own and the others come from the top-level <see cref="Retry"/>.</para>
/// <para>The flat shape of earlier previews (<c>CustomerIO:SiteId</c>, <c>CustomerIO:ApiKey</c>,
/// <c>CustomerIO:TrackEndpoint</c>, <c>CustomerIO:Queue</c>) is not read: the host refuses to start while such a key
/// is set, naming the key to move it to.</para>
/// <para>Track and Pipelines have clients and queues; <see cref="App"/> and <see cref="Webhooks"/> are bound and, when
/// set, validated, for the clients of later versions.</para>
/// </remarks>
/// <example>
/// <code language="json">
/// "CustomerIO": {
///   "Region": "eu",
///   "Timeout": "00:00:10",
///   "Retry": { "MaxRetries": 3 },
///   "Track": {
///     "SiteId": "…", "ApiKey": "…",
///     "Queue": { "FlushInterval": "00:00:01", "MaxQueueBytes": 67108864, "FullMode": "DropOldest" }
///   },
///   "App": { "ApiKey": "…", "Timeout": "00:00:30" },
///   "Pipelines": { "WriteKey": "…" },
///   "Webhooks": { "SigningSecrets": [ "new-secret", "old-secret" ] }
/// }
/// </code>
/// </example>
public sealed class CustomerIOOptions
{
    /// <summary>The data center of every API: <c>us</c> (default) or <c>eu</c>.</summary>
    public string Region { get; set; } = "us";

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

    /// <summary>The Track API: site id, API key, the queue. Required (the Track client and queue are always registered).</summary>
    public CustomerIOTrackOptions Track { get; set; } = new();

    /// <summary>The App API: its API key. Validated only when something in it is set.</summary>
    public CustomerIOAppOptions App { get; set; } = new();

    /// <summary>The Data Pipelines API: its write key, strict mode and queue. Validated only when something in it is set.</summary>
    public CustomerIOPipelinesOptions Pipelines { get; set; } = new();

    /// <summary>Incoming webhooks: the secrets their signatures are checked with.</summary>
    public CustomerIOWebhooksOptions Webhooks { get; set; } = new();

    /// <summary>Describes the settings without credentials.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"CustomerIOOptions(region {Region}, track endpoint {Track?.Endpoint?.ToString() ?? "default"})";
}
