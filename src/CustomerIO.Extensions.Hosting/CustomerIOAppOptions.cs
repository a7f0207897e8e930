namespace CustomerIO.Extensions.Hosting;

/// <summary>
/// The <c>CustomerIO:App</c> section: the App API's key and its own shared settings, for the registered
/// <see cref="CustomerIO.App.AppClient"/>. Validated when anything in it is set; resolving the client needs the key.
/// </summary>
public sealed class CustomerIOAppOptions : CustomerIOApiOptions
{
    /// <summary>The workspace's App API key (a bearer token). Required when the section is set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The client-side rate limits (<c>Enabled</c>, <c>RequestsPerSecond</c>, <c>BroadcastTriggerInterval</c>); on by default.</summary>
    public CustomerIO.App.AppRateLimitOptions RateLimit { get; set; } = new();

    internal override bool IsSet => ApiKey is not null || base.IsSet;
}
