using System.Text.Json.Serialization;

namespace CustomerIO.Samples.Console;

/// <summary>An application's own attribute type: sent as it serializes, with explicit wire names.</summary>
internal sealed record SignupAttributes(
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("first_name")] string FirstName,
    [property: JsonPropertyName("plan")] string Plan);

/// <summary>Source-generated JSON metadata for the sample's types: no reflection at run time.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SignupAttributes))]
internal sealed partial class SampleJsonContext : JsonSerializerContext;
