using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>
/// A person's profile as the App API answers it (<c>GET /v1/customers/{id}/attributes</c>): identifiers, attributes
/// (Customer.io stores every attribute as text), the devices, and whether the person is unsubscribed.
/// </summary>
public sealed class CustomerAttributes
{
    [JsonConstructor]
    internal CustomerAttributes()
    {
    }

    /// <summary>The person's id, as the request named it; prefer <see cref="Identifiers"/>.</summary>
    [JsonInclude, JsonPropertyName("id"), JsonConverter(typeof(LenientStringJsonConverter))]
    public string? Id { get; internal set; }

    /// <summary>The person's identifiers.</summary>
    [JsonInclude, JsonPropertyName("identifiers")]
    public CustomerIdentifiers? Identifiers { get; internal set; }

    /// <summary>Every attribute by name, the workspace's identifiers (<c>id</c>, <c>email</c>, <c>cio_id</c>) included; values are text.</summary>
    [JsonInclude, JsonPropertyName("attributes")]
    public IReadOnlyDictionary<string, string>? Attributes { get; internal set; }

    /// <summary>When each attribute was set, as Unix seconds by attribute name (deprecated by Customer.io, still answered).</summary>
    [JsonInclude, JsonPropertyName("timestamps")]
    public IReadOnlyDictionary<string, long>? Timestamps { get; internal set; }

    /// <summary>The person's devices.</summary>
    [JsonInclude, JsonPropertyName("devices")]
    public IReadOnlyList<CustomerDevice>? Devices { get; internal set; }

    /// <summary>Whether the person is unsubscribed from every channel.</summary>
    [JsonInclude, JsonPropertyName("unsubscribed")]
    public bool? Unsubscribed { get; internal set; }
}

/// <summary>A device of a person's profile.</summary>
public sealed class CustomerDevice
{
    [JsonConstructor]
    internal CustomerDevice()
    {
    }

    /// <summary>The device token.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public string? Id { get; internal set; }

    /// <summary>The messaging platform (<see cref="MobilePlatform.Ios"/> or <see cref="MobilePlatform.Android"/>).</summary>
    [JsonInclude, JsonPropertyName("platform")]
    public MobilePlatform? Platform { get; internal set; }

    /// <summary>When the device was last identified.</summary>
    [JsonInclude, JsonPropertyName("last_used"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? LastUsed { get; internal set; }

    /// <summary>The device's attributes (<c>app_version</c>, <c>push_enabled</c>, custom ones), as text.</summary>
    [JsonInclude, JsonPropertyName("attributes")]
    public IReadOnlyDictionary<string, string>? Attributes { get; internal set; }
}

/// <summary>An object a person is related to (<c>GET /v1/customers/{id}/relationships</c>).</summary>
public sealed class CustomerRelationship
{
    [JsonConstructor]
    internal CustomerRelationship()
    {
    }

    /// <summary>The object's identifiers.</summary>
    [JsonInclude, JsonPropertyName("identifiers")]
    public ObjectIdentifiers? Identifiers { get; internal set; }

    /// <summary>The object's type id (integers as text, from <c>1</c>).</summary>
    [JsonInclude, JsonPropertyName("object_type_id"), JsonConverter(typeof(LenientStringJsonConverter))]
    public string? ObjectTypeId { get; internal set; }

    /// <summary>The relationship's own attributes; open: their values are any JSON.</summary>
    [JsonInclude, JsonPropertyName("attributes")]
    public IReadOnlyDictionary<string, System.Text.Json.JsonElement>? Attributes { get; internal set; }

    /// <summary>When the object's attributes were last set, as Unix seconds by attribute name.</summary>
    [JsonInclude, JsonPropertyName("timestamps")]
    public IReadOnlyDictionary<string, long>? Timestamps { get; internal set; }
}
