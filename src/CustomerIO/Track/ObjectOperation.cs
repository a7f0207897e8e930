using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CustomerIO.Serialization;
using CustomerIO.Track;
using CustomerIO.Track.Wire;

namespace CustomerIO.Track;

/// <summary>Creates Track v2 operations on objects (<c>type: object</c>): companies, accounts, courses, …</summary>
public static class ObjectOperation
{
    private const string Type = "object";

    /// <summary>Creates or updates an object (<c>identify</c>), optionally relating people to it.</summary>
    /// <param name="target">The object.</param>
    /// <param name="attributes">The object's attributes (limits as for people).</param>
    /// <param name="relationships">People to relate, made with <see cref="Relationship.WithPerson"/>.</param>
    /// <param name="timestamp">When the update happened.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation Identify(ObjectIdentifier target, IReadOnlyDictionary<string, object?>? attributes = null, IEnumerable<Relationship>? relationships = null, DateTimeOffset? timestamp = null) =>
        IdentifyOf("identify", target, IdentifyBodies.Attributes(attributes), PeopleOrNone(relationships), timestamp);

    /// <summary>Creates or updates an object from the caller's own attribute type (<c>identify</c>).</summary>
    /// <typeparam name="TAttributes">The attribute type; it must serialize to a JSON object.</typeparam>
    /// <param name="target">The object.</param>
    /// <param name="attributes">The object's attributes.</param>
    /// <param name="attributesTypeInfo">The type's JSON metadata.</param>
    /// <param name="relationships">People to relate.</param>
    /// <param name="timestamp">When the update happened.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation Identify<TAttributes>(ObjectIdentifier target, TAttributes attributes, JsonTypeInfo<TAttributes> attributesTypeInfo, IEnumerable<Relationship>? relationships = null, DateTimeOffset? timestamp = null) =>
        IdentifyOf("identify", target, IdentifyBodies.Attributes(attributes, attributesTypeInfo), PeopleOrNone(relationships), timestamp);

    /// <summary>
    /// Creates or updates an object and relates it to people not yet identified (<c>identify_anonymous</c>): the
    /// relationships are made with <see cref="Relationship.WithAnonymousPerson"/>.
    /// </summary>
    /// <param name="target">The object.</param>
    /// <param name="relationships">Anonymous people to relate; at least one.</param>
    /// <param name="attributes">The object's attributes.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation IdentifyAnonymous(ObjectIdentifier target, IEnumerable<Relationship> relationships, IReadOnlyDictionary<string, object?>? attributes = null) =>
        IdentifyOf("identify_anonymous", target, IdentifyBodies.Attributes(attributes), Relationship.ToWire(relationships, nameof(relationships), RelationshipTarget.AnonymousPerson), timestamp: null);

    /// <summary>Deletes an object (<c>delete</c>).</summary>
    /// <param name="target">The object.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation Delete(ObjectIdentifier target) =>
        TrackOperation.Create(new OperationBody { Type = Type, Action = "delete", Identifiers = Identifiers(target) }, isIdempotent: true, LaneKey(target));

    /// <summary>Relates people to the object (<c>add_relationships</c>).</summary>
    /// <param name="target">The object.</param>
    /// <param name="relationships">People, made with <see cref="Relationship.WithPerson"/>; at least one.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation AddRelationships(ObjectIdentifier target, IEnumerable<Relationship> relationships) =>
        RelationshipsOf("add_relationships", target, relationships);

    /// <summary>Removes relationships between people and the object (<c>delete_relationships</c>).</summary>
    /// <param name="target">The object.</param>
    /// <param name="relationships">People, made with <see cref="Relationship.WithPerson"/>; at least one.</param>
    /// <returns>The operation.</returns>
    public static TrackOperation DeleteRelationships(ObjectIdentifier target, IEnumerable<Relationship> relationships) =>
        RelationshipsOf("delete_relationships", target, relationships);

    private static RelationshipWire[]? PeopleOrNone(IEnumerable<Relationship>? relationships) =>
        relationships is null || !relationships.Any() ? null : Relationship.ToWire(relationships, nameof(relationships), RelationshipTarget.Person, RelationshipTarget.AnonymousPerson);

    private static TrackOperation IdentifyOf(string action, ObjectIdentifier target, byte[] attributes, RelationshipWire[]? relationships, DateTimeOffset? timestamp)
    {
        Serialization.AttributeJson.ValidateAttributes(attributes, "attributes", isPerson: false);
        Validation.Guard.Timestamp(timestamp, nameof(timestamp));
        var body = new OperationBody
        {
            Type = Type,
            Action = action,
            Identifiers = Identifiers(target),
            Timestamp = timestamp,
            Attributes = new RawJson(attributes),
            Relationships = relationships,
        };
        return TrackOperation.Create(body, isIdempotent: true, LaneKey(target));
    }

    private static TrackOperation RelationshipsOf(string action, ObjectIdentifier target, IEnumerable<Relationship> relationships)
    {
        var people = Relationship.ToWire(relationships, nameof(relationships), RelationshipTarget.Person, RelationshipTarget.AnonymousPerson);
        var body = new OperationBody { Type = Type, Action = action, Identifiers = Identifiers(target), Relationships = people };
        return TrackOperation.Create(body, isIdempotent: true, LaneKey(target));
    }

    private static RawJson Identifiers(ObjectIdentifier target) =>
        new(WireJson.Serialize(target ?? throw new ArgumentNullException(nameof(target)), CustomerIOJsonContext.Wire.ObjectIdentifier, nameof(target)));

    private static int LaneKey(ObjectIdentifier target) =>
        target.CioObjectId is { } cio ? Queue.Engine.LaneHash.Of("cio_object_id", cio) : Queue.Engine.LaneHash.Of("object:" + target.ObjectTypeId, target.ObjectId!);
}
