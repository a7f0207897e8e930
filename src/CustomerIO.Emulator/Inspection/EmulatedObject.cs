using System.Text.Json;

namespace CustomerIO.Emulator;

/// <summary>A snapshot of one object (a company, account, ...).</summary>
public sealed record EmulatedObject
{
    /// <summary>The object type id (<c>"1"</c>).</summary>
    public required string ObjectTypeId { get; init; }

    /// <summary>The object's id within its type.</summary>
    public required string ObjectId { get; init; }

    /// <summary>The emulator-assigned cio object id.</summary>
    public required string CioObjectId { get; init; }

    /// <summary>Attributes by name.</summary>
    public required IReadOnlyDictionary<string, JsonElement> Attributes { get; init; }

    /// <summary>Relationships to people (identified or anonymous).</summary>
    public required IReadOnlyList<EmulatedRelationship> Relationships { get; init; }

    /// <summary>When the emulator created the object.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the object last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>A relationship between a person (or anonymous id) and an object.</summary>
public sealed record EmulatedRelationship
{
    /// <summary>The person's cio id, when the person side is identified.</summary>
    public string? PersonCioId { get; init; }

    /// <summary>The anonymous id, when the relationship was made with <c>identify_anonymous</c>.</summary>
    public string? AnonymousId { get; init; }

    /// <summary>The object type id.</summary>
    public required string ObjectTypeId { get; init; }

    /// <summary>The object id.</summary>
    public required string ObjectId { get; init; }

    /// <summary>The <c>relationship_attributes</c>, if sent.</summary>
    public JsonElement? Attributes { get; init; }
}
