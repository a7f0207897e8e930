using CustomerIO.Pipelines;

namespace CustomerIO.Extensions.Hosting;

/// <summary>
/// The <c>CustomerIO:Pipelines</c> section: the Data Pipelines write key, strict mode, the queue, and its own shared
/// settings. When it is set, <see cref="PipelinesClient"/> and <see cref="PipelinesQueue"/> are made from it (the
/// queue drained at shutdown and watched by the health check); it is validated only then.
/// </summary>
public sealed class CustomerIOPipelinesOptions : CustomerIOApiOptions
{
    /// <summary>The source's write key. Required when the section is set.</summary>
    public string? WriteKey { get; set; }

    /// <summary>Whether requests carry <c>X-Strict-Mode: 1</c> (see <see cref="PipelinesClientOptions.StrictMode"/>). Default (unset): true.</summary>
    public bool? StrictMode { get; set; }

    /// <summary>Settings of the workspace's <see cref="PipelinesQueue"/>.</summary>
    public PipelinesQueueOptions Queue { get; set; } = new();

    internal override bool IsSet => WriteKey is not null || StrictMode is not null || base.IsSet;
}
