using System.Globalization;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.Validation;

namespace CustomerIO.Emulator.Pipelines;

/// <summary>
/// Checks one message: a known type; <c>userId</c> or <c>anonymousId</c> (alias: <c>userId</c> and
/// <c>previousId</c>); track <c>event</c>, group <c>groupId</c>; objects where objects belong; an ISO-8601
/// <c>timestamp</c>; what each semantic event needs. Sets the message's unix timestamp.
/// </summary>
internal static class PipelinesValidator
{
    public static OperationError? Validate(ReadOnlySpan<byte> buffer, ref PipelinesMessage message)
    {
        if (message.Call == PipelinesCall.Unknown)
        {
            return message[M.Type].IsPresent
                ? Errors.Invalid("type", "type must be identify, track, page, screen, group or alias")
                : Errors.Required("type");
        }

        // Parsed once: the identity rules and the event's own rules both depend on it.
        var semantic = message.Call == PipelinesCall.Track ? SemanticEvents.Parse(buffer, message[M.Event]) : SemanticEvent.None;
        var error = Identity(buffer, in message, semantic)
            ?? OptionalObject(message[M.Context], "context")
            ?? OptionalTime(buffer, message[M.SentAt], "sentAt")
            ?? OptionalObject(message[M.Traits], "traits")
            ?? OptionalObject(message[M.Properties], "properties")
            ?? OptionalString(message[M.MessageId], "messageId")
            ?? ParseTimestamp(buffer, message[M.Timestamp], out message.Timestamp);
        if (error is not null)
        {
            return error;
        }

        switch (message.Call)
        {
            case PipelinesCall.Track:
                var name = message[M.Event];
                if (!name.IsString || name.Length <= 2)
                {
                    return Errors.Required("event");
                }

                return name.Utf8Length(buffer) > Limits.EventNameBytes
                    ? new OperationError(ErrorReasons.TooLong, "event", string.Format(CultureInfo.InvariantCulture, "event must be at most {0} bytes", Limits.EventNameBytes))
                    : Semantic(buffer, in message, semantic);
            case PipelinesCall.Group:
                return RequiredId(buffer, message[M.GroupId], "groupId");
            default:
                return null;
        }
    }

    private static OperationError? Identity(ReadOnlySpan<byte> buffer, in PipelinesMessage message, SemanticEvent semantic)
    {
        var userId = message[M.UserId];
        var anonymousId = message[M.AnonymousId];
        if (message.Call == PipelinesCall.Alias)
        {
            return RequiredId(buffer, userId, "userId") ?? RequiredId(buffer, message[M.PreviousId], "previousId");
        }

        var report = SemanticEvents.IsReport(semantic);
        if (!Has(userId) && !Has(anonymousId) && !report)
        {
            return new OperationError(ErrorReasons.Required, "userId", "userId or anonymousId is required");
        }

        return (Has(userId) ? IdentifierRules.CheckValue(buffer, userId, "userId") : null)
            ?? (Has(anonymousId) ? IdentifierRules.CheckValue(buffer, anonymousId, "anonymousId") : null);
    }

    private static OperationError? Semantic(ReadOnlySpan<byte> buffer, in PipelinesMessage message, SemanticEvent semantic)
    {
        if (SemanticEvents.NeedsUser(semantic) && !Has(message[M.UserId]))
        {
            return new OperationError(ErrorReasons.Required, "userId", message[M.Event].GetString(buffer) + " needs userId");
        }

        return semantic switch
        {
            SemanticEvent.DeviceCreatedOrUpdated or SemanticEvent.DeviceDeleted when SemanticEvents.DeviceToken(buffer, in message) is null =>
                Errors.Required("properties.device_token"),
            SemanticEvent.DeviceCreatedOrUpdated or SemanticEvent.DeviceDeleted when DeviceType(buffer, in message) is { IsPresent: true } type
                && !(type.IsString && (type.ValueEquals(buffer, "ios"u8) || type.ValueEquals(buffer, "android"u8))) =>
                Errors.Invalid("context.device.type", "context.device.type must be ios or android"),
            SemanticEvent.ObjectDeleted when !Has(message[M.AnonymousId]) =>
                new OperationError(ErrorReasons.Required, "anonymousId", "Object Deleted needs anonymousId"),
            SemanticEvent.ObjectDeleted or SemanticEvent.RelationshipDeleted when SemanticEvents.ObjectId(buffer, in message) is null =>
                Errors.Required("properties.objectId"),
            SemanticEvent.ReportDeliveryEvent when PipelinesJson.Text(buffer, message[M.Properties], "deliveryId", "delivery_id") is null =>
                Errors.Required("properties.deliveryId"),
            SemanticEvent.ReportDeliveryEvent when PipelinesJson.Text(buffer, message[M.Properties], "metric") is null =>
                Errors.Required("properties.metric"),
            SemanticEvent.ReportDeliveryEvent when PipelinesJson.Text(buffer, message[M.Properties], "metric") is not ("delivered" or "opened" or "clicked" or "converted") =>
                Errors.Invalid("properties.metric", "properties.metric must be delivered, opened, clicked or converted"),
            SemanticEvent.ReportContentEvent => ContentEvent(buffer, message[M.Properties]),
            _ => null,
        };
    }

    /// <summary>A <c>Report Content Event</c>: <c>actionType</c> one of the two documented, <c>contentId</c> and <c>templateId</c> integers (each when sent).</summary>
    private static OperationError? ContentEvent(ReadOnlySpan<byte> buffer, JsonSlice properties)
    {
        if (!properties.IsObject)
        {
            return Errors.Required("properties");
        }

        var action = PipelinesJson.Find(buffer, properties, "actionType");
        if (action.IsPresent && !(action.IsString && (action.ValueEquals(buffer, "viewed_content"u8) || action.ValueEquals(buffer, "clicked_content"u8))))
        {
            return Errors.Invalid("properties.actionType", "properties.actionType must be viewed_content or clicked_content");
        }

        foreach (var name in new[] { "contentId", "templateId" })
        {
            var value = PipelinesJson.Find(buffer, properties, name);
            if (value.IsPresent && !(value.IsNumber && long.TryParse(value.GetString(buffer), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
            {
                return Errors.Invalid("properties." + name, "properties." + name + " must be an integer");
            }
        }

        return null;
    }

    /// <summary>The spec's <c>context.device.type</c> (default when absent).</summary>
    private static JsonSlice DeviceType(ReadOnlySpan<byte> buffer, in PipelinesMessage message) =>
        PipelinesJson.Find(buffer, PipelinesJson.Find(buffer, message[M.Context], "device"), "type");

    private static OperationError? OptionalTime(ReadOnlySpan<byte> buffer, JsonSlice value, string field) =>
        Has(value) && !(value.IsString && IsoTime.TryParse(buffer, value, out _))
            ? Errors.Invalid(field, field + " must be an ISO-8601 date")
            : null;

    private static OperationError? ParseTimestamp(ReadOnlySpan<byte> buffer, JsonSlice timestamp, out long? unix)
    {
        unix = null;
        if (!Has(timestamp))
        {
            return null;
        }

        if (timestamp.IsString && IsoTime.TryParse(buffer, timestamp, out var parsed))
        {
            unix = parsed.ToUnixTimeSeconds();
            return null;
        }

        return Errors.Invalid("timestamp", "timestamp must be an ISO-8601 date");
    }

    private static OperationError? RequiredId(ReadOnlySpan<byte> buffer, JsonSlice value, string field) =>
        Has(value) ? IdentifierRules.CheckValue(buffer, value, field) : Errors.Required(field);

    private static OperationError? OptionalObject(JsonSlice value, string field) =>
        Has(value) && !value.IsObject ? Errors.MustBeObject(field) : null;

    private static OperationError? OptionalString(JsonSlice value, string field) =>
        Has(value) && !value.IsString ? Errors.MustBeString(field) : null;

    private static bool Has(JsonSlice value) => value.IsPresent && !value.IsNull;
}
