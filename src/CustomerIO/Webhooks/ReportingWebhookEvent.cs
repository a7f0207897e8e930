using System.Text.Json;

namespace CustomerIO.Webhooks;

/// <summary>
/// One reporting webhook from Customer.io, parsed by <see cref="ReportingWebhookParser"/>: a typed event per
/// object type (<see cref="EmailEvent"/>, <see cref="PushEvent"/>, ..., <see cref="CustomerEvent"/>), or an
/// <see cref="UnrecognizedWebhookEvent"/> for an object type or metric this SDK version does not know. Switch on
/// the type, then on <see cref="Metric"/>.
/// </summary>
public abstract class ReportingWebhookEvent
{
    private protected ReportingWebhookEvent(in WebhookEnvelope envelope)
    {
        EventId = envelope.EventId;
        ObjectType = envelope.ObjectType;
        Metric = envelope.Metric;
        Timestamp = envelope.Timestamp;
        Json = envelope.Json;
    }

    /// <summary>The event's unique id (<c>event_id</c>): a retried webhook carries the same one, so de-duplicate by it.</summary>
    public string EventId { get; }

    /// <summary>The channel or kind of object (<c>object_type</c>).</summary>
    public WebhookObjectType ObjectType { get; }

    /// <summary>What happened (<c>metric</c>).</summary>
    public WebhookMetric Metric { get; }

    /// <summary>When it happened (<c>timestamp</c>, Unix seconds).</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The whole payload as received, for fields this SDK version does not model yet.</summary>
    public JsonElement Json { get; }

    /// <summary>Describes the event by kind and id, without its data (which holds personal data).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{GetType().Name}({ObjectType} {Metric}, event {EventId})";
}

/// <summary>A reporting webhook whose <c>data</c> is typed.</summary>
/// <typeparam name="TData">The type of <see cref="Data"/>.</typeparam>
public abstract class ReportingWebhookEvent<TData> : ReportingWebhookEvent
    where TData : WebhookEventData
{
    private protected ReportingWebhookEvent(in WebhookEnvelope envelope, TData data)
        : base(envelope)
    {
        Data = data;
    }

    /// <summary>The event's details (<c>data</c>).</summary>
    public TData Data { get; }
}

/// <summary>The fields every reporting webhook has, read before its type is known.</summary>
internal readonly record struct WebhookEnvelope(string EventId, WebhookObjectType ObjectType, WebhookMetric Metric, DateTimeOffset Timestamp, JsonElement Json);
