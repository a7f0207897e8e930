using CustomerIO.Track;

namespace CustomerIO.Extensions.Hosting;

/// <summary>The <c>CustomerIO:Track</c> section: the Track API's credentials, its queue, and its own shared settings.</summary>
public sealed class CustomerIOTrackOptions : CustomerIOApiOptions
{
    /// <summary>The workspace's site id. Required.</summary>
    public string? SiteId { get; set; }

    /// <summary>The workspace's Track API key. Required.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Settings of the workspace's <see cref="TrackQueue"/>.</summary>
    public TrackQueueOptions Queue { get; set; } = new();
}
