namespace CustomerIO.Pipelines;

/// <summary>
/// Settings of a <see cref="PipelinesClient"/>. <see cref="CustomerIOClientOptions.Endpoint"/> is the Pipelines host
/// root (the SDK appends <c>v1/</c>); the region's is <c>https://cdp.customer.io/</c> or <c>https://cdp-eu.customer.io/</c>.
/// </summary>
public sealed class PipelinesClientOptions : CustomerIOClientOptions
{
    /// <summary>
    /// Sends <c>X-Strict-Mode: 1</c> with every request, so Customer.io answers a payload it refuses with a 400 (or a
    /// bad write key with a 401) instead of a 200 that drops it silently. Default: true. Turned off, a refused
    /// message is lost without a trace: the SDK's own checks before sending are then all that stands guard.
    /// </summary>
    public bool StrictMode { get; set; } = true;
}
