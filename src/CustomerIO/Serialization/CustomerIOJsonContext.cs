using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CustomerIO.Track.Wire;
using CustomerIO.Track;

namespace CustomerIO.Serialization;

/// <summary>
/// The SDK's source-generated JSON metadata: every wire type, plus the value types a caller's attribute
/// dictionary may hold. Trimming- and AOT-safe.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(UnixSecondsJsonConverter), typeof(UnixSecondsDateTimeJsonConverter)])]
[JsonSerializable(typeof(EventBody))]
[JsonSerializable(typeof(DeviceBody))]
[JsonSerializable(typeof(MergeBody))]
[JsonSerializable(typeof(PushEventBody))]
[JsonSerializable(typeof(MetricBody))]
[JsonSerializable(typeof(SegmentIdsBody))]
[JsonSerializable(typeof(FormBody))]
[JsonSerializable(typeof(UnsubscribeBody))]
[JsonSerializable(typeof(IdentifyReserved))]
[JsonSerializable(typeof(RegionInfo))]
[JsonSerializable(typeof(OperationBody))]
[JsonSerializable(typeof(BatchBody))]
[JsonSerializable(typeof(PersonIdentifier))]
[JsonSerializable(typeof(ObjectIdentifier))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, object?>))]
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(List<object?>))]
[JsonSerializable(typeof(object[]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(int[]))]
[JsonSerializable(typeof(long[]))]
[JsonSerializable(typeof(double[]))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(byte))]
[JsonSerializable(typeof(short))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(uint))]
[JsonSerializable(typeof(ulong))]
[JsonSerializable(typeof(float))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(DateTime))]
[JsonSerializable(typeof(Guid))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonArray))]
[JsonSerializable(typeof(JsonValue))]
internal sealed partial class CustomerIOJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context the SDK writes with: like <see cref="Default"/>, but non-ASCII text stays UTF-8 instead of
    /// <c>\uXXXX</c> escapes, so byte limits count what a person would count.
    /// </summary>
    public static CustomerIOJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new UnixSecondsJsonConverter(), new UnixSecondsDateTimeJsonConverter() },
    });
}
