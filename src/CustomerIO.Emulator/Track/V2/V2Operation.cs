using System.Runtime.CompilerServices;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;

namespace CustomerIO.Emulator.Track.V2;

/// <summary>The entity kinds of a v2 operation.</summary>
internal enum EntityType
{
    Unknown,
    Person,
    Object,
    Delivery,
}

/// <summary>The actions of a v2 operation.</summary>
internal enum V2Action
{
    Unknown,
    Identify,
    IdentifyAnonymous,
    Delete,
    Event,
    Page,
    Screen,
    AddRelationships,
    DeleteRelationships,
    AddDevice,
    DeleteDevice,
    Merge,
    Suppress,
    Unsuppress,
}

/// <summary>Indexes into <see cref="V2Operation.Fields"/>.</summary>
internal static class V2Field
{
    public const int Type = 0;
    public const int Action = 1;
    public const int Identifiers = 2;
    public const int Name = 3;
    public const int Id = 4;
    public const int Timestamp = 5;
    public const int Attributes = 6;
    public const int Device = 7;
    public const int Relationships = 8;
    public const int Primary = 9;
    public const int Secondary = 10;
    public const int AnonymousId = 11;
    public const int Count = 12;
}

/// <summary>The top-level fields of one operation, inline (no allocation per operation).</summary>
[InlineArray(V2Field.Count)]
internal struct V2Fields
{
    private JsonSlice _first;
}

/// <summary>
/// One v2 operation located in the request buffer: its fields as slices plus what validation
/// resolved (entity, action, identifier). Batches keep these in a pooled array between parsing and applying.
/// </summary>
internal struct V2Operation
{
    public int Start;
    public int Length;
    public V2Fields Fields;
    public EntityType Type;
    public V2Action Action;

    /// <summary>For people and deliveries: which identifier, and its value. Unset for anonymous events and merges.</summary>
    public IdentifierKind PersonKind;
    public JsonSlice PersonValue;

    /// <summary>For objects: type and id, or cio object id.</summary>
    public JsonSlice ObjectTypeId;
    public JsonSlice ObjectId;
    public JsonSlice CioObjectId;

    public OperationError? Error;

    public readonly bool IsEventLike => Type == EntityType.Person && Action is V2Action.Event or V2Action.Page or V2Action.Screen;
}
