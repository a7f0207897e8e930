using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.App;

/// <summary><c>{"types":[..]}</c>: <c>GET /v1/object_types</c>.</summary>
internal sealed class ObjectTypesAnswer : IPageAnswer<ObjectType>
{
    [JsonPropertyName("types")]
    public IReadOnlyList<ObjectType>? Types { get; set; }

    IReadOnlyList<ObjectType>? IPageAnswer<ObjectType>.Values => Types;
}

/// <summary><c>{"identifiers":[..],"ids":[..],"next":".."}</c>: a page of <c>POST /v1/objects</c>.</summary>
internal sealed class ObjectSearchPage : ICursorPage<ObjectIdentifiers>
{
    [JsonPropertyName("identifiers")]
    public IReadOnlyList<ObjectIdentifiers>? Identifiers { get; set; }

    [JsonPropertyName("next"), JsonConverter(typeof(CursorJsonConverter))]
    public string? Next { get; set; }

    IReadOnlyList<ObjectIdentifiers>? IPageAnswer<ObjectIdentifiers>.Values => Identifiers;
}

/// <summary><c>{"object":{..}}</c>: <c>GET /v1/objects/{type}/{id}/attributes</c>.</summary>
internal sealed class ObjectAttributesAnswer
{
    [JsonPropertyName("object")]
    public ObjectAttributes? Object { get; set; }
}

/// <summary><c>{"cio_relationships":[..],"next":".."}</c>: a page of an object's people.</summary>
internal sealed class ObjectRelationshipsPage : ICursorPage<ObjectRelationship>
{
    [JsonPropertyName("cio_relationships")]
    public IReadOnlyList<ObjectRelationship>? Relationships { get; set; }

    [JsonPropertyName("next"), JsonConverter(typeof(CursorJsonConverter))]
    public string? Next { get; set; }

    IReadOnlyList<ObjectRelationship>? IPageAnswer<ObjectRelationship>.Values => Relationships;
}
