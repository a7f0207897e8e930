using System.Text.Json;

namespace CustomerIO.App;

/// <summary>The object answers: identifiers, types, attributes, related people.</summary>
public static partial class AppModelFactory
{
    /// <summary>An object's identifiers.</summary>
    /// <param name="objectId">Your id of the object.</param>
    /// <param name="cioObjectId">Customer.io's id of it.</param>
    /// <returns>The identifiers.</returns>
    public static ObjectIdentifiers ObjectIdentifiers(string? objectId = null, string? cioObjectId = null) => new() { ObjectId = objectId, CioObjectId = cioObjectId };

    /// <summary>An object type.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="singularName">Its name for one object.</param>
    /// <param name="enabled">Whether it is enabled.</param>
    /// <returns>The type.</returns>
    public static ObjectType ObjectType(string id, string? name = null, string? singularName = null, bool enabled = true) =>
        new() { Id = id, Name = name, SingularName = singularName, Enabled = enabled };

    /// <summary>An object with its attributes.</summary>
    /// <param name="objectTypeId">Its type id.</param>
    /// <param name="identifiers">Its identifiers.</param>
    /// <param name="attributes">Its attributes.</param>
    /// <returns>The object.</returns>
    public static ObjectAttributes ObjectAttributes(string objectTypeId, ObjectIdentifiers? identifiers = null, IReadOnlyDictionary<string, JsonElement>? attributes = null) =>
        new() { ObjectTypeId = objectTypeId, Identifiers = identifiers, Attributes = attributes };

    /// <summary>A person related to an object.</summary>
    /// <param name="identifiers">The person's identifiers.</param>
    /// <param name="objectTypeId">The object's type id.</param>
    /// <returns>The relationship.</returns>
    public static ObjectRelationship ObjectRelationship(CustomerIdentifiers identifiers, string objectTypeId) => new() { Identifiers = identifiers, ObjectTypeId = objectTypeId };
}
