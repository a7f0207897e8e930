using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Track.Shared;
using CustomerIO.Emulator.Validation;

namespace CustomerIO.Emulator.Track.V2;

/// <summary>Applies validated v2 operations to the state. Event-like operations take the allocation-light path.</summary>
internal static class V2OperationApplier
{
    /// <summary>Applies one valid operation; answers the reason it was ignored, if any.</summary>
    public static string? Apply(EmulatorState state, ReadOnlySpan<byte> buffer, ref V2Operation op, DateTimeOffset now) => op.Type switch
    {
        EntityType.Person => ApplyPerson(state, buffer, ref op, now),
        EntityType.Object => ApplyObject(state, buffer, ref op, now),
        _ => ApplyDelivery(state, buffer, ref op, now),
    };

    private static string? ApplyPerson(EmulatorState state, ReadOnlySpan<byte> buffer, ref V2Operation op, DateTimeOffset now)
    {
        ref var f = ref op.Fields;
        if (op.IsEventLike)
        {
            return RecordEvent(state, buffer, ref op, now);
        }

        if (op.Action == V2Action.Merge)
        {
            IdentifierRules.ParsePerson(buffer, f[V2Field.Primary], "primary", out var primaryKind, out var primary);
            IdentifierRules.ParsePerson(buffer, f[V2Field.Secondary], "secondary", out var secondaryKind, out var secondary);
            return state.Merge(primaryKind, primary.GetString(buffer), secondaryKind, secondary.GetString(buffer), now);
        }

        var value = op.PersonValue.GetString(buffer);
        switch (op.Action)
        {
            case V2Action.Identify:
                var command = new IdentifyCommand();
                IdentifyParser.Parse(buffer, f[V2Field.Attributes], "attributes", command, v1: false);
                if (f[V2Field.Relationships].IsArray)
                {
                    RelationshipParser.Parse(buffer, f[V2Field.Relationships], "cio_relationships", targetsPeople: false, command.Relationships);
                }

                if (f[V2Field.AnonymousId].IsString && f[V2Field.AnonymousId].Length > 2)
                {
                    command.AnonymousId = f[V2Field.AnonymousId].GetString(buffer);
                }

                return state.Identify(op.PersonKind, value, command, now);
            case V2Action.Delete:
                return state.DeletePerson(op.PersonKind, value);
            case V2Action.Suppress:
                state.Suppress(op.PersonKind, value);
                return null;
            case V2Action.Unsuppress:
                state.Unsuppress(op.PersonKind, value);
                return null;
            case V2Action.AddRelationships or V2Action.DeleteRelationships:
                var changes = new List<RelationshipChange>();
                RelationshipParser.Parse(buffer, f[V2Field.Relationships], "cio_relationships", targetsPeople: false, changes);
                return state.ChangePersonRelationships(op.PersonKind, value, changes, op.Action == V2Action.DeleteRelationships, now);
            case V2Action.AddDevice:
                DeviceParser.Parse(buffer, f[V2Field.Device], v1: false, tokenOnly: false, out var device);
                return state.AddDevice(op.PersonKind, value, device!, now);
            default:
                DeviceParser.Parse(buffer, f[V2Field.Device], v1: false, tokenOnly: true, out var deleted);
                return state.DeleteDevice(op.PersonKind, value, deleted!.Token);
        }
    }

    private static string? RecordEvent(EmulatorState state, ReadOnlySpan<byte> buffer, ref V2Operation op, DateTimeOffset now)
    {
        ref var f = ref op.Fields;
        var nameSlice = f[V2Field.Name];
        var name = nameSlice.Escaped ? nameSlice.GetString(buffer) : state.InternName(nameSlice.RawValue(buffer));
        var type = op.Action switch
        {
            V2Action.Page => "page",
            V2Action.Screen => "screen",
            _ => "event",
        };
        var timestamp = f[V2Field.Timestamp].IsPresent ? f[V2Field.Timestamp].GetInt64(buffer) : null;
        Span<byte> scratch = stackalloc byte[256];
        var id = EventRules.IdBytes(buffer, f[V2Field.Id], scratch);
        var data = EventRules.Data(buffer, f[V2Field.Attributes]);
        if (!op.PersonValue.IsPresent)
        {
            state.RecordAnonymousEvent(f[V2Field.AnonymousId].GetString(buffer), name, id, type, timestamp, data, now);
            return null;
        }

        Span<char> chars = stackalloc char[PersonIdentifierText.MaxChars];
        var length = PersonIdentifierText.Decode(buffer, op.PersonValue, chars);
        return state.RecordPersonEvent(op.PersonKind, chars[..length], name, id, type, timestamp, data, now);
    }

    private static string? ApplyObject(EmulatorState state, ReadOnlySpan<byte> buffer, ref V2Operation op, DateTimeOffset now)
    {
        ref var f = ref op.Fields;
        var cioObjectId = op.CioObjectId.IsPresent && !op.CioObjectId.IsNull ? op.CioObjectId.GetString(buffer) : null;
        ObjectKey? key = cioObjectId is null ? new ObjectKey(op.ObjectTypeId.GetString(buffer), op.ObjectId.GetString(buffer)) : null;
        switch (op.Action)
        {
            case V2Action.Identify or V2Action.IdentifyAnonymous:
                var command = new IdentifyCommand();
                IdentifyParser.Parse(buffer, f[V2Field.Attributes], "attributes", command, v1: false, isObject: true);
                if (f[V2Field.Relationships].IsArray)
                {
                    RelationshipParser.Parse(buffer, f[V2Field.Relationships], "cio_relationships", targetsPeople: true, command.Relationships);
                }

                return state.IdentifyObject(key, cioObjectId, command, now);
            case V2Action.Delete:
                return state.DeleteObject(key, cioObjectId);
            default:
                var changes = new List<RelationshipChange>();
                RelationshipParser.Parse(buffer, f[V2Field.Relationships], "cio_relationships", targetsPeople: true, changes);
                return state.ChangeObjectRelationships(key, cioObjectId, changes, op.Action == V2Action.DeleteRelationships, now);
        }
    }

    private static readonly byte[][] DeliveryAttributeFields = ["device_token"u8.ToArray(), "recipient"u8.ToArray()];

    private static string? ApplyDelivery(EmulatorState state, ReadOnlySpan<byte> buffer, ref V2Operation op, DateTimeOffset now)
    {
        ref var f = ref op.Fields;
        Span<JsonSlice> attributes = stackalloc JsonSlice[2];
        if (f[V2Field.Attributes].IsObject)
        {
            JsonFields.Read(buffer, f[V2Field.Attributes], DeliveryAttributeFields, attributes);
        }

        state.RecordMetric(new EmulatedDeliveryMetric
        {
            Source = "track_v2",
            DeliveryId = op.PersonValue.GetString(buffer),
            Metric = f[V2Field.Name].GetString(buffer),
            Timestamp = f[V2Field.Timestamp].IsPresent ? f[V2Field.Timestamp].GetInt64(buffer) : null,
            DeviceId = attributes[0].IsString ? attributes[0].GetString(buffer) : null,
            Recipient = attributes[1].IsString ? attributes[1].GetString(buffer) : null,
            ReceivedAt = now,
        });
        return null;
    }
}
