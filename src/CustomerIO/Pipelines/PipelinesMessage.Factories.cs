using System.Text.Json.Serialization.Metadata;
using CustomerIO.Pipelines.Wire;

namespace CustomerIO.Pipelines;

public sealed partial class PipelinesMessage
{
    /// <summary>An <c>identify</c>: creates or updates the person, setting <paramref name="traits"/> (<c>email</c>, <c>createdAt</c>, your own).</summary>
    /// <param name="user">Who: a <c>userId</c> (a person), an <c>anonymousId</c> (a visitor), or both.</param>
    /// <param name="traits">The traits to set; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>The message.</returns>
    /// <exception cref="CustomerIOValidationException">A check failed (ids, sizes, Unicode).</exception>
    public static PipelinesMessage Identify(PipelinesUser user, IReadOnlyDictionary<string, object?>? traits = null, PipelinesMessageOptions? options = null) =>
        Create(new MessageParts("identify", user, options) { Payload = traits });

    /// <summary>An <c>identify</c> with traits of the caller's own type (AOT-safe through its metadata).</summary>
    /// <typeparam name="TTraits">The traits' type; it must serialize as a JSON object.</typeparam>
    /// <param name="user">Who.</param>
    /// <param name="traits">The traits.</param>
    /// <param name="traitsTypeInfo">The type's JSON metadata (from your <c>JsonSerializerContext</c>).</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage Identify<TTraits>(PipelinesUser user, TTraits traits, JsonTypeInfo<TTraits> traitsTypeInfo, PipelinesMessageOptions? options = null) =>
        Create(new MessageParts("identify", user, options) { TypedPayload = new TypedPayload<TTraits>(traits, traitsTypeInfo) });

    /// <summary>A <c>track</c>: an event the user performed.</summary>
    /// <param name="user">Who.</param>
    /// <param name="event">The event's name (at most 100 bytes). Customer.io's reserved names are in <see cref="PipelinesSemanticEvents"/>.</param>
    /// <param name="properties">The event's properties; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage Track(PipelinesUser user, string @event, IReadOnlyDictionary<string, object?>? properties = null, PipelinesMessageOptions? options = null) =>
        Create(new MessageParts("track", user, options) { Event = EventName(@event), Payload = properties });

    /// <summary>A <c>track</c> with properties of the caller's own type.</summary>
    /// <typeparam name="TProperties">The properties' type; it must serialize as a JSON object.</typeparam>
    /// <param name="user">Who.</param>
    /// <param name="event">The event's name.</param>
    /// <param name="properties">The properties.</param>
    /// <param name="propertiesTypeInfo">The type's JSON metadata.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage Track<TProperties>(PipelinesUser user, string @event, TProperties properties, JsonTypeInfo<TProperties> propertiesTypeInfo, PipelinesMessageOptions? options = null) =>
        Create(new MessageParts("track", user, options) { Event = EventName(@event), TypedPayload = new TypedPayload<TProperties>(properties, propertiesTypeInfo) });

    /// <summary>A <c>page</c>: the user viewed a web page.</summary>
    /// <param name="user">Who.</param>
    /// <param name="name">The page's name; null for none.</param>
    /// <param name="properties">The page's properties (<c>url</c>, <c>title</c>, <c>path</c>, <c>referrer</c>, <c>search</c>, your own); null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <param name="category">The page's <c>category</c>; null for none.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage Page(PipelinesUser user, string? name = null, IReadOnlyDictionary<string, object?>? properties = null, PipelinesMessageOptions? options = null, string? category = null) =>
        Create(new MessageParts("page", user, options) { Name = name, Category = category, Payload = properties });

    /// <summary>A <c>page</c> with properties of the caller's own type.</summary>
    /// <typeparam name="TProperties">The properties' type.</typeparam>
    /// <param name="user">Who.</param>
    /// <param name="name">The page's name; null for none.</param>
    /// <param name="properties">The properties.</param>
    /// <param name="propertiesTypeInfo">The type's JSON metadata.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <param name="category">The page's <c>category</c>; null for none.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage Page<TProperties>(PipelinesUser user, string? name, TProperties properties, JsonTypeInfo<TProperties> propertiesTypeInfo, PipelinesMessageOptions? options = null, string? category = null) =>
        Create(new MessageParts("page", user, options) { Name = name, Category = category, TypedPayload = new TypedPayload<TProperties>(properties, propertiesTypeInfo) });

    /// <summary>A <c>screen</c>: the user viewed a mobile app screen.</summary>
    /// <param name="user">Who.</param>
    /// <param name="name">The screen's name; null for none.</param>
    /// <param name="properties">The screen's properties; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <param name="category">The screen's <c>category</c>; null for none.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage Screen(PipelinesUser user, string? name = null, IReadOnlyDictionary<string, object?>? properties = null, PipelinesMessageOptions? options = null, string? category = null) =>
        Create(new MessageParts("screen", user, options) { Name = name, Category = category, Payload = properties });

    /// <summary>A <c>screen</c> with properties of the caller's own type.</summary>
    /// <typeparam name="TProperties">The properties' type.</typeparam>
    /// <param name="user">Who.</param>
    /// <param name="name">The screen's name; null for none.</param>
    /// <param name="properties">The properties.</param>
    /// <param name="propertiesTypeInfo">The type's JSON metadata.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <param name="category">The screen's <c>category</c>; null for none.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage Screen<TProperties>(PipelinesUser user, string? name, TProperties properties, JsonTypeInfo<TProperties> propertiesTypeInfo, PipelinesMessageOptions? options = null, string? category = null) =>
        Create(new MessageParts("screen", user, options) { Name = name, Category = category, TypedPayload = new TypedPayload<TProperties>(properties, propertiesTypeInfo) });

    /// <summary>
    /// A <c>group</c>: creates or updates the group (in Customer.io, an object) with <paramref name="traits"/> and relates
    /// the user to it. For an object of another type than 1, or attributes of the relationship, see <see cref="Object"/>.
    /// </summary>
    /// <param name="user">Who is related to the group.</param>
    /// <param name="groupId">The group's id (the object's id).</param>
    /// <param name="traits">The group's traits (the object's attributes); null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage Group(PipelinesUser user, string groupId, IReadOnlyDictionary<string, object?>? traits = null, PipelinesMessageOptions? options = null) =>
        Create(new MessageParts("group", user, options) { GroupId = Required(groupId, nameof(groupId)), Payload = traits });

    /// <summary>A <c>group</c> with traits of the caller's own type.</summary>
    /// <typeparam name="TTraits">The traits' type.</typeparam>
    /// <param name="user">Who is related to the group.</param>
    /// <param name="groupId">The group's id.</param>
    /// <param name="traits">The traits.</param>
    /// <param name="traitsTypeInfo">The type's JSON metadata.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage Group<TTraits>(PipelinesUser user, string groupId, TTraits traits, JsonTypeInfo<TTraits> traitsTypeInfo, PipelinesMessageOptions? options = null) =>
        Create(new MessageParts("group", user, options) { GroupId = Required(groupId, nameof(groupId)), TypedPayload = new TypedPayload<TTraits>(traits, traitsTypeInfo) });

    /// <summary>
    /// An object and the user's relationship to it, as Customer.io documents them through <c>group</c>: <c>groupId</c>
    /// is the object's id, <c>traits.object_type_id</c> its type, <c>traits.relationshipAttributes</c> the
    /// relationship's attributes, and the other traits the object's attributes.
    /// </summary>
    /// <param name="user">Who is related to the object.</param>
    /// <param name="objectId">The object's id.</param>
    /// <param name="objectTypeId">The object type's id, as Customer.io numbers them (<c>"1"</c> for the first type).</param>
    /// <param name="attributes">The object's attributes; null for none.</param>
    /// <param name="relationshipAttributes">The relationship's attributes; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage Object(PipelinesUser user, string objectId, string objectTypeId, IReadOnlyDictionary<string, object?>? attributes = null, IReadOnlyDictionary<string, object?>? relationshipAttributes = null, PipelinesMessageOptions? options = null) =>
        Create(ObjectParts(user, objectId, objectTypeId, attributes, relationshipAttributes, options));

    /// <summary>An <c>alias</c>: <paramref name="previousId"/> (an earlier user id or an anonymous id) is the same person as <paramref name="userId"/>.</summary>
    /// <param name="userId">The id the person has now.</param>
    /// <param name="previousId">The id they had before.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>The message.</returns>
    public static PipelinesMessage Alias(string userId, string previousId, PipelinesMessageOptions? options = null) =>
        Create(AliasParts(userId, previousId, options));

    /// <summary>The parts of an alias.</summary>
    private static MessageParts AliasParts(string userId, string previousId, PipelinesMessageOptions? options) =>
        new("alias", PipelinesUser.Id(Required(userId, nameof(userId))), options) { PreviousId = Required(previousId, nameof(previousId)) };

    /// <summary>The parts of an object's group call (the queue writes them without a message object).</summary>
    internal static MessageParts ObjectParts(PipelinesUser user, string objectId, string objectTypeId, IReadOnlyDictionary<string, object?>? attributes, IReadOnlyDictionary<string, object?>? relationshipAttributes, PipelinesMessageOptions? options)
    {
        Validation.Guard.Text(objectTypeId, nameof(objectTypeId), CustomerIOLimits.MaxIdentifierBytes, "object type id");
        var traits = new Dictionary<string, object?>(StringComparer.Ordinal) { ["object_type_id"] = objectTypeId };
        if (relationshipAttributes is not null)
        {
            traits["relationshipAttributes"] = relationshipAttributes;
        }

        if (attributes is not null)
        {
            foreach (var pair in attributes)
            {
                if (pair.Key is "object_type_id" or "relationshipAttributes")
                {
                    throw new CustomerIOValidationException(nameof(attributes), $"The attribute name '{pair.Key}' is reserved: the object's type and relationship are parameters of their own.");
                }

                traits[pair.Key] = pair.Value;
            }
        }

        return new MessageParts("group", user, options) { GroupId = Required(objectId, nameof(objectId)), Payload = traits };
    }

    /// <summary>A required text, named after its parameter when missing (its checks are the writer's).</summary>
    internal static string Required(string value, string parameterName) => value ?? throw new ArgumentNullException(parameterName);

    private static string EventName(string name) => Required(name, "event");
}
