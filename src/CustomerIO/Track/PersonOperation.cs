using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CustomerIO.Serialization;
using CustomerIO.Track;
using CustomerIO.Track.Wire;

namespace CustomerIO.Track;

/// <summary>Creates Track v2 operations on people (<c>type: person</c>).</summary>
public static class PersonOperation
{
    private const string Type = "person";

    /// <summary>Creates or updates a person (<c>identify</c>).</summary>
    /// <param name="person">The person.</param>
    /// <param name="attributes">Attributes to set (limits as for Track v1).</param>
    /// <param name="options">Reserved attributes; <see cref="IdentifyOptions.Timestamp"/> becomes the operation's <c>timestamp</c>, and relationships are added.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation Identify(PersonIdentifier person, IReadOnlyDictionary<string, object?>? attributes = null, IdentifyOptions? options = null) =>
        Identify(person, IdentifyBodies.Attributes(attributes), options);

    /// <summary>Creates or updates a person from the caller's own attribute type (<c>identify</c>).</summary>
    /// <typeparam name="TAttributes">The attribute type; it must serialize to a JSON object.</typeparam>
    /// <param name="person">The person.</param>
    /// <param name="attributes">The attributes.</param>
    /// <param name="attributesTypeInfo">The type's JSON metadata.</param>
    /// <param name="options">Reserved attributes.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation Identify<TAttributes>(PersonIdentifier person, TAttributes attributes, JsonTypeInfo<TAttributes> attributesTypeInfo, IdentifyOptions? options = null) =>
        Identify(person, IdentifyBodies.Attributes(attributes, attributesTypeInfo), options);

    /// <summary>Deletes a person (<c>delete</c>).</summary>
    /// <param name="person">The person.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation Delete(PersonIdentifier person) => Simple(person, "delete");

    /// <summary>Deletes a person and blocks the identifier (<c>suppress</c>).</summary>
    /// <param name="person">The person.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation Suppress(PersonIdentifier person) => Simple(person, "suppress");

    /// <summary>Frees a suppressed identifier (<c>unsuppress</c>).</summary>
    /// <param name="person">The person.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation Unsuppress(PersonIdentifier person) => Simple(person, "unsuppress");

    /// <summary>An event the person performed (<c>event</c>); the data is sent as the operation's <c>attributes</c>.</summary>
    /// <param name="person">The person.</param>
    /// <param name="name">The event's name (at most 100 bytes).</param>
    /// <param name="data">The event's data (at most 100,000 bytes as JSON).</param>
    /// <param name="options">The event's id (a new ULID when empty) and time.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation Event(PersonIdentifier person, string name, IReadOnlyDictionary<string, object?>? data = null, EventOptions? options = null) =>
        EventOf(person, "event", name, EventBodies.Data(data), options);

    /// <summary>An event with the caller's own data type (<c>event</c>).</summary>
    /// <typeparam name="TData">The data type; it must serialize to a JSON object.</typeparam>
    /// <param name="person">The person.</param>
    /// <param name="name">The event's name (at most 100 bytes).</param>
    /// <param name="data">The event's data.</param>
    /// <param name="dataTypeInfo">The type's JSON metadata.</param>
    /// <param name="options">The event's id and time.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation Event<TData>(PersonIdentifier person, string name, TData data, JsonTypeInfo<TData> dataTypeInfo, EventOptions? options = null) =>
        EventOf(person, "event", name, EventBodies.Data(data, dataTypeInfo), options);

    /// <summary>A page view (<c>page</c>): the name is the page's URL or path.</summary>
    /// <param name="person">The person.</param>
    /// <param name="url">The page's URL or path.</param>
    /// <param name="data">The event's data.</param>
    /// <param name="options">The event's id and time.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation Page(PersonIdentifier person, string url, IReadOnlyDictionary<string, object?>? data = null, EventOptions? options = null) =>
        EventOf(person, "page", url, EventBodies.Data(data), options);

    /// <summary>A mobile screen view (<c>screen</c>).</summary>
    /// <param name="person">The person.</param>
    /// <param name="screen">The screen's name.</param>
    /// <param name="data">The event's data.</param>
    /// <param name="options">The event's id and time.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation Screen(PersonIdentifier person, string screen, IReadOnlyDictionary<string, object?>? data = null, EventOptions? options = null) =>
        EventOf(person, "screen", screen, EventBodies.Data(data), options);

    /// <summary>Relates the person to objects (<c>add_relationships</c>).</summary>
    /// <param name="person">The person.</param>
    /// <param name="relationships">Relationships made with <see cref="Relationship.WithObject"/>; at least one.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation AddRelationships(PersonIdentifier person, IEnumerable<Relationship> relationships) =>
        Relationships(person, "add_relationships", relationships);

    /// <summary>Removes relationships between the person and objects (<c>delete_relationships</c>).</summary>
    /// <param name="person">The person.</param>
    /// <param name="relationships">Relationships made with <see cref="Relationship.WithObject"/>; at least one.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation DeleteRelationships(PersonIdentifier person, IEnumerable<Relationship> relationships) =>
        Relationships(person, "delete_relationships", relationships);

    /// <summary>Adds or updates a device (<c>add_device</c>).</summary>
    /// <param name="person">The person.</param>
    /// <param name="device">The device.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation AddDevice(PersonIdentifier person, Device device)
    {
        if (device is null)
        {
            throw new ArgumentNullException(nameof(device));
        }

        Validation.Guard.Timestamp(device.LastUsed, "device.LastUsed");
        var wire = new DeviceWire { Token = device.Token, Platform = device.Platform.Value, LastUsed = device.LastUsed, Attributes = device.WireAttributes() };
        return TrackOperation.Create(new OperationBody { Type = Type, Action = "add_device", Identifiers = Identifiers(person), Device = wire }, isIdempotent: true, LaneKey(person), nameof(device));
    }

    /// <summary>Removes a device (<c>delete_device</c>).</summary>
    /// <param name="person">The person.</param>
    /// <param name="deviceToken">The device's push token.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation DeleteDevice(PersonIdentifier person, string deviceToken)
    {
        Validation.Guard.NotEmpty(deviceToken, nameof(deviceToken), "device token");
        var body = new OperationBody { Type = Type, Action = "delete_device", Identifiers = Identifiers(person), Device = new DeviceWire { Token = deviceToken } };
        return TrackOperation.Create(body, isIdempotent: true, LaneKey(person));
    }

    /// <summary>
    /// Merges the secondary person into the primary (<c>merge</c>); the secondary is deleted. Not idempotent. In a
    /// <see cref="TrackQueue"/> it keeps its order among the primary's operations, not the secondary's.
    /// </summary>
    /// <param name="primary">The person who remains.</param>
    /// <param name="secondary">The person merged and deleted.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation Merge(PersonIdentifier primary, PersonIdentifier secondary)
    {
        var body = new OperationBody { Type = Type, Action = "merge", Primary = Checked(primary, nameof(primary)), Secondary = Checked(secondary, nameof(secondary)) };
        return TrackOperation.Create(body, isIdempotent: false, LaneKey(primary));
    }

    internal static RawJson Identifiers(PersonIdentifier person) =>
        new(WireJson.Serialize(Checked(person, nameof(person)), CustomerIOJsonContext.Wire.PersonIdentifier, nameof(person)));

    internal static int LaneKey(PersonIdentifier person) => Queue.Engine.LaneHash.Of(person.WireName, person.Value);

    /// <summary>Refuses a <c>default</c> identifier (its <see cref="PersonIdentifier.Value"/> throws) before it is serialized.</summary>
    internal static PersonIdentifier Checked(PersonIdentifier person, string parameterName)
    {
        if (person.Equals(default(PersonIdentifier)))
        {
            throw new ArgumentNullException(parameterName);
        }

        return person;
    }

    private static TrackOperation Identify(PersonIdentifier person, byte[] attributes, IdentifyOptions? options)
    {
        if (options?.RelationshipAction == RelationshipAction.Delete && options.Relationships is { Count: > 0 })
        {
            throw new CustomerIOValidationException("options", "A Track v2 identify only adds relationships; use PersonOperation.DeleteRelationships to remove them.");
        }

        var body = new OperationBody
        {
            Type = Type,
            Action = "identify",
            Identifiers = Identifiers(person),
            Timestamp = options?.Timestamp,
            Attributes = new RawJson(IdentifyBodies.V2(attributes, options)),
            Relationships = options?.Relationships is { Count: > 0 } relationships ? Relationship.ToWire(relationships, "options.Relationships", RelationshipTarget.Object) : null,
        };
        return TrackOperation.Create(body, isIdempotent: true, LaneKey(person));
    }

    private static TrackOperation Simple(PersonIdentifier person, string action) =>
        TrackOperation.Create(new OperationBody { Type = Type, Action = action, Identifiers = Identifiers(person) }, isIdempotent: true, LaneKey(person));

    private static TrackOperation EventOf(PersonIdentifier person, string action, string name, RawJson? data, EventOptions? options)
    {
        EventBodies.Name(name);
        Validation.Guard.Timestamp(options?.Timestamp, "options.Timestamp");
        var body = new OperationBody
        {
            Type = Type,
            Action = action,
            Identifiers = Identifiers(person),
            Name = name,
            Id = EventBodies.Id(options),
            Timestamp = options?.Timestamp,
            Attributes = data,
        };
        return TrackOperation.Create(body, isIdempotent: true, LaneKey(person));
    }

    private static TrackOperation Relationships(PersonIdentifier person, string action, IEnumerable<Relationship> relationships)
    {
        var list = Relationship.ToWire(relationships, nameof(relationships), RelationshipTarget.Object);
        return TrackOperation.Create(new OperationBody { Type = Type, Action = action, Identifiers = Identifiers(person), Relationships = list }, isIdempotent: true, LaneKey(person));
    }
}
