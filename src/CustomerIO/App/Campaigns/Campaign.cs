using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>
/// A campaign (Customer.io also calls it an automation): its state, trigger and actions. The fields of trigger kinds
/// that do not apply are null.
/// </summary>
public sealed class Campaign
{
    [JsonConstructor]
    internal Campaign()
    {
    }

    /// <summary>The campaign's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>An id of the form <c>id:timestamp</c> that changes whenever the campaign changes.</summary>
    [JsonInclude, JsonPropertyName("deduplicate_id")]
    public string? DeduplicateId { get; internal set; }

    /// <summary>Its name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>Its description, if one was set.</summary>
    [JsonInclude, JsonPropertyName("description")]
    public string? Description { get; internal set; }

    /// <summary>Its trigger kind (deprecated by Customer.io, still answered).</summary>
    [JsonInclude, JsonPropertyName("type")]
    public CampaignType? Type { get; internal set; }

    /// <summary>Whether it is active and can still send.</summary>
    [JsonInclude, JsonPropertyName("active")]
    public bool Active { get; internal set; }

    /// <summary><c>running</c>, <c>draft</c> or <c>stopped</c>.</summary>
    [JsonInclude, JsonPropertyName("state")]
    public CampaignState? State { get; internal set; }

    /// <summary>Its actions: id and kind (read one with <see cref="CampaignsClient.GetActionAsync"/>).</summary>
    [JsonInclude, JsonPropertyName("actions")]
    public IReadOnlyList<ActionReference>? Actions { get; internal set; }

    /// <summary>Its tags.</summary>
    [JsonInclude, JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; internal set; }

    /// <summary>The segments its audience filter uses.</summary>
    [JsonInclude, JsonPropertyName("filter_segment_ids")]
    public IReadOnlyList<long>? FilterSegmentIds { get; internal set; }

    /// <summary>The segments its trigger uses.</summary>
    [JsonInclude, JsonPropertyName("trigger_segment_ids")]
    public IReadOnlyList<long>? TriggerSegmentIds { get; internal set; }

    /// <summary>For an object trigger: the object type.</summary>
    [JsonInclude, JsonPropertyName("object_type_id")]
    public long? ObjectTypeId { get; internal set; }

    /// <summary>For an object trigger: the object attributes its filter uses, as the JSON text Customer.io answers.</summary>
    [JsonInclude, JsonPropertyName("filter_object_attributes")]
    public string? FilterObjectAttributes { get; internal set; }

    /// <summary>For an object trigger: the relationship attributes its filter uses, as the JSON text Customer.io answers.</summary>
    [JsonInclude, JsonPropertyName("filter_relationship_attributes")]
    public string? FilterRelationshipAttributes { get; internal set; }

    /// <summary>For an object trigger: the object attribute conditions that trigger it; open-ended, so kept as JSON.</summary>
    [JsonInclude, JsonPropertyName("object_attribute_triggers")]
    public JsonElement? ObjectAttributeTriggers { get; internal set; }

    /// <summary>For a webhook trigger: the webhook Customer.io generated.</summary>
    [JsonInclude, JsonPropertyName("webhook_id")]
    public long? WebhookId { get; internal set; }

    /// <summary>When it was first started.</summary>
    [JsonInclude, JsonPropertyName("first_started"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? FirstStarted { get; internal set; }

    /// <summary>When it was created.</summary>
    [JsonInclude, JsonPropertyName("created"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Created { get; internal set; }

    /// <summary>When it last changed.</summary>
    [JsonInclude, JsonPropertyName("updated"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Updated { get; internal set; }
}

/// <summary>An action named by a campaign or a broadcast: its id and what it sends.</summary>
public sealed class ActionReference
{
    [JsonConstructor]
    internal ActionReference()
    {
    }

    /// <summary>The action's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>What it sends (<c>email</c>, <c>webhook</c>, <c>push</c>, ...).</summary>
    [JsonInclude, JsonPropertyName("type")]
    public ActionType? Type { get; internal set; }
}
