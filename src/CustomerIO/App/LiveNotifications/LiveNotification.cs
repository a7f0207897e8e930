using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>A live notification's state (<c>GET /v1/live_notifications/{instance_id}</c>).</summary>
public sealed class LiveNotification
{
    [JsonConstructor]
    internal LiveNotification()
    {
    }

    /// <summary>The instance id (a ULID) the start answered.</summary>
    [JsonInclude, JsonPropertyName("instance_id")]
    public string? InstanceId { get; internal set; }

    /// <summary>The activity's reverse-DNS type, for example <c>io.customer.livenotifications.segments</c>.</summary>
    [JsonInclude, JsonPropertyName("notification_type")]
    public string? NotificationType { get; internal set; }

    /// <summary>The device platform.</summary>
    [JsonInclude, JsonPropertyName("platform")]
    public MobilePlatform? Platform { get; internal set; }

    /// <summary>Where it is in its life (<see cref="LiveNotificationState.Active"/> until it ends, expires or fails).</summary>
    [JsonInclude, JsonPropertyName("state")]
    public LiveNotificationState? State { get; internal set; }

    /// <summary>Why it failed, when <see cref="State"/> is <see cref="LiveNotificationState.Failed"/>.</summary>
    [JsonInclude, JsonPropertyName("failure_reason")]
    public string? FailureReason { get; internal set; }

    /// <summary>When it started.</summary>
    [JsonInclude, JsonPropertyName("started_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? StartedAt { get; internal set; }

    /// <summary>When it ended, if it did.</summary>
    [JsonInclude, JsonPropertyName("ended_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? EndedAt { get; internal set; }

    /// <summary>When it expires.</summary>
    [JsonInclude, JsonPropertyName("expires_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? ExpiresAt { get; internal set; }

    /// <summary>Its most recent delivery, if any.</summary>
    [JsonInclude, JsonPropertyName("last_delivery")]
    public LiveNotificationDelivery? LastDelivery { get; internal set; }
}

/// <summary>One delivery of a live notification: the operation it carried and its status.</summary>
public sealed class LiveNotificationDelivery
{
    [JsonConstructor]
    internal LiveNotificationDelivery()
    {
    }

    /// <summary>The delivery's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public string? Id { get; internal set; }

    /// <summary>The operation it carried: start, update or end.</summary>
    [JsonInclude, JsonPropertyName("operation")]
    public LiveNotificationOperation? Operation { get; internal set; }

    /// <summary>The delivery's status.</summary>
    [JsonInclude, JsonPropertyName("status")]
    public LiveNotificationDeliveryStatus? Status { get; internal set; }

    /// <summary>Where the operation came from: the API or the device.</summary>
    [JsonInclude, JsonPropertyName("source")]
    public string? Source { get; internal set; }

    /// <summary>When the delivery was created.</summary>
    [JsonInclude, JsonPropertyName("created_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CreatedAt { get; internal set; }
}

/// <summary>The alert that accompanies a live notification's start, update or end: title and body both required.</summary>
public sealed class LiveNotificationAlert
{
    /// <summary>Describes the alert.</summary>
    /// <param name="title">The alert's title.</param>
    /// <param name="body">The alert's body.</param>
    public LiveNotificationAlert(string title, string body)
    {
        Title = title;
        Body = body;
    }

    /// <summary>The alert's title.</summary>
    public string Title { get; }

    /// <summary>The alert's body.</summary>
    public string Body { get; }

    /// <summary>The sound to play with it.</summary>
    public string? Sound { get; set; }
}

/// <summary><c>{"instance_id":".."}</c>: what start, update and end answer.</summary>
internal sealed class LiveNotificationAnswer
{
    [JsonPropertyName("instance_id")]
    public string? InstanceId { get; set; }
}
