using System.Text.Json.Serialization;

namespace CustomerIO.Emulator.Track;

/// <summary>Source-generated JSON for the Track API's own answer bodies (the shared shapes are in <c>Hosting/WireBodies.cs</c>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(RegionAnswer))]
internal sealed partial class TrackJsonContext : JsonSerializerContext;

/// <summary>The answer of <c>GET /api/v1/accounts/region</c>: <c>{"url","region","environment_id"}</c>.</summary>
internal sealed record RegionAnswer(string Url, string Region, long EnvironmentId);
