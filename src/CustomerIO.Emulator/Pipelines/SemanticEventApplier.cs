using CustomerIO.Emulator.State;

namespace CustomerIO.Emulator.Pipelines;

/// <summary>Applies a semantic event (validated: it carries what it needs) to the Track API's stores; a content report is only kept for inspection.</summary>
internal static class SemanticEventApplier
{
    public static string? Apply(EmulatorState state, ReadOnlySpan<byte> buffer, in PipelinesMessage message, SemanticEvent semantic, string? userId, DateTimeOffset now)
    {
        var properties = message[M.Properties];
        switch (semantic)
        {
            case SemanticEvent.UserDeleted:
                return state.DeletePerson(IdentifierKind.Id, userId!);
            case SemanticEvent.UserSuppressed:
                state.Suppress(IdentifierKind.Id, userId!);
                return null;
            case SemanticEvent.UserUnsuppressed:
                state.Unsuppress(IdentifierKind.Id, userId!);
                return null;
            case SemanticEvent.DeviceCreatedOrUpdated:
                var device = new DeviceCommand(SemanticEvents.DeviceToken(buffer, in message)!, SemanticEvents.DevicePlatform(buffer, in message), null, null);
                return state.AddDevice(IdentifierKind.Id, userId!, device, now);
            case SemanticEvent.DeviceDeleted:
                return state.DeleteDevice(IdentifierKind.Id, userId!, SemanticEvents.DeviceToken(buffer, in message)!);
            case SemanticEvent.ObjectDeleted:
                return state.DeleteObject(ObjectKey(buffer, in message), null);
            case SemanticEvent.RelationshipDeleted:
                var change = new RelationshipChange(ObjectKey(buffer, in message), null, IdentifierKind.Id, null, null, null);
                return state.ChangePersonRelationships(IdentifierKind.Id, userId!, [change], delete: true, now);
            case SemanticEvent.ReportContentEvent:
                // Content views and clicks feed Customer.io's reports, no store here: GetPipelinesMessages shows them.
                return null;
            default:
                state.RecordMetric(new EmulatedDeliveryMetric
                {
                    Source = "pipelines",
                    DeliveryId = PipelinesJson.Text(buffer, properties, "deliveryId", "delivery_id")!,
                    Metric = PipelinesJson.Text(buffer, properties, "metric")!,
                    Timestamp = message.Timestamp,
                    Recipient = PipelinesJson.Text(buffer, properties, "recipient"),
                    Reason = PipelinesJson.Text(buffer, properties, "reason"),
                    Href = PipelinesJson.Text(buffer, properties, "href"),
                    ReceivedAt = now,
                });
                return null;
        }
    }

    private static ObjectKey ObjectKey(ReadOnlySpan<byte> buffer, in PipelinesMessage message) =>
        new(SemanticEvents.ObjectTypeId(buffer, message[M.Properties]), SemanticEvents.ObjectId(buffer, in message)!);
}
