using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.Tests.Track;

/// <summary>A caller's own attribute type, as an application would write it.</summary>
public sealed class ShopperAttributes
{
    [JsonPropertyName("first_name")]
    public string? FirstName { get; init; }

    [JsonPropertyName("plan")]
    public string? Plan { get; init; }

    [JsonPropertyName("signed_up_at")]
    public DateTimeOffset SignedUpAt { get; init; }

    [JsonPropertyName("orders")]
    public int Orders { get; init; }

    [JsonPropertyName("vip")]
    public bool Vip { get; init; }
}

/// <summary>A caller's own event data type.</summary>
public sealed class OrderData
{
    [JsonPropertyName("order_id")]
    public string? OrderId { get; init; }

    [JsonPropertyName("total")]
    public decimal Total { get; init; }

    [JsonPropertyName("placed_at")]
    public DateTimeOffset PlacedAt { get; init; }

    [JsonPropertyName("items")]
    public string[]? Items { get; init; }
}

/// <summary>The tests' own source-generated context, with times as Unix seconds the way the SDK documents.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(UnixSecondsJsonConverter)])]
[JsonSerializable(typeof(ShopperAttributes))]
[JsonSerializable(typeof(OrderData))]
[JsonSerializable(typeof(int[]))]
public sealed partial class TrackTestJsonContext : JsonSerializerContext
{
}

/// <summary>Times used across the Track tests.</summary>
public static class TestTimes
{
    /// <summary>2023-11-14T22:13:20Z, Unix 1700000000, written in a +02:00 offset to prove conversion to UTC.</summary>
    public static readonly DateTimeOffset T1700000000 = new(2023, 11, 15, 0, 13, 20, TimeSpan.FromHours(2));

    /// <summary>2024-01-01T00:00:00Z, Unix 1704067200 (with 999 ms that must be truncated, not rounded).</summary>
    public static readonly DateTimeOffset T1704067200 = new(2024, 1, 1, 0, 0, 0, 999, TimeSpan.Zero);
}
