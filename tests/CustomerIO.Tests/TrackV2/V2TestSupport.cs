using System.Text.Json.Serialization;
using CustomerIO.Serialization;
using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.TrackV2;

/// <summary>Values and assertions shared by the Track v2 tests.</summary>
internal static class V2
{
    /// <summary>A fixed, valid ULID for events whose id the test chooses.</summary>
    public const string FixedEventId = "01ARZ3NDEKTSV4RRFFQ69G5FAV";

    /// <summary>2023-11-14T22:13:20Z, Unix 1700000000, written in a +02:00 offset to prove conversion to UTC.</summary>
    public static readonly DateTimeOffset T1700000000 = new(2023, 11, 15, 0, 13, 20, TimeSpan.FromHours(2));

    /// <summary>2024-01-01T00:00:00.999Z: Unix 1704067200 once the milliseconds are truncated.</summary>
    public static readonly DateTimeOffset T1704067200 = new(2024, 1, 1, 0, 0, 0, 999, TimeSpan.Zero);

    /// <summary>The operation's JSON as text, exactly as it is sent.</summary>
    public static string JsonOf(TrackOperation operation) => Encoding.UTF8.GetString(operation.Json.ToArray());

    /// <summary>
    /// Asserts everything an operation exposes: its exact JSON, type, action, idempotency, event id, size, and a
    /// <see cref="TrackOperation.ToString"/> that names type, action and size only (none of <paramref name="personalData"/>).
    /// </summary>
    public static void AssertOperation(
        TrackOperation operation, string json, string type, string action, bool isIdempotent, string? eventId, params string[] personalData)
    {
        Assert.Equal(json, JsonOf(operation));
        Assert.Equal(type, operation.Type);
        Assert.Equal(action, operation.Action);
        Assert.Equal(isIdempotent, operation.IsIdempotent);
        Assert.Equal(eventId, operation.EventId);
        var bytes = Encoding.UTF8.GetByteCount(json);
        Assert.Equal(bytes, operation.SizeInBytes);
        Assert.Equal($"{type} {action} ({bytes} bytes)", operation.ToString());
        foreach (var secret in personalData)
        {
            Assert.DoesNotContain(secret, operation.ToString(), StringComparison.Ordinal);
        }
    }

    /// <summary>Makes a client that records requests and never retries.</summary>
    public static TrackClient Client(RecordingHandler handler) => TestTrackClient.CreateWithoutRetries(handler);

    /// <summary>A string of exactly <paramref name="bytes"/> UTF-8 bytes, mostly two-byte characters.</summary>
    public static string Utf8Text(int bytes)
    {
        Assert.True(bytes >= 0, $"Cannot build a text of {bytes} bytes.");
        var text = new string('é', bytes / 2) + (bytes % 2 == 1 ? "x" : string.Empty);
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(text));
        return text;
    }
}

/// <summary>A caller's own attribute type for people and objects.</summary>
public sealed class AccountAttributes
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("seats")]
    public int Seats { get; init; }

    [JsonPropertyName("renews_at")]
    public DateTimeOffset RenewsAt { get; init; }

    [JsonPropertyName("note")]
    public string? Note { get; init; }
}

/// <summary>A caller's own event data type.</summary>
public sealed class CartData
{
    [JsonPropertyName("cart_id")]
    public string? CartId { get; init; }

    [JsonPropertyName("total")]
    public decimal Total { get; init; }

    [JsonPropertyName("at")]
    public DateTimeOffset At { get; init; }
}

/// <summary>The Track v2 tests' own source-generated context, times as Unix seconds.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(UnixSecondsJsonConverter)])]
[JsonSerializable(typeof(AccountAttributes))]
[JsonSerializable(typeof(CartData))]
[JsonSerializable(typeof(string[]))]
public sealed partial class V2TestJsonContext : JsonSerializerContext
{
}
