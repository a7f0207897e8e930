namespace CustomerIO.Extensions.Hosting;

/// <summary>
/// What every API section (<c>CustomerIO:Track</c>, <c>CustomerIO:App</c>, <c>CustomerIO:Pipelines</c>) may set besides
/// its credentials: where that API is, and its own values for the shared settings. A setting left unset (null)
/// takes the top-level one from <see cref="CustomerIOOptions"/>.
/// </summary>
public abstract class CustomerIOApiOptions
{
    /// <summary>This API's data center (<c>us</c> or <c>eu</c>) instead of <see cref="CustomerIOOptions.Region"/>.</summary>
    public string? Region { get; set; }

    /// <summary>A custom root for this API instead of the region's (a local emulator, a proxy).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>How long one attempt may take, instead of <see cref="CustomerIOOptions.Timeout"/>.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>How long one call may take in all, instead of <see cref="CustomerIOOptions.TotalTimeout"/>.</summary>
    public TimeSpan? TotalTimeout { get; set; }

    /// <summary>
    /// The <c>User-Agent</c> product token instead of <see cref="CustomerIOOptions.ApplicationId"/>; empty means none.
    /// </summary>
    public string? ApplicationId { get; set; }

    /// <summary>Retry settings of this API; each one set wins over the same top-level one.</summary>
    public CustomerIORetryOverrides Retry { get; set; } = new();

    /// <summary>Whether anything in the section is set, credentials included (an absent section is not validated).</summary>
    internal virtual bool IsSet =>
        Region is not null || Endpoint is not null || Timeout is not null || TotalTimeout is not null || ApplicationId is not null
        || Retry is not { MaxRetries: null, BaseDelay: null, MaxDelay: null, MaxRetryAfter: null, RetryUnsafeOperations: null };

    /// <summary>Describes the section without credentials.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{GetType().Name}(region {Region ?? "inherited"}, endpoint {Endpoint?.ToString() ?? "default"})";
}
