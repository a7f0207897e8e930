namespace CustomerIO.Extensions.Hosting;

/// <summary>
/// The <c>CustomerIO:App</c> section: the App API's key and its own shared settings. Bound and validated (when
/// anything in it is set) for the App client of a later version; no client is registered from it yet.
/// </summary>
public sealed class CustomerIOAppOptions : CustomerIOApiOptions
{
    /// <summary>The workspace's App API key (a bearer token). Required when the section is set.</summary>
    public string? ApiKey { get; set; }

    internal override bool IsSet => ApiKey is not null || base.IsSet;
}
