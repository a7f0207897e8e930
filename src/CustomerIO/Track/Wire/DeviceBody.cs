using System.Text.Json.Serialization;

namespace CustomerIO.Track.Wire;

/// <summary>The body of <c>PUT /customers/{identifier}/devices</c> (Track v1).</summary>
internal sealed class DeviceBody
{
    [JsonPropertyName("device")]
    public required DeviceWire Device { get; init; }
}

/// <summary>A device on the wire; v1 names the token <c>id</c>, v2 names it <c>token</c>.</summary>
internal sealed class DeviceWire
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("token")]
    public string? Token { get; init; }

    [JsonPropertyName("platform")]
    public string? Platform { get; init; }

    [JsonPropertyName("last_used")]
    public DateTimeOffset? LastUsed { get; init; }

    [JsonPropertyName("attributes")]
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}
