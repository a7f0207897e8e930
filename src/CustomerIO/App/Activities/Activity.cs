using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Paging;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>
/// Something that happened to a person: an event, a page or screen view, an attribute change, a message delivery
/// (<see cref="Type"/> says which). Customer.io guarantees activities for the last 30 days only.
/// </summary>
public sealed class Activity
{
    [JsonConstructor]
    internal Activity()
    {
    }

    /// <summary>The activity's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public string? Id { get; internal set; }

    /// <summary>What happened, for example <see cref="ActivityType.Event"/> or <see cref="ActivityType.SentEmail"/> (the API has many more).</summary>
    [JsonInclude, JsonPropertyName("type")]
    public ActivityType? Type { get; internal set; }

    /// <summary>When it happened.</summary>
    [JsonInclude, JsonPropertyName("timestamp"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Timestamp { get; internal set; }

    /// <summary>The person's id; prefer <see cref="CustomerIdentifiers"/>.</summary>
    [JsonInclude, JsonPropertyName("customer_id")]
    public string? CustomerId { get; internal set; }

    /// <summary>The person's identifiers.</summary>
    [JsonInclude, JsonPropertyName("customer_identifiers")]
    public CustomerIdentifiers? CustomerIdentifiers { get; internal set; }

    /// <summary>The delivery, for message activities.</summary>
    [JsonInclude, JsonPropertyName("delivery_id")]
    public string? DeliveryId { get; internal set; }

    /// <summary>The delivery's kind, for message activities: <c>email</c>, <c>ios</c>, <c>android</c>, <c>phone</c>.</summary>
    [JsonInclude, JsonPropertyName("delivery_type")]
    public ActivityDeliveryType? DeliveryType { get; internal set; }

    /// <summary>
    /// What the activity carries; its shape depends on <see cref="Type"/> (event data, an attribute's <c>from</c> and
    /// <c>to</c>, a delivery's state), so it is kept as JSON.
    /// </summary>
    [JsonInclude, JsonPropertyName("data")]
    public JsonElement? Data { get; internal set; }
}

/// <summary>Filters of the workspace's activity list (<c>GET /v1/activities</c>); every one is optional.</summary>
public sealed class ActivityListOptions : IAppQuery
{
    /// <summary>Only this type of activity (for example <see cref="ActivityType.Event"/>, or <c>_o:&lt;object type&gt;:…</c> for objects).</summary>
    public ActivityType? Type { get; set; }

    /// <summary>Only activities of this name (an event's name).</summary>
    public string? Name { get; set; }

    /// <summary>Include activities of deleted people.</summary>
    public bool? Deleted { get; set; }

    /// <summary>Only this person's activities.</summary>
    public CustomerIdentifier? Customer { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        AppQuery.Add(query, "type", Type?.Value);
        AppQuery.Add(query, "name", Name);
        AppQuery.Add(query, "deleted", Deleted);
        if (Customer is { } person)
        {
            var checkedPerson = person.Checked("options.Customer");
            AppQuery.Add(query, "customer_id", checkedPerson.Value);
            AppQuery.Add(query, "id_type", checkedPerson.IdType);
        }
    }
}

/// <summary>Filters of a person's activity list (<c>GET /v1/customers/{id}/activities</c>).</summary>
public sealed class CustomerActivityListOptions : IAppQuery
{
    /// <summary>Only this type of activity.</summary>
    public ActivityType? Type { get; set; }

    /// <summary>Only activities of this name.</summary>
    public string? Name { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        AppQuery.Add(query, "type", Type?.Value);
        AppQuery.Add(query, "name", Name);
    }
}

/// <summary><c>{"activities":[..],"next":".."}</c>.</summary>
internal sealed class ActivitiesPage : ICursorPage<Activity>
{
    [JsonPropertyName("activities")]
    public IReadOnlyList<Activity>? Activities { get; set; }

    [JsonPropertyName("next"), JsonConverter(typeof(CursorJsonConverter))]
    public string? Next { get; set; }

    IReadOnlyList<Activity>? IPageAnswer<Activity>.Values => Activities;
}
