using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;

namespace CustomerIO.Emulator.App.Reads;

/// <summary><c>{"results":[identifiers]}</c>: <c>GET /customers?email=</c>.</summary>
internal sealed record CustomerResults(IReadOnlyList<PersonIdentifiers> Results);

/// <summary>A page of messages: <c>{"messages":[..],"next":".."}</c>.</summary>
internal sealed record MessagesPage(IReadOnlyList<MessageBody> Messages, string Next);

/// <summary><c>{"message":{..}}</c>: <c>GET /messages/{id}</c>.</summary>
internal sealed record MessageAnswer(MessageBody Message);

/// <summary>A delivery in the App API's message shape (<c>send_at</c> only when scheduled; the newsletter ids only for a newsletter's).</summary>
internal sealed record MessageBody(
    string Id,
    string? CustomerId,
    PersonIdentifiers CustomerIdentifiers,
    string Type,
    long Created,
    NumberOrText? TransactionalMessageId,
    string? Recipient,
    string? Subject,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? SendAt,
    EmptyBody Metrics,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? NewsletterId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? ContentId = null)
{
    /// <summary>The campaign that sent it; left out for transactional messages.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? CampaignId { get; init; }

    /// <summary>The broadcast that sent it; left out for transactional messages.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? BroadcastId { get; init; }

    /// <summary>The campaign or broadcast action that sent it; left out for transactional messages.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? ActionId { get; init; }

    /// <summary>The message of a delivery, with the person's current identifiers when it is still known.</summary>
    public static MessageBody Of(EmulatorState state, EmulatedDelivery delivery)
    {
        var person = delivery.PersonCioId is { } cioId ? state.FindPerson("cio_" + cioId) : null;
        var id = person?.Id ?? delivery.Identifiers.GetValueOrDefault("id");
        var identifiers = new PersonIdentifiers(id, person?.Email ?? delivery.Identifiers.GetValueOrDefault("email"), person?.CioId ?? delivery.PersonCioId);
        var template = delivery.TransactionalMessageId is { } text ? new NumberOrText(text) : (NumberOrText?)null;
        return new MessageBody(delivery.DeliveryId, id, identifiers, delivery.Type, delivery.QueuedAt.ToUnixTimeSeconds(), template, delivery.To, delivery.Subject, delivery.SendAt, new EmptyBody(), delivery.NewsletterId, delivery.ContentId)
        {
            CampaignId = delivery.CampaignId,
            BroadcastId = delivery.BroadcastId,
            ActionId = delivery.ActionId,
        };
    }
}

/// <summary>A page of activities: <c>{"activities":[..],"next":".."}</c>.</summary>
internal sealed record ActivitiesPage(IReadOnlyList<ActivityBody> Activities, string Next);

/// <summary>A stored event as an activity (<c>data</c> null when the event had none).</summary>
internal sealed record ActivityBody(string? Id, string? CustomerId, PersonIdentifiers CustomerIdentifiers, string Type, string Name, long Timestamp, JsonElement? Data);

/// <summary><c>{"segments":[..]}</c>.</summary>
internal sealed record SegmentsAnswer(IReadOnlyList<SegmentBody> Segments);

/// <summary><c>{"segment":{..}}</c>.</summary>
internal sealed record SegmentAnswer(SegmentBody Segment);

/// <summary>A manual segment the Track API maintains.</summary>
internal sealed record SegmentBody(NumberOrText Id, string Name, string Description, string Type, string State)
{
    public static SegmentBody Of(string id) =>
        new(new NumberOrText(id), "Segment " + id, "A manual segment maintained through the Track API (emulated).", "manual", "finished");
}

/// <summary><c>{"count":n}</c>.</summary>
internal sealed record CountAnswer(int Count);

/// <summary>A page of members: <c>{"identifiers":[..],"ids":[..],"next":".."}</c>.</summary>
internal sealed record MembershipPage(IReadOnlyList<PersonIdentifiers> Identifiers, IReadOnlyList<string?> Ids, string Next);

/// <summary><c>{"customer":{..}}</c>: <c>GET /customers/{id}/subscription_preferences</c>.</summary>
internal sealed record SubscriptionPreferencesAnswer(SubscriptionPreferencesBody Customer);

/// <summary>A person's subscription preferences page (no topics: the emulator keeps none).</summary>
internal sealed record SubscriptionPreferencesBody(string? Id, PersonIdentifiers Identifiers, PreferencesHeader Header, IReadOnlyList<TopicBody> Topics, bool Unsubscribed);

/// <summary>The page's header.</summary>
internal sealed record PreferencesHeader(string Title, string Subtitle);

/// <summary>A topic and the person's choice.</summary>
internal sealed record TopicBody(long Id, string Name, string? Description, bool Subscribed);
