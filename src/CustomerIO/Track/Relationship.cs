using System.Text.Json;
using CustomerIO.Serialization;
using CustomerIO.Track.Wire;

namespace CustomerIO.Track;

/// <summary>
/// A relationship between a person and an object, seen from one side: from a person it names the object,
/// from an object it names the person. It may carry attributes of its own.
/// </summary>
public sealed class Relationship
{
    private readonly RawJson _identifiers;
    private readonly RawJson? _attributes;

    private Relationship(RelationshipTarget target, RawJson identifiers, IReadOnlyDictionary<string, object?>? attributes)
    {
        Target = target;
        _identifiers = identifiers;
        if (attributes is not null)
        {
            var json = AttributeJson.Serialize(attributes, "relationshipAttributes");
            AttributeJson.ValidateAttributes(json, "relationshipAttributes", isPerson: false);
            _attributes = new RawJson(json);
        }
    }

    /// <summary>A relationship to an object (used from a person's side).</summary>
    /// <param name="target">The object.</param>
    /// <param name="attributes">The relationship's own attributes, if any.</param>
    /// <returns>The relationship.</returns>
    public static Relationship WithObject(ObjectIdentifier target, IReadOnlyDictionary<string, object?>? attributes = null)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        return new(RelationshipTarget.Object, new RawJson(WireJson.Serialize(target, CustomerIOJsonContext.Wire.ObjectIdentifier, nameof(target))), attributes);
    }

    /// <summary>A relationship to a person (used from an object's side).</summary>
    /// <param name="target">The person.</param>
    /// <param name="attributes">The relationship's own attributes, if any.</param>
    /// <returns>The relationship.</returns>
    public static Relationship WithPerson(PersonIdentifier target, IReadOnlyDictionary<string, object?>? attributes = null) =>
        new(RelationshipTarget.Person, new RawJson(WireJson.Serialize(target, CustomerIOJsonContext.Wire.PersonIdentifier, nameof(target))), attributes);

    /// <summary>A relationship to an anonymous person, by <c>anonymous_id</c> (used from an object's side).</summary>
    /// <param name="anonymousId">The anonymous id.</param>
    /// <param name="attributes">The relationship's own attributes, if any.</param>
    /// <returns>The relationship.</returns>
    public static Relationship WithAnonymousPerson(string anonymousId, IReadOnlyDictionary<string, object?>? attributes = null)
    {
        Validation.Guard.Text(anonymousId, nameof(anonymousId), CustomerIOLimits.MaxIdentifierBytes, "anonymous id");
        var identifiers = new Dictionary<string, string> { ["anonymous_id"] = anonymousId };
        return new(RelationshipTarget.AnonymousPerson, new RawJson(WireJson.Serialize(identifiers, CustomerIOJsonContext.Wire.DictionaryStringString, nameof(anonymousId))), attributes);
    }

    /// <summary>Describes the relationship without identifiers (personal data).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => _attributes is null ? "Relationship" : "Relationship (with attributes)";

    /// <summary>What the relationship points at.</summary>
    internal RelationshipTarget Target { get; }

    internal RelationshipWire ToWire() => new() { Identifiers = _identifiers, Attributes = _attributes };

    /// <summary>
    /// Checks that every relationship points at what the operation's side allows (a person relates to objects,
    /// an object to people) and answers them on the wire.
    /// </summary>
    internal static RelationshipWire[] ToWire(IEnumerable<Relationship> relationships, string parameterName, params RelationshipTarget[] allowed)
    {
        if (relationships is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        var list = new List<RelationshipWire>();
        foreach (var relationship in relationships)
        {
            if (relationship is null)
            {
                throw new ArgumentNullException(parameterName, "A relationship is null.");
            }

            if (Array.IndexOf(allowed, relationship.Target) < 0)
            {
                throw new CustomerIOValidationException(parameterName, $"This operation relates to {Describe(allowed)}, but a relationship points at {Describe([relationship.Target])}.");
            }

            list.Add(relationship.ToWire());
        }

        if (list.Count == 0)
        {
            throw new CustomerIOValidationException(parameterName, "At least one relationship is required.");
        }

        return list.ToArray();
    }

    private static string Describe(RelationshipTarget[] targets) => string.Join(" or ", Array.ConvertAll(targets, t => t switch
    {
        RelationshipTarget.Object => "an object (Relationship.WithObject)",
        RelationshipTarget.Person => "a person (Relationship.WithPerson)",
        _ => "an anonymous person (Relationship.WithAnonymousPerson)",
    }));
}

/// <summary>What a <see cref="Relationship"/> points at.</summary>
internal enum RelationshipTarget
{
    Object,
    Person,
    AnonymousPerson,
}
