using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Track.Shared;
using CustomerIO.Emulator.Validation;

namespace CustomerIO.Emulator.Track.V2;

/// <summary>Resolves an operation's type, action and identifiers and checks every documented limit.</summary>
internal static class V2OperationValidator
{
    public static OperationError? Validate(ReadOnlySpan<byte> buffer, ref V2Operation op)
    {
        if (op.Length > Limits.OperationBytes)
        {
            return Errors.OperationTooLarge();
        }

        var type = op.Fields[V2Field.Type];
        var action = op.Fields[V2Field.Action];
        if (!type.IsString || type.Length <= 2)
        {
            return Errors.Required("type");
        }

        if (!action.IsString || action.Length <= 2)
        {
            return Errors.Required("action");
        }

        op.Type = ParseType(buffer, type);
        if (op.Type == EntityType.Unknown)
        {
            return Errors.Invalid("type", "type must be person, object or delivery");
        }

        op.Action = ParseAction(buffer, action);
        if (!IsAllowed(op.Type, op.Action))
        {
            return Errors.Invalid("action", $"action {action.GetString(buffer)} is not supported for type {type.GetString(buffer)}");
        }

        return op.Type switch
        {
            EntityType.Person => ValidatePerson(buffer, ref op),
            EntityType.Object => ValidateObject(buffer, ref op),
            _ => ValidateDelivery(buffer, ref op),
        };
    }

    private static OperationError? ValidatePerson(ReadOnlySpan<byte> buffer, ref V2Operation op)
    {
        var f = op.Fields;
        if (op.Action == V2Action.Merge)
        {
            return IdentifierRules.ParsePerson(buffer, f[V2Field.Primary], "primary", out _, out _)
                ?? IdentifierRules.ParsePerson(buffer, f[V2Field.Secondary], "secondary", out _, out _);
        }

        var anonymous = f[V2Field.AnonymousId];
        var anonymousEvent = op.IsEventLike && (!f[V2Field.Identifiers].IsPresent || f[V2Field.Identifiers].IsNull) && anonymous.IsPresent && !anonymous.IsNull;
        var error = anonymousEvent
            ? IdentifierRules.CheckValue(buffer, anonymous, "anonymous_id")
            : IdentifierRules.ParsePerson(buffer, f[V2Field.Identifiers], "identifiers", out op.PersonKind, out op.PersonValue);
        if (error is not null)
        {
            return error;
        }

        switch (op.Action)
        {
            case V2Action.Identify:
                return IdentifyParser.Parse(buffer, f[V2Field.Attributes], "attributes", null, v1: false)
                    ?? OptionalRelationships(buffer, f[V2Field.Relationships], targetsPeople: false)
                    ?? OptionalNumber(buffer, f[V2Field.Timestamp], "timestamp");
            case V2Action.Event or V2Action.Page or V2Action.Screen:
                return EventRules.Check(buffer, f[V2Field.Name], f[V2Field.Attributes], f[V2Field.Timestamp], f[V2Field.Id], "attributes");
            case V2Action.AddRelationships or V2Action.DeleteRelationships:
                return RelationshipParser.Parse(buffer, f[V2Field.Relationships], "cio_relationships", targetsPeople: false, null);
            case V2Action.AddDevice or V2Action.DeleteDevice:
                return DeviceParser.Parse(buffer, f[V2Field.Device], v1: false, tokenOnly: op.Action == V2Action.DeleteDevice, out _);
            default:
                return null;
        }
    }

    private static OperationError? ValidateObject(ReadOnlySpan<byte> buffer, ref V2Operation op)
    {
        var f = op.Fields;
        var error = IdentifierRules.ParseObject(buffer, f[V2Field.Identifiers], "identifiers", out op.ObjectTypeId, out op.ObjectId, out op.CioObjectId);
        if (error is not null)
        {
            return error;
        }

        return op.Action switch
        {
            V2Action.Identify or V2Action.IdentifyAnonymous =>
                IdentifyParser.Parse(buffer, f[V2Field.Attributes], "attributes", null, v1: false, isObject: true)
                ?? OptionalRelationships(buffer, f[V2Field.Relationships], targetsPeople: true),
            V2Action.AddRelationships or V2Action.DeleteRelationships =>
                RelationshipParser.Parse(buffer, f[V2Field.Relationships], "cio_relationships", targetsPeople: true, null),
            _ => null,
        };
    }

    private static OperationError? ValidateDelivery(ReadOnlySpan<byte> buffer, ref V2Operation op)
    {
        var f = op.Fields;
        var error = IdentifierRules.ParsePerson(buffer, f[V2Field.Identifiers], "identifiers", out op.PersonKind, out op.PersonValue);
        if (error is not null || op.PersonKind != IdentifierKind.Id)
        {
            return error ?? Errors.Invalid("identifiers", "delivery identifiers must hold the delivery id as id");
        }

        var name = f[V2Field.Name];
        if (!name.IsString || name.Length <= 2)
        {
            return Errors.EventNameRequired("name");
        }

        if (!name.ValueEquals(buffer, "opened"u8) && !name.ValueEquals(buffer, "converted"u8) && !name.ValueEquals(buffer, "delivered"u8))
        {
            return Errors.Invalid("name", "delivery event name must be opened, converted or delivered");
        }

        var attributes = f[V2Field.Attributes];
        if (attributes.IsPresent && !attributes.IsNull && !attributes.IsObject)
        {
            return Errors.MustBeObject("attributes");
        }

        return OptionalNumber(buffer, f[V2Field.Timestamp], "timestamp");
    }

    private static OperationError? OptionalRelationships(ReadOnlySpan<byte> buffer, JsonSlice relationships, bool targetsPeople) =>
        relationships.IsPresent && !relationships.IsNull
            ? RelationshipParser.Parse(buffer, relationships, "cio_relationships", targetsPeople, null)
            : null;

    private static OperationError? OptionalNumber(ReadOnlySpan<byte> buffer, JsonSlice value, string field) =>
        value.IsPresent && !value.IsNull && value.GetInt64(buffer) is null ? Errors.MustBeNumber(field) : null;

    private static bool IsAllowed(EntityType type, V2Action action) => type switch
    {
        EntityType.Person => action is V2Action.Identify or V2Action.Delete or V2Action.Event or V2Action.Page or V2Action.Screen
            or V2Action.AddRelationships or V2Action.DeleteRelationships or V2Action.AddDevice or V2Action.DeleteDevice
            or V2Action.Merge or V2Action.Suppress or V2Action.Unsuppress,
        EntityType.Object => action is V2Action.Identify or V2Action.IdentifyAnonymous or V2Action.Delete
            or V2Action.AddRelationships or V2Action.DeleteRelationships,
        EntityType.Delivery => action is V2Action.Event,
        _ => false,
    };

    private static EntityType ParseType(ReadOnlySpan<byte> buffer, JsonSlice type) =>
        type.ValueEquals(buffer, "person"u8) ? EntityType.Person
        : type.ValueEquals(buffer, "object"u8) ? EntityType.Object
        : type.ValueEquals(buffer, "delivery"u8) ? EntityType.Delivery
        : EntityType.Unknown;

    private static V2Action ParseAction(ReadOnlySpan<byte> buffer, JsonSlice action)
    {
        var raw = action.Escaped ? [] : action.RawValue(buffer);
        return raw.Length switch
        {
            5 when raw.SequenceEqual("event"u8) => V2Action.Event,
            4 when raw.SequenceEqual("page"u8) => V2Action.Page,
            6 when raw.SequenceEqual("screen"u8) => V2Action.Screen,
            8 when raw.SequenceEqual("identify"u8) => V2Action.Identify,
            18 when raw.SequenceEqual("identify_anonymous"u8) => V2Action.IdentifyAnonymous,
            6 when raw.SequenceEqual("delete"u8) => V2Action.Delete,
            17 when raw.SequenceEqual("add_relationships"u8) => V2Action.AddRelationships,
            20 when raw.SequenceEqual("delete_relationships"u8) => V2Action.DeleteRelationships,
            10 when raw.SequenceEqual("add_device"u8) => V2Action.AddDevice,
            13 when raw.SequenceEqual("delete_device"u8) => V2Action.DeleteDevice,
            5 when raw.SequenceEqual("merge"u8) => V2Action.Merge,
            8 when raw.SequenceEqual("suppress"u8) => V2Action.Suppress,
            10 when raw.SequenceEqual("unsuppress"u8) => V2Action.Unsuppress,
            _ => V2Action.Unknown,
        };
    }
}
