using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>An object's identifiers: yours (<c>object_id</c>) and Customer.io's (<c>cio_object_id</c>).</summary>
public sealed class ObjectIdentifiers
{
    [JsonConstructor]
    internal ObjectIdentifiers()
    {
    }

    /// <summary>The object's id, unique within its type.</summary>
    [JsonInclude, JsonPropertyName("object_id"), JsonConverter(typeof(LenientStringJsonConverter))]
    public string? ObjectId { get; internal set; }

    /// <summary>The canonical, immutable id Customer.io gave the object.</summary>
    [JsonInclude, JsonPropertyName("cio_object_id"), JsonConverter(typeof(LenientStringJsonConverter))]
    public string? CioObjectId { get; internal set; }

    /// <summary>The best identifier to address the object by in other calls: the cio_object_id, else the object_id.</summary>
    /// <returns>The identifier; default when none is set.</returns>
    public ObjectReference ToIdentifier() =>
        CioObjectId is { Length: > 0 } cio ? ObjectReference.CioObjectId(cio)
        : ObjectId is { Length: > 0 } id ? ObjectReference.ObjectId(id)
        : default;
}

/// <summary>An object type of the workspace ("Companies", "Accounts").</summary>
public sealed class ObjectType
{
    [JsonConstructor]
    internal ObjectType()
    {
    }

    /// <summary>The <c>object_type_id</c> the Track API creates objects of this type with (integers as text, from <c>1</c>).</summary>
    [JsonInclude, JsonPropertyName("id"), JsonConverter(typeof(LenientStringJsonConverter))]
    public string? Id { get; internal set; }

    /// <summary>The type's name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The type's name for one object.</summary>
    [JsonInclude, JsonPropertyName("singular_name")]
    public string? SingularName { get; internal set; }

    /// <summary>The slug of the type's page in Customer.io.</summary>
    [JsonInclude, JsonPropertyName("slug")]
    public string? Slug { get; internal set; }

    /// <summary>The slug of one object's page in Customer.io.</summary>
    [JsonInclude, JsonPropertyName("singular_slug")]
    public string? SingularSlug { get; internal set; }

    /// <summary>The icon or emoji Customer.io shows for the type.</summary>
    [JsonInclude, JsonPropertyName("icon")]
    public string? Icon { get; internal set; }

    /// <summary>Whether the type is enabled.</summary>
    [JsonInclude, JsonPropertyName("enabled")]
    public bool Enabled { get; internal set; }
}

/// <summary>An object with its attributes (<c>GET /v1/objects/{type}/{id}/attributes</c>).</summary>
public sealed class ObjectAttributes
{
    [JsonConstructor]
    internal ObjectAttributes()
    {
    }

    /// <summary>The object's type id.</summary>
    [JsonInclude, JsonPropertyName("object_type_id"), JsonConverter(typeof(LenientStringJsonConverter))]
    public string? ObjectTypeId { get; internal set; }

    /// <summary>The object's identifiers.</summary>
    [JsonInclude, JsonPropertyName("identifiers")]
    public ObjectIdentifiers? Identifiers { get; internal set; }

    /// <summary>The object's attributes; open: their values are any JSON.</summary>
    [JsonInclude, JsonPropertyName("attributes")]
    public IReadOnlyDictionary<string, JsonElement>? Attributes { get; internal set; }

    /// <summary>When each attribute was set, as Unix seconds by attribute name.</summary>
    [JsonInclude, JsonPropertyName("timestamps")]
    public IReadOnlyDictionary<string, long>? Timestamps { get; internal set; }
}

/// <summary>A person related to an object (<c>GET /v1/objects/{type}/{id}/relationships</c>).</summary>
public sealed class ObjectRelationship
{
    [JsonConstructor]
    internal ObjectRelationship()
    {
    }

    /// <summary>The person's identifiers.</summary>
    [JsonInclude, JsonPropertyName("identifiers")]
    public CustomerIdentifiers? Identifiers { get; internal set; }

    /// <summary>The object's type id.</summary>
    [JsonInclude, JsonPropertyName("object_type_id"), JsonConverter(typeof(LenientStringJsonConverter))]
    public string? ObjectTypeId { get; internal set; }

    /// <summary>Whether the object's type is disabled.</summary>
    [JsonInclude, JsonPropertyName("object_type_disabled")]
    public bool ObjectTypeDisabled { get; internal set; }
}
