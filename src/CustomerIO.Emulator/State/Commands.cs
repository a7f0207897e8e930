namespace CustomerIO.Emulator.State;

/// <summary>A parsed identify (v1 body or v2 operation), ready to apply to a person.</summary>
internal sealed class IdentifyCommand
{
    /// <summary>Attribute name to raw JSON value; a null value removes the attribute (sent as null or "").</summary>
    public List<KeyValuePair<string, byte[]?>> Attributes { get; } = [];

    /// <summary><c>_update</c>: update an existing person only, never create.</summary>
    public bool UpdateOnly { get; set; }

    /// <summary><c>_timestamp</c>: updates older than the person's latest are ignored.</summary>
    public long? Timestamp { get; set; }

    public Dictionary<string, bool>? Topics { get; set; }

    public string? AnonymousId { get; set; }

    public string? Id { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public List<RelationshipChange> Relationships { get; } = [];

    public bool DeleteRelationships { get; set; }
}

/// <summary>One side of a relationship: an object (for person operations) or a person (for object operations).</summary>
internal sealed record RelationshipChange(ObjectKey? Object, string? CioObjectId, IdentifierKind PersonKind, string? PersonValue, string? AnonymousId, byte[]? Attributes);

/// <summary>Identifies an object by type and id.</summary>
internal readonly record struct ObjectKey(string TypeId, string ObjectId);

/// <summary>A device as sent by v1 (<c>id</c>) or v2 (<c>token</c>).</summary>
internal sealed record DeviceCommand(string Token, string? Platform, long? LastUsed, byte[]? Attributes);
