using System.Text.Json;

namespace CustomerIO.Emulator;

/// <summary>
/// A message queued by an App API send (<c>POST /v1/send/email|push|sms|whatsapp|inbox_message|in_app</c>), by a
/// broadcast trigger or a campaign (then <see cref="CampaignId"/> or <see cref="BroadcastId"/> is set), or one delivery
/// of a newsletter sent through <c>POST /v1/newsletters/{id}/send</c> (then <see cref="NewsletterId"/> is set), for one recipient.
/// </summary>
public sealed record EmulatedDelivery
{
    /// <summary>The delivery id answered to the sender.</summary>
    public required string DeliveryId { get; init; }

    /// <summary>
    /// The channel: <c>email</c>, <c>push</c>, <c>sms</c>, <c>whatsapp</c>, <c>inbox_message</c> or <c>in_app</c>; for a
    /// newsletter, its type (<c>email</c>, <c>twilio</c>, <c>push</c>, <c>in_app</c>, <c>inbox</c>, <c>webhook</c>).
    /// </summary>
    public required string Type { get; init; }

    /// <summary>The identifier sent in <c>identifiers</c>: one of <c>id</c>, <c>email</c>, <c>cio_id</c> to its value.</summary>
    public required IReadOnlyDictionary<string, string> Identifiers { get; init; }

    /// <summary>The recipient's cio id (null in sink mode or when the person is suppressed).</summary>
    public string? PersonCioId { get; init; }

    /// <summary>The <c>transactional_message_id</c> as sent (an integer id or a trigger name); null for an inline email.</summary>
    public string? TransactionalMessageId { get; init; }

    /// <summary>The <c>to</c> field, if sent.</summary>
    public string? To { get; init; }

    /// <summary>The <c>subject</c> of an email, if sent, with <c>{{ trigger.* }}</c> and <c>{{ customer.* }}</c> filled in.</summary>
    public string? Subject { get; init; }

    /// <summary>The <c>body</c> of an email, if sent, filled in the same way.</summary>
    public string? Body { get; init; }

    /// <summary>How many attachments an email carried.</summary>
    public int AttachmentCount { get; init; }

    /// <summary>The <c>message_data</c> object, if sent.</summary>
    public JsonElement? MessageData { get; init; }

    /// <summary>The requested <c>send_at</c> (unix seconds), if sent.</summary>
    public long? SendAt { get; init; }

    /// <summary>The newsletter it is a delivery of; null for a transactional send.</summary>
    public long? NewsletterId { get; init; }

    /// <summary>The newsletter content (language or A/B variant) it was made from; null for a transactional send.</summary>
    public long? ContentId { get; init; }

    /// <summary>When the emulator queued it (<c>queued_at</c> in the answer).</summary>
    public DateTimeOffset QueuedAt { get; init; }

    /// <summary>The campaign it came from, if any (null for transactional sends and broadcasts).</summary>
    public long? CampaignId { get; init; }

    /// <summary>The broadcast it came from, when a broadcast trigger sent it.</summary>
    public long? BroadcastId { get; init; }

    /// <summary>The campaign or broadcast action it came from, if any.</summary>
    public long? ActionId { get; init; }
}
