using System.Text.Json.Serialization;
using CustomerIO.Serialization;
using CustomerIO.Validation;

namespace CustomerIO.Track;

/// <summary>Identifies one object (a company, an account, …): by type id and object id, or by Customer.io's <c>cio_object_id</c>.</summary>
[JsonConverter(typeof(ObjectIdentifierJsonConverter))]
public sealed class ObjectIdentifier : IEquatable<ObjectIdentifier>
{
    private ObjectIdentifier(string? objectTypeId, string? objectId, string? cioObjectId)
    {
        ObjectTypeId = objectTypeId;
        ObjectId = objectId;
        CioObjectId = cioObjectId;
    }

    /// <summary>The object type's id, as the workspace numbers its object types (for example <c>"1"</c>).</summary>
    public string? ObjectTypeId { get; }

    /// <summary>The object's own id within its type.</summary>
    public string? ObjectId { get; }

    /// <summary>Customer.io's id for the object, when identified that way.</summary>
    public string? CioObjectId { get; }

    /// <summary>Identifies an object by its type id and its own id.</summary>
    /// <param name="objectTypeId">The object type's id, for example <c>"1"</c>.</param>
    /// <param name="objectId">The object's id (at most 150 UTF-8 bytes).</param>
    /// <returns>The identifier.</returns>
    public static ObjectIdentifier Of(string objectTypeId, string objectId)
    {
        Guard.NotEmpty(objectTypeId, nameof(objectTypeId), "object type id");
        Guard.Text(objectId, nameof(objectId), CustomerIOLimits.MaxIdentifierBytes, "object id");
        return new ObjectIdentifier(objectTypeId, objectId, null);
    }

    /// <summary>Identifies an object by Customer.io's <c>cio_object_id</c>.</summary>
    /// <param name="cioObjectId">The cio_object_id.</param>
    /// <returns>The identifier.</returns>
    public static ObjectIdentifier ByCioObjectId(string cioObjectId)
    {
        Guard.Text(cioObjectId, nameof(cioObjectId), CustomerIOLimits.MaxIdentifierBytes, "cio_object_id");
        return new ObjectIdentifier(null, null, cioObjectId);
    }

    /// <inheritdoc/>
    public bool Equals(ObjectIdentifier? other) =>
        other is not null
        && string.Equals(ObjectTypeId, other.ObjectTypeId, StringComparison.Ordinal)
        && string.Equals(ObjectId, other.ObjectId, StringComparison.Ordinal)
        && string.Equals(CioObjectId, other.CioObjectId, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ObjectIdentifier);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        (ObjectTypeId, ObjectId, CioObjectId).GetHashCode();

    /// <summary>Names the object type only: object ids may be personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => CioObjectId is null ? $"ObjectIdentifier(type {ObjectTypeId})" : "ObjectIdentifier(cio_object_id)";
}
