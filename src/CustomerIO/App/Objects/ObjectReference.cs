using CustomerIO.Transport;
using CustomerIO.Validation;

namespace CustomerIO.App;

/// <summary>
/// How the object reads find an object of a type: by its <c>object_id</c> (yours) or by the <c>cio_object_id</c>
/// Customer.io gave it. Sent as the path segment with <c>id_type</c>.
/// </summary>
public readonly struct ObjectReference : IEquatable<ObjectReference>
{
    private readonly string? _kind;
    private readonly string? _value;

    private ObjectReference(string kind, string value, string parameterName)
    {
        Guard.Text(value, parameterName, CustomerIOLimits.MaxIdentifierBytes, "object identifier");
        _kind = kind;
        _value = value;
    }

    /// <summary>The kind as the API names it: <c>object_id</c> or <c>cio_object_id</c>; empty for <c>default</c>.</summary>
    public string IdType => _kind ?? string.Empty;

    /// <summary>The identifier's text.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is the default value, which names no object.</summary>
    public bool IsDefault => _value is null;

    /// <summary>An object by its id (yours, unique within its type).</summary>
    /// <param name="objectId">The id: not empty, at most 150 bytes.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="CustomerIOValidationException">The id is empty or too long.</exception>
    public static ObjectReference ObjectId(string objectId) => new("object_id", objectId, nameof(objectId));

    /// <summary>An object by the id Customer.io gave it (<c>cio_object_id</c>).</summary>
    /// <param name="cioObjectId">The Customer.io object id.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="CustomerIOValidationException">The id is empty or too long.</exception>
    public static ObjectReference CioObjectId(string cioObjectId) => new("cio_object_id", cioObjectId, nameof(cioObjectId));

    /// <summary>An object by its id, from text.</summary>
    /// <param name="objectId">The id.</param>
    public static implicit operator ObjectReference(string objectId) => ObjectId(objectId);

    /// <summary>Whether two identifiers name the same object the same way.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ObjectReference left, ObjectReference right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ObjectReference left, ObjectReference right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ObjectReference other) => IdType == other.IdType && string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ObjectReference other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value ?? string.Empty);

    /// <summary>The kind only: identifiers can be personal data and stay out of logs.</summary>
    /// <returns>For example <c>ObjectReference(object_id)</c>.</returns>
    public override string ToString() => $"ObjectReference({_kind ?? "default"})";

    /// <summary>The path value of an object read, refusing the default value.</summary>
    internal PathValue ToPathValue(string parameterName) => IsDefault
        ? throw new CustomerIOValidationException(parameterName, "The object identifier must be set: use ObjectReference.ObjectId or CioObjectId.")
        : new(Value, parameterName, "object identifier");
}
