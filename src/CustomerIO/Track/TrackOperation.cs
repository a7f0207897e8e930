using System.Text.Json;
using CustomerIO.Serialization;
using CustomerIO.Track.Wire;

namespace CustomerIO.Track;

/// <summary>
/// One Track v2 operation (<c>type</c> + <c>action</c>), serialized once when created and checked against the
/// 32 KB limit then. Create them with <see cref="PersonOperation"/>, <see cref="ObjectOperation"/> and
/// <see cref="DeliveryOperation"/>; send them with <see cref="TrackClient.SendAsync(TrackOperation, CancellationToken)"/>
/// or <see cref="TrackClient.SendBatchAsync"/>. Immutable and safe to send again.
/// </summary>
public sealed class TrackOperation
{
    private readonly byte[] _json;

    private TrackOperation(string type, string action, byte[] json, bool isIdempotent, string? eventId, int laneHash)
    {
        Type = type;
        Action = action;
        _json = json;
        IsIdempotent = isIdempotent;
        EventId = eventId;
        LaneHash = laneHash;
    }

    /// <summary>The entity type: <c>person</c>, <c>object</c> or <c>delivery</c>.</summary>
    public string Type { get; }

    /// <summary>The action, for example <c>identify</c> or <c>event</c>.</summary>
    public string Action { get; }

    /// <summary>Whether sending the operation twice has the effect of sending it once (events carry a ULID id).</summary>
    public bool IsIdempotent { get; }

    /// <summary>The event's ULID id, for event, page and screen operations.</summary>
    public string? EventId { get; }

    /// <summary>The operation's size as JSON, in bytes (at most <see cref="CustomerIOLimits.MaxOperationBytes"/>).</summary>
    public int SizeInBytes => _json.Length;

    /// <summary>The operation as UTF-8 JSON, exactly as it is sent.</summary>
    public ReadOnlyMemory<byte> Json => _json;

    /// <summary>The hash of the entity the operation is about: equal hashes share an upload lane, which keeps their order.</summary>
    internal int LaneHash { get; }

    /// <summary>The JSON array itself (never changed after creation), for the queue to hold without copying.</summary>
    internal byte[] JsonArray => _json;

    /// <summary>Names the type, action and size only: identifiers and attributes are personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Type} {Action} ({SizeInBytes} bytes)";

    internal static TrackOperation Create(OperationBody body, bool isIdempotent, int laneHash, string parameterName = "operation")
    {
        var json = WireJson.Serialize(body, CustomerIOJsonContext.Wire.OperationBody, parameterName);
        if (json.Length > CustomerIOLimits.MaxOperationBytes)
        {
            throw Validation.Guard.TooLarge("operation", $"{body.Type} {body.Action} operation", CustomerIOLimits.MaxOperationBytes, json.Length);
        }

        return new TrackOperation(body.Type, body.Action, json, isIdempotent, body.Id, laneHash);
    }
}
