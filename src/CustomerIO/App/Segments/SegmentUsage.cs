using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>What uses a segment (<c>GET /v1/segments/{segment_id}/used_by</c>): a segment in use cannot simply be deleted.</summary>
public sealed class SegmentUsage
{
    [JsonConstructor]
    internal SegmentUsage()
    {
    }

    /// <summary>The segment.</summary>
    [JsonInclude, JsonPropertyName("segment_id")]
    public long SegmentId { get; internal set; }

    /// <summary>The campaigns and newsletters that use it.</summary>
    [JsonInclude, JsonPropertyName("used_by")]
    public SegmentDependents? UsedBy { get; internal set; }
}

/// <summary>The ids of the campaigns and newsletters that use a segment.</summary>
public sealed class SegmentDependents
{
    [JsonConstructor]
    internal SegmentDependents()
    {
    }

    /// <summary>The campaigns (automations) that use it.</summary>
    [JsonInclude, JsonPropertyName("campaigns")]
    public IReadOnlyList<long>? Campaigns { get; internal set; }

    /// <summary>The newsletters still in draft that use it.</summary>
    [JsonInclude, JsonPropertyName("draft_newsletters")]
    public IReadOnlyList<long>? DraftNewsletters { get; internal set; }

    /// <summary>The newsletters already sent that used it.</summary>
    [JsonInclude, JsonPropertyName("sent_newsletters")]
    public IReadOnlyList<long>? SentNewsletters { get; internal set; }
}
