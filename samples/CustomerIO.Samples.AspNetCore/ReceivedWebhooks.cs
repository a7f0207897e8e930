using CustomerIO.Webhooks;

namespace CustomerIO.Samples.AspNetCore;

/// <summary>The last 100 webhooks the sample received: what <c>GET /webhooks/customerio/received</c> shows.</summary>
internal sealed class ReceivedWebhooks
{
    private const int Capacity = 100;
    private readonly Queue<ReceivedWebhook> _items = new();

    public void Add(ReportingWebhookEvent webhookEvent, string summary)
    {
        lock (_items)
        {
            if (_items.Count == Capacity)
            {
                _items.Dequeue();
            }

            _items.Enqueue(new ReceivedWebhook(webhookEvent.EventId, webhookEvent.ObjectType.Value, webhookEvent.Metric.Value, webhookEvent.GetType().Name, summary));
        }
    }

    public IReadOnlyList<ReceivedWebhook> Snapshot()
    {
        lock (_items)
        {
            return [.. _items];
        }
    }
}

/// <summary>One received webhook, as the sample lists it.</summary>
internal sealed record ReceivedWebhook(string EventId, string ObjectType, string Metric, string Type, string Summary);
