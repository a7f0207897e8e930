using System.Text.Json.Serialization;
using CustomerIO.Track;

namespace CustomerIO.Samples.Patterns;

// <snippet:pattern1-types>
/// <summary>The app's own person attributes: checked by the compiler, named explicitly on the wire.</summary>
public sealed record UserAttributes(
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("first_name")] string? FirstName = null,
    [property: JsonPropertyName("plan")] Plan? Plan = null);

/// <summary>A closed set of plans, written as their names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Plan>))]
public enum Plan
{
    [JsonStringEnumMemberName("free")] Free,
    [JsonStringEnumMemberName("pro")] Pro,
    [JsonStringEnumMemberName("enterprise")] Enterprise,
}

/// <summary>The events the app sends: one place to find and rename them.</summary>
public static class EventNames
{
    public const string SignedUp = "signed_up";
    public const string SubscriptionStarted = "subscription_started";
    public const string FeatureUsed = "feature_used";
}

/// <summary>Source-generated JSON metadata: no reflection at run time, trimming- and AOT-safe.</summary>
[JsonSerializable(typeof(UserAttributes))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
public sealed partial class AppJsonContext : JsonSerializerContext;
// </snippet:pattern1-types>

/// <summary>Pattern 1 in use.</summary>
public static class Pattern1TypedClient
{
    public static async Task RunAsync(TrackClient client)
    {
        // <snippet:pattern1-use>
        await client.IdentifyAsync(
            "user-123",
            new UserAttributes("ada@example.com", "Ada", Plan.Pro),
            AppJsonContext.Default.UserAttributes,
            new IdentifyOptions { CreatedAt = DateTimeOffset.UtcNow, Timestamp = DateTimeOffset.UtcNow });

        await client.TrackAsync("user-123", EventNames.FeatureUsed, new Dictionary<string, object?> { ["feature"] = "export" });
        // </snippet:pattern1-use>
    }
}
