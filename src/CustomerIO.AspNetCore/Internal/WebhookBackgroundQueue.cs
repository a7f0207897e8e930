using System.Threading.Channels;
using CustomerIO.Webhooks;

namespace CustomerIO.AspNetCore.Internal;

/// <summary>Verified events waiting for the background loop, bounded: a full queue is answered 503, never waited on.</summary>
internal sealed class WebhookBackgroundQueue
{
    private readonly Channel<Item> _channel;

    public WebhookBackgroundQueue(int capacity)
    {
        Capacity = capacity;
        _channel = Channel.CreateBounded<Item>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    }

    public int Capacity { get; }

    public ChannelReader<Item> Reader => _channel.Reader;

    /// <summary>Queues an event; false when the queue is full or the host is stopping.</summary>
    public bool TryEnqueue(ReportingWebhookEvent webhookEvent, WebhookHandler handler) => _channel.Writer.TryWrite(new Item(webhookEvent, handler));

    /// <summary>Accepts no more events; the loop finishes those queued.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    internal readonly record struct Item(ReportingWebhookEvent Event, WebhookHandler Handler);
}
