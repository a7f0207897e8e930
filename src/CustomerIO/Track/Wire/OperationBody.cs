using System.Text.Json.Serialization;
using CustomerIO.Serialization;
using CustomerIO.Track.Wire;

namespace CustomerIO.Track.Wire;

/// <summary>One Track v2 operation on the wire; each action fills the fields it uses.</summary>
internal sealed class OperationBody
{
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    [JsonPropertyName("action")]
    public required string Action { get; init; }

    [JsonPropertyName("identifiers")]
    public RawJson? Identifiers { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; init; }

    [JsonPropertyName("attributes")]
    public RawJson? Attributes { get; init; }

    [JsonPropertyName("cio_relationships")]
    public IReadOnlyList<RelationshipWire>? Relationships { get; init; }

    [JsonPropertyName("device")]
    public DeviceWire? Device { get; init; }

    [JsonPropertyName("primary")]
    public PersonIdentifier? Primary { get; init; }

    [JsonPropertyName("secondary")]
    public PersonIdentifier? Secondary { get; init; }
}

/// <summary>The body of <c>POST /api/v2/batch</c>: operations already serialized, written as they are.</summary>
internal sealed class BatchBody
{
    [JsonPropertyName("batch")]
    public required IReadOnlyList<RawJson> Batch { get; init; }
}
