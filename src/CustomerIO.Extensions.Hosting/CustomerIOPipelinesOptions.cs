namespace CustomerIO.Extensions.Hosting;

/// <summary>
/// The <c>CustomerIO:Pipelines</c> section: the Data Pipelines write key and its own shared settings. Bound and
/// validated (when anything in it is set) for the Pipelines client of a later version; no client is registered from it yet.
/// </summary>
public sealed class CustomerIOPipelinesOptions : CustomerIOApiOptions
{
    /// <summary>The source's write key. Required when the section is set.</summary>
    public string? WriteKey { get; set; }

    internal override bool IsSet => WriteKey is not null || base.IsSet;
}
