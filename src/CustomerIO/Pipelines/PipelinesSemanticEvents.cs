using CustomerIO.Pipelines.Wire;

namespace CustomerIO.Pipelines;

/// <summary>
/// Customer.io's semantic events: <c>track</c> messages with a reserved name that Customer.io performs as an action
/// (the Pipelines API has no delete or device endpoint; these are how it is done), each with the fields Customer.io
/// documents for it. Send them like any message: <c>client.SendAsync(PipelinesSemanticEvents.UserDeleted("user-42"))</c>
/// or <c>queue.Enqueue(...)</c>.
/// </summary>
public static class PipelinesSemanticEvents
{
    /// <summary>The event name that deletes a person.</summary>
    public const string UserDeletedEvent = "User Deleted";

    /// <summary>The event name that suppresses a person (deleted, and the id blocked).</summary>
    public const string UserSuppressedEvent = "User Suppressed";

    /// <summary>The event name that frees a suppressed person's id.</summary>
    public const string UserUnsuppressedEvent = "User Unsuppressed";

    /// <summary>The event name that adds a device, or updates it when its token is known.</summary>
    public const string DeviceCreatedOrUpdatedEvent = "Device Created or Updated";

    /// <summary>The event name that removes a device.</summary>
    public const string DeviceDeletedEvent = "Device Deleted";

    /// <summary>The event name that deletes an object.</summary>
    public const string ObjectDeletedEvent = "Object Deleted";

    /// <summary>The event name that removes a person's relationship to an object.</summary>
    public const string RelationshipDeletedEvent = "Relationship Deleted";

    /// <summary>The event name that reports a message's delivery metric.</summary>
    public const string ReportDeliveryEventName = "Report Delivery Event";

    /// <summary>The event name that reports a view of or click on content.</summary>
    public const string ReportContentEventName = "Report Content Event";

    /// <summary><c>User Deleted</c>: deletes the person.</summary>
    /// <param name="userId">The person's id.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage UserDeleted(string userId, PipelinesMessageOptions? options = null) => Person(UserDeletedEvent, userId, options);

    /// <summary><c>User Suppressed</c>: deletes the person and blocks the id from coming back.</summary>
    /// <param name="userId">The person's id.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage UserSuppressed(string userId, PipelinesMessageOptions? options = null) => Person(UserSuppressedEvent, userId, options);

    /// <summary><c>User Unsuppressed</c>: frees a suppressed id (the person is not restored).</summary>
    /// <param name="userId">The person's id.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage UserUnsuppressed(string userId, PipelinesMessageOptions? options = null) => Person(UserUnsuppressedEvent, userId, options);

    /// <summary><c>Device Created or Updated</c>: adds the device (<c>context.device</c>), or updates it when its token is known.</summary>
    /// <param name="userId">The person's id.</param>
    /// <param name="token">The device's push token.</param>
    /// <param name="type">The device's type; null to leave it unsaid.</param>
    /// <param name="options">Id, time, context (without <c>device</c>), integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage DeviceCreatedOrUpdated(string userId, string token, PipelinesDeviceType? type = null, PipelinesMessageOptions? options = null) =>
        PipelinesMessage.Create(Parts.DeviceCreatedOrUpdated(userId, token, type, options));

    /// <summary><c>Device Deleted</c>: removes the device.</summary>
    /// <param name="userId">The person's id.</param>
    /// <param name="token">The device's push token.</param>
    /// <param name="type">The device's type; null to leave it unsaid.</param>
    /// <param name="options">Id, time, context (without <c>device</c>), integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage DeviceDeleted(string userId, string token, PipelinesDeviceType? type = null, PipelinesMessageOptions? options = null) =>
        PipelinesMessage.Create(Parts.Device(DeviceDeletedEvent, userId, token, type, options));

    /// <summary>
    /// <c>Object Deleted</c>: deletes the object. Customer.io's spec sends it with an <c>anonymousId</c> (it is about no
    /// person), given here.
    /// </summary>
    /// <param name="anonymousId">The <c>anonymousId</c> the message is sent with.</param>
    /// <param name="objectId">The object's id (<c>properties.objectId</c>).</param>
    /// <param name="objectTypeId">The object type's id (<c>properties.objectTypeId</c>); null to leave it unsaid.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage ObjectDeleted(string anonymousId, string objectId, int? objectTypeId = null, PipelinesMessageOptions? options = null) =>
        PipelinesMessage.Create(Parts.ObjectDeleted(anonymousId, objectId, objectTypeId, options));

    /// <summary><c>Relationship Deleted</c>: removes the person's relationship to the object.</summary>
    /// <param name="userId">The person's id.</param>
    /// <param name="objectId">The object's id (<c>properties.objectId</c>).</param>
    /// <param name="objectTypeId">The object type's id (<c>properties.objectTypeId</c>); null to leave it unsaid.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage RelationshipDeleted(string userId, string objectId, int? objectTypeId = null, PipelinesMessageOptions? options = null) =>
        PipelinesMessage.Create(Parts.RelationshipDeleted(userId, objectId, objectTypeId, options));

    /// <summary><c>Report Delivery Event</c>: a metric of a message Customer.io delivered (an in-app message opened, say).</summary>
    /// <param name="deliveryId">The delivery's id (<c>properties.deliveryId</c>).</param>
    /// <param name="metric">The metric (<c>properties.metric</c>).</param>
    /// <param name="details">The report's optional properties; null for none.</param>
    /// <param name="options">Id, time (when it happened), context, integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage ReportDeliveryEvent(string deliveryId, PipelinesDeliveryMetric metric, PipelinesDeliveryReport? details = null, PipelinesMessageOptions? options = null) =>
        PipelinesMessage.Create(Parts.ReportDelivery(deliveryId, metric, details, options));

    /// <summary><c>Report Content Event</c>: a view of or click on content.</summary>
    /// <param name="actionType">What was done (<c>properties.actionType</c>).</param>
    /// <param name="contentId">The content's id (<c>properties.contentId</c>).</param>
    /// <param name="templateId">The template's id (<c>properties.templateId</c>); null to leave it unsaid.</param>
    /// <param name="options">Id, time (when it happened), context, integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage ReportContentEvent(PipelinesContentAction actionType, int contentId, int? templateId = null, PipelinesMessageOptions? options = null) =>
        PipelinesMessage.Create(Parts.ReportContent(actionType, contentId, templateId, options));

    private static PipelinesMessage Person(string name, string userId, PipelinesMessageOptions? options) =>
        PipelinesMessage.Create(new MessageParts("track", PipelinesUser.Id(PipelinesMessage.Required(userId, nameof(userId))), options) { Event = name });

    /// <summary>The semantic events' parts, shared by the factories and the queue.</summary>
    internal static class Parts
    {
        public static MessageParts DeviceCreatedOrUpdated(string userId, string token, PipelinesDeviceType? type, PipelinesMessageOptions? options) =>
            Device(DeviceCreatedOrUpdatedEvent, userId, token, type, options);

        public static MessageParts Device(string name, string userId, string token, PipelinesDeviceType? type, PipelinesMessageOptions? options) =>
            new("track", PipelinesUser.Id(PipelinesMessage.Required(userId, nameof(userId))), options)
            {
                Event = name,
                DeviceToken = PipelinesMessage.Required(token, nameof(token)),
                DeviceType = type is { } given ? ContextWriter.DeviceTypeName(given, nameof(type)) : null,
            };

        public static MessageParts ObjectDeleted(string anonymousId, string objectId, int? objectTypeId, PipelinesMessageOptions? options) =>
            new("track", PipelinesUser.Anonymous(PipelinesMessage.Required(anonymousId, nameof(anonymousId))), options)
            {
                Event = ObjectDeletedEvent,
                Payload = ObjectProperties(objectId, objectTypeId),
            };

        public static MessageParts RelationshipDeleted(string userId, string objectId, int? objectTypeId, PipelinesMessageOptions? options) =>
            new("track", PipelinesUser.Id(PipelinesMessage.Required(userId, nameof(userId))), options)
            {
                Event = RelationshipDeletedEvent,
                Payload = ObjectProperties(objectId, objectTypeId),
            };

        public static MessageParts ReportDelivery(string deliveryId, PipelinesDeliveryMetric metric, PipelinesDeliveryReport? details, PipelinesMessageOptions? options)
        {
            Validation.Guard.Text(deliveryId, nameof(deliveryId), CustomerIOLimits.MaxIdentifierBytes, "delivery id");
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["deliveryId"] = deliveryId,
                ["metric"] = metric switch
                {
                    PipelinesDeliveryMetric.Delivered => "delivered",
                    PipelinesDeliveryMetric.Opened => "opened",
                    PipelinesDeliveryMetric.Clicked => "clicked",
                    PipelinesDeliveryMetric.Converted => "converted",
                    _ => throw new CustomerIOValidationException(nameof(metric), "The metric must be Delivered, Opened, Clicked or Converted."),
                },
            };
            Add(properties, "recipient", details?.Recipient);
            Add(properties, "reason", details?.Reason);
            Add(properties, "actionValue", details?.ActionValue);
            Add(properties, "href", details?.Href);
            return new MessageParts("track", details?.User ?? default, options) { Event = ReportDeliveryEventName, Payload = properties, IdentityOptional = true };
        }

        public static MessageParts ReportContent(PipelinesContentAction actionType, int contentId, int? templateId, PipelinesMessageOptions? options)
        {
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["actionType"] = actionType switch
                {
                    PipelinesContentAction.ViewedContent => "viewed_content",
                    PipelinesContentAction.ClickedContent => "clicked_content",
                    _ => throw new CustomerIOValidationException(nameof(actionType), "The action type must be ViewedContent or ClickedContent."),
                },
                ["contentId"] = contentId,
            };
            if (templateId is { } template)
            {
                properties["templateId"] = template;
            }

            return new MessageParts("track", default, options) { Event = ReportContentEventName, Payload = properties, IdentityOptional = true };
        }

        private static Dictionary<string, object?> ObjectProperties(string objectId, int? objectTypeId)
        {
            Validation.Guard.Text(objectId, nameof(objectId), CustomerIOLimits.MaxIdentifierBytes, "object id");
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal) { ["objectId"] = objectId };
            if (objectTypeId is { } type)
            {
                properties["objectTypeId"] = type;
            }

            return properties;
        }

        private static void Add(Dictionary<string, object?> properties, string name, string? value)
        {
            if (value is not null)
            {
                Validation.Guard.Text(value, "details." + char.ToUpperInvariant(name[0]) + name.Substring(1), CustomerIOLimits.MaxPipelinesMessageBytes, name);
                properties[name] = value;
            }
        }
    }
}
