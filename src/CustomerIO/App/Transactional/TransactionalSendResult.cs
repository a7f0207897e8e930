using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>What Customer.io answers a transactional send: the delivery it queued, and when.</summary>
public sealed class TransactionalSendResult
{
    [JsonConstructor]
    internal TransactionalSendResult()
    {
    }

    /// <summary>The delivery's id: find the message with <see cref="MessagesClient.GetAsync"/>.</summary>
    [JsonInclude, JsonPropertyName("delivery_id")]
    public string DeliveryId { get; internal set; } = string.Empty;

    /// <summary>When Customer.io accepted and queued the send.</summary>
    [JsonInclude, JsonPropertyName("queued_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? QueuedAt { get; internal set; }

    /// <summary>When a scheduled send goes out; null for a send now.</summary>
    [JsonInclude, JsonPropertyName("send_at"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? SendAt { get; internal set; }
}
