using System.Text.Json.Serialization;

namespace CustomerIO.Emulator.Hosting;

/// <summary>
/// The Customer.io answer shapes several APIs share (Track's empty success, the v1/App <c>meta</c> errors, the
/// v2/Pipelines error list), as records in their wire order. Explicit nulls are written: only properties marked
/// otherwise are left out.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(EmptyBody))]
[JsonSerializable(typeof(MetaErrorBody))]
[JsonSerializable(typeof(MetaErrorsBody))]
[JsonSerializable(typeof(V2ErrorsBody))]
internal sealed partial class WireJsonContext : JsonSerializerContext;

/// <summary><c>{}</c>.</summary>
internal sealed record EmptyBody;

/// <summary><c>{"meta":{"error":".."}}</c>: the single-error v1 and App API shape (also injected faults and rate limits).</summary>
internal sealed record MetaErrorBody(MetaError Meta);

/// <summary>The <c>meta</c> of <see cref="MetaErrorBody"/>.</summary>
internal sealed record MetaError(string Error);

/// <summary><c>{"meta":{"errors":[".."]}}</c>: Track v1 validation errors on customer and event endpoints.</summary>
internal sealed record MetaErrorsBody(MetaErrors Meta);

/// <summary>The <c>meta</c> of <see cref="MetaErrorsBody"/>.</summary>
internal sealed record MetaErrors(IReadOnlyList<string> Errors);

/// <summary><c>{"errors":[{"batch_index"?,"reason","field","message"}]}</c>: Track v2 (400 without index, 207 with) and Pipelines.</summary>
internal sealed record V2ErrorsBody(IReadOnlyList<V2Error> Errors);

/// <summary>One v2 error; <c>batch_index</c> only for an item of a batch.</summary>
internal sealed record V2Error(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? BatchIndex,
    string Reason,
    string Field,
    string Message);
