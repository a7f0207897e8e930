using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.App;

// The Transactional template answers' envelopes. Internal; unknown fields are ignored.

/// <summary><c>{"messages":[..]}</c>: <c>GET /v1/transactional</c>.</summary>
internal sealed class TransactionalTemplatesAnswer : IPageAnswer<TransactionalTemplateInfo>
{
    [JsonPropertyName("messages")]
    public IReadOnlyList<TransactionalTemplateInfo>? Messages { get; set; }

    IReadOnlyList<TransactionalTemplateInfo>? IPageAnswer<TransactionalTemplateInfo>.Values => Messages;
}

/// <summary><c>{"message":{..}}</c>: <c>GET /v1/transactional/{id}</c>.</summary>
internal sealed class TransactionalTemplateAnswer
{
    [JsonPropertyName("message")]
    public TransactionalTemplateInfo? Message { get; set; }
}

/// <summary><c>{"contents":[..]}</c>.</summary>
internal sealed class TransactionalContentsAnswer : IPageAnswer<TransactionalContent>
{
    [JsonPropertyName("contents")]
    public IReadOnlyList<TransactionalContent>? Contents { get; set; }

    IReadOnlyList<TransactionalContent>? IPageAnswer<TransactionalContent>.Values => Contents;
}

/// <summary>
/// <c>{"content":..}</c> of a language read or a content update: the OpenAPI types it as an array of one content,
/// so an array is read (its first content) as well as a single object.
/// </summary>
internal sealed class TransactionalContentAnswer
{
    [JsonPropertyName("content"), JsonConverter(typeof(OneOrManyContentsJsonConverter))]
    public IReadOnlyList<TransactionalContent>? Contents { get; set; }

    [JsonIgnore]
    public TransactionalContent? Content => Contents is { Count: > 0 } contents ? contents[0] : null;
}

/// <summary>Reads one <see cref="TransactionalContent"/> or an array of them.</summary>
internal sealed class OneOrManyContentsJsonConverter : JsonConverter<IReadOnlyList<TransactionalContent>?>
{
    public override IReadOnlyList<TransactionalContent>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var context = AppJsonContext.Default;
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.StartArray => JsonSerializer.Deserialize(ref reader, context.IReadOnlyListTransactionalContent),
            _ => JsonSerializer.Deserialize(ref reader, context.TransactionalContent) is { } one ? [one] : [],
        };
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<TransactionalContent>? value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Transactional contents are only read.");
}
