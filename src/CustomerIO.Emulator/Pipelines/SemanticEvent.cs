using CustomerIO.Emulator.Json;

namespace CustomerIO.Emulator.Pipelines;

/// <summary>The semantic <c>track</c> events Customer.io applies as actions instead of storing them as events.</summary>
internal enum SemanticEvent
{
    None,
    UserDeleted,
    UserSuppressed,
    UserUnsuppressed,
    DeviceCreatedOrUpdated,
    DeviceDeleted,
    ObjectDeleted,
    RelationshipDeleted,
    ReportDeliveryEvent,
    ReportContentEvent,
}

/// <summary>Recognizes semantic event names.</summary>
internal static class SemanticEvents
{
    public static SemanticEvent Parse(ReadOnlySpan<byte> buffer, JsonSlice name) =>
        !name.IsString ? SemanticEvent.None
        : name.ValueEquals(buffer, "User Deleted"u8) ? SemanticEvent.UserDeleted
        : name.ValueEquals(buffer, "User Suppressed"u8) ? SemanticEvent.UserSuppressed
        : name.ValueEquals(buffer, "User Unsuppressed"u8) ? SemanticEvent.UserUnsuppressed
        : name.ValueEquals(buffer, "Device Created or Updated"u8) ? SemanticEvent.DeviceCreatedOrUpdated
        : name.ValueEquals(buffer, "Device Deleted"u8) ? SemanticEvent.DeviceDeleted
        : name.ValueEquals(buffer, "Object Deleted"u8) ? SemanticEvent.ObjectDeleted
        : name.ValueEquals(buffer, "Relationship Deleted"u8) ? SemanticEvent.RelationshipDeleted
        : name.ValueEquals(buffer, "Report Delivery Event"u8) ? SemanticEvent.ReportDeliveryEvent
        : name.ValueEquals(buffer, "Report Content Event"u8) ? SemanticEvent.ReportContentEvent
        : SemanticEvent.None;

    /// <summary>Whether the event names no person (Customer.io's spec gives the report events neither id).</summary>
    public static bool IsReport(SemanticEvent semantic) => semantic is SemanticEvent.ReportDeliveryEvent or SemanticEvent.ReportContentEvent;

    /// <summary>Whether the event acts on the person named by <c>userId</c> (so it needs one).</summary>
    public static bool NeedsUser(SemanticEvent semantic) => semantic is SemanticEvent.UserDeleted or SemanticEvent.UserSuppressed
        or SemanticEvent.UserUnsuppressed or SemanticEvent.DeviceCreatedOrUpdated or SemanticEvent.DeviceDeleted or SemanticEvent.RelationshipDeleted;

    public static string? DeviceToken(ReadOnlySpan<byte> buffer, in PipelinesMessage message) =>
        PipelinesJson.Text(buffer, message[M.Properties], "device_token", "token")
        ?? PipelinesJson.Text(buffer, PipelinesJson.Find(buffer, message[M.Context], "device"), "token");

    public static string? DevicePlatform(ReadOnlySpan<byte> buffer, in PipelinesMessage message) =>
        PipelinesJson.Text(buffer, message[M.Properties], "platform", "device_type")
        ?? PipelinesJson.Text(buffer, PipelinesJson.Find(buffer, message[M.Context], "device"), "type");

    public static string? ObjectId(ReadOnlySpan<byte> buffer, in PipelinesMessage message) =>
        PipelinesJson.Text(buffer, message[M.Properties], "objectId", "object_id", "groupId");

    public static string ObjectTypeId(ReadOnlySpan<byte> buffer, JsonSlice obj) =>
        PipelinesJson.Text(buffer, obj, "objectTypeId", "object_type_id") ?? "1";
}
