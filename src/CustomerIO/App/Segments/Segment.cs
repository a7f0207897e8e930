using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>A segment: a group of people, built from conditions (dynamic) or by hand and the API (manual).</summary>
public sealed class Segment
{
    [JsonConstructor]
    internal Segment()
    {
    }

    /// <summary>The segment's id, used to target it in requests (broadcast audiences, searches).</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>An id of the form <c>id:timestamp</c> that changes whenever the segment changes.</summary>
    [JsonInclude, JsonPropertyName("deduplicate_id")]
    public string? DeduplicateId { get; internal set; }

    /// <summary>The segment's name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>What the segment is for.</summary>
    [JsonInclude, JsonPropertyName("description")]
    public string? Description { get; internal set; }

    /// <summary>The build state (<see cref="SegmentState.Finished"/> once built; the API may add more).</summary>
    [JsonInclude, JsonPropertyName("state")]
    public SegmentState? State { get; internal set; }

    /// <summary>While Customer.io builds the segment, the percentage done; null when finished.</summary>
    [JsonInclude, JsonPropertyName("progress")]
    public int? Progress { get; internal set; }

    /// <summary><see cref="SegmentType.Dynamic"/> or <see cref="SegmentType.Manual"/>.</summary>
    [JsonInclude, JsonPropertyName("type")]
    public SegmentType? Type { get; internal set; }

    /// <summary>The segment's tags, if any.</summary>
    [JsonInclude, JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; internal set; }

    /// <summary>When the segment was created.</summary>
    [JsonInclude, JsonPropertyName("created_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>When the segment last changed.</summary>
    [JsonInclude, JsonPropertyName("updated_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? UpdatedAt { get; internal set; }
}

/// <summary>A manual segment to create: its name and, optionally, a description.</summary>
public sealed class SegmentCreation : IAppBody
{
    /// <summary>Describes the segment.</summary>
    /// <param name="name">The segment's name (required).</param>
    public SegmentCreation(string name) => Name = name;

    /// <summary>The segment's name.</summary>
    [JsonIgnore]
    public string Name { get; }

    /// <summary>What the segment is for.</summary>
    [JsonIgnore]
    public string? Description { get; set; }

    [JsonInclude, JsonPropertyName("segment")]
    internal SegmentCreationBody Segment => new(Name, Description);

    void IAppBody.Validate(string parameterName) => Validation.Guard.NotEmpty(Name, parameterName + ".Name", "segment name");
}

/// <summary>The <c>segment</c> object of a creation.</summary>
internal sealed class SegmentCreationBody(string name, string? description)
{
    [JsonPropertyName("name")]
    public string Name { get; } = name;

    [JsonPropertyName("description")]
    public string? Description { get; } = description;
}
