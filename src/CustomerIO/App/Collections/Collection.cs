using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>
/// A collection: a named set of data (JSON objects or CSV rows) messages can reference in Liquid as
/// <c>{{collection_name.property}}</c>. This is its description; <see cref="CollectionsClient.GetContentAsync"/> reads the data.
/// </summary>
public sealed class Collection
{
    [JsonConstructor]
    internal Collection()
    {
    }

    /// <summary>The collection's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The collection's name, which Liquid references it by.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The size of the data in bytes.</summary>
    [JsonInclude, JsonPropertyName("bytes")]
    public long Bytes { get; internal set; }

    /// <summary>How many objects (or CSV rows) the data holds.</summary>
    [JsonInclude, JsonPropertyName("rows")]
    public long Rows { get; internal set; }

    /// <summary>The top-level keys messages can reference (Customer.io does not require them in every row).</summary>
    [JsonInclude, JsonPropertyName("schema")]
    public IReadOnlyList<string>? Schema { get; internal set; }

    /// <summary>When the collection was created.</summary>
    [JsonInclude, JsonPropertyName("created_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>When the collection last changed.</summary>
    [JsonInclude, JsonPropertyName("updated_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? UpdatedAt { get; internal set; }
}

/// <summary>A collection's data, as the API answers it: free-form JSON (<c>GET /v1/collections/{id}/content</c>).</summary>
[JsonConverter(typeof(CollectionContentJsonConverter))]
public sealed class CollectionContent
{
    internal CollectionContent(JsonElement value) => Value = value;

    /// <summary>The data: whatever JSON the collection holds (an array of objects, or an object).</summary>
    public JsonElement Value { get; }
}

/// <summary>Reads a <see cref="CollectionContent"/>: the whole answer, kept as it came.</summary>
internal sealed class CollectionContentJsonConverter : JsonConverter<CollectionContent>
{
    public override CollectionContent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new CollectionContent(document.RootElement.Clone());
    }

    public override void Write(Utf8JsonWriter writer, CollectionContent value, JsonSerializerOptions options) => value.Value.WriteTo(writer);
}
