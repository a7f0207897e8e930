using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.Track.Wire;

/// <summary>The body of <c>POST /customers/{identifier}/events</c> and <c>POST /events</c> (Track v1).</summary>
internal sealed class EventBody
{
    [JsonPropertyName("anonymous_id")]
    public string? AnonymousId { get; init; }

    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; init; }

    [JsonPropertyName("data")]
    public RawJson? Data { get; init; }
}
