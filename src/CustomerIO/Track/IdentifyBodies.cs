using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CustomerIO.Serialization;
using CustomerIO.Track.Wire;
using CustomerIO.Validation;

namespace CustomerIO.Track;

/// <summary>
/// Builds the attributes object of an identify (Track v1 and v2): the caller's attributes, checked against the
/// limits, with Customer.io's reserved attributes from <see cref="IdentifyOptions"/> in front.
/// </summary>
internal static class IdentifyBodies
{
    private const string Parameter = "attributes";

    /// <summary>Serializes dictionary attributes.</summary>
    public static byte[] Attributes(IReadOnlyDictionary<string, object?>? attributes) =>
        attributes is null ? [(byte)'{', (byte)'}'] : AttributeJson.Serialize(attributes, Parameter);

    /// <summary>Serializes the caller's own attribute type.</summary>
    public static byte[] Attributes<T>(T attributes, JsonTypeInfo<T> typeInfo) => AttributeJson.Serialize(attributes, typeInfo, Parameter);

    /// <summary>The flat Track v1 identify body: reserved attributes (all of them, relationships included) and the caller's.</summary>
    public static byte[] V1(byte[] attributes, IdentifyOptions? options)
    {
        var reserved = new IdentifyReserved
        {
            CreatedAt = options?.CreatedAt,
            Timestamp = options?.Timestamp,
            UpdateOnly = options?.UpdateOnly == true ? true : null,
            Unsubscribed = options?.Unsubscribed,
            SubscriptionPreferences = Topics(options),
            Relationships = options?.Relationships is { Count: > 0 } relationships
                ? new RelationshipsChange
                {
                    Action = options.RelationshipAction == RelationshipAction.Delete ? "delete_relationships" : "add_relationships",
                    Relationships = Relationship.ToWire(relationships, "options.Relationships", RelationshipTarget.Object),
                }
                : null,
        };
        return Combine(reserved, attributes, options);
    }

    /// <summary>
    /// The <c>attributes</c> object of a Track v2 person identify: reserved attributes that live inside it
    /// (<c>created_at</c>, <c>_update</c>, <c>unsubscribed</c>, <c>cio_subscription_preferences</c>) and the caller's.
    /// The timestamp and relationships are top-level fields of the operation instead.
    /// </summary>
    public static byte[] V2(byte[] attributes, IdentifyOptions? options)
    {
        var reserved = new IdentifyReserved
        {
            CreatedAt = options?.CreatedAt,
            UpdateOnly = options?.UpdateOnly == true ? true : null,
            Unsubscribed = options?.Unsubscribed,
            SubscriptionPreferences = Topics(options),
        };
        return Combine(reserved, attributes, options);
    }

    private static byte[] Combine(IdentifyReserved reserved, byte[] attributes, IdentifyOptions? options)
    {
        Guard.Timestamp(options?.CreatedAt, "options.CreatedAt");
        Guard.Timestamp(options?.Timestamp, "options.Timestamp");
        var reservedJson = WireJson.Serialize(reserved, CustomerIOJsonContext.Wire.IdentifyReserved, "options");
        var reservedNames = new List<string>();
        var reader = new Utf8JsonReader(reservedJson);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                reservedNames.Add(reader.GetString()!);
            }
        }

        // created_at and unsubscribed are stored on the profile and count toward the 300 like the caller's own.
        var names = AttributeJson.ValidateAttributes(attributes, Parameter, isPerson: true, reservedNames.Count(AttributeJson.Counts));
        foreach (var name in reservedNames)
        {
            if (names.Contains(name))
            {
                throw new CustomerIOValidationException(Parameter, $"The attribute '{name}' is also set through IdentifyOptions; set it in one place only.");
            }
        }

        return JsonObjects.Concat(reservedJson, attributes);
    }

    private static SubscriptionPreferencesWire? Topics(IdentifyOptions? options) =>
        options?.TopicPreferences is { Count: > 0 } topics
            ? new SubscriptionPreferencesWire
            {
                Topics = topics.ToDictionary(t => "topic_" + t.Key.ToString(CultureInfo.InvariantCulture), t => t.Value, StringComparer.Ordinal),
            }
            : null;
}
