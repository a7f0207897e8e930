using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CustomerIO.Serialization;

namespace CustomerIO.Pipelines.Wire;

/// <summary>
/// Everything one Pipelines message is made of, before it is written: its type, who it is about, its type's own
/// fields, its traits or properties, and the caller's options. A struct passed by reference, so the queue's
/// enqueue path builds none on the heap.
/// </summary>
internal readonly struct MessageParts
{
    public MessageParts(string type, PipelinesUser user, PipelinesMessageOptions? options)
    {
        Type = type;
        User = user;
        Options = options;
    }

    /// <summary>The wire <c>type</c>: <c>identify</c>, <c>track</c>, <c>page</c>, <c>screen</c>, <c>group</c> or <c>alias</c>.</summary>
    public string Type { get; }

    public PipelinesUser User { get; }

    public PipelinesMessageOptions? Options { get; }

    /// <summary>Whether the message is valid without any user id (Customer.io's report events name none).</summary>
    public bool IdentityOptional { get; init; }

    public string? Event { get; init; }

    public string? Name { get; init; }

    public string? Category { get; init; }

    public string? GroupId { get; init; }

    public string? PreviousId { get; init; }

    /// <summary>Whether the payload is <c>traits</c> (identify, group) rather than <c>properties</c>.</summary>
    public bool PayloadIsTraits => Type is "identify" or "group";

    /// <summary>The payload as a dictionary, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Payload { get; init; }

    /// <summary>The payload as the caller's own type, or null.</summary>
    public TypedPayload? TypedPayload { get; init; }

    /// <summary>The device of a device event (<c>context.device.token</c>), or null.</summary>
    public string? DeviceToken { get; init; }

    /// <summary>The device's <c>context.device.type</c>, or null.</summary>
    public string? DeviceType { get; init; }

    /// <summary>The parameter a payload problem is named after.</summary>
    public string PayloadParameter => PayloadIsTraits ? "traits" : "properties";
}

/// <summary>A payload of the caller's own type, written through the caller's JSON metadata.</summary>
internal abstract class TypedPayload
{
    public abstract void Write(Utf8JsonWriter json, string parameterName);
}

/// <summary>A payload of type <typeparamref name="T"/>.</summary>
internal sealed class TypedPayload<T>(T value, JsonTypeInfo<T> typeInfo) : TypedPayload
{
    public override void Write(Utf8JsonWriter json, string parameterName) =>
        WireJson.Write(json, value, typeInfo ?? throw new ArgumentNullException(nameof(typeInfo)), parameterName);
}
