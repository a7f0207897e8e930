using System.Text.Json.Serialization;

namespace CustomerIO.Track;

/// <summary>The answer of the region lookup: where a workspace's data lives.</summary>
public sealed class RegionInfo
{
    /// <summary>Creates the answer (used by the deserializer and by tests).</summary>
    /// <param name="url">The Track API base URL of the workspace's region.</param>
    /// <param name="region">The region's short name.</param>
    /// <param name="environmentId">The workspace (environment) id.</param>
    [JsonConstructor]
    public RegionInfo(string url, string region, long environmentId)
    {
        Url = url;
        Region = region;
        EnvironmentId = environmentId;
    }

    /// <summary>The Track API base URL of the workspace's region.</summary>
    [JsonPropertyName("url")]
    public string Url { get; }

    /// <summary>The region's short name, <c>us</c> or <c>eu</c>; <see cref="CustomerIORegion.FromName"/> maps it.</summary>
    [JsonPropertyName("region")]
    public string Region { get; }

    /// <summary>The workspace (environment) id.</summary>
    [JsonPropertyName("environment_id")]
    public long EnvironmentId { get; }
}
