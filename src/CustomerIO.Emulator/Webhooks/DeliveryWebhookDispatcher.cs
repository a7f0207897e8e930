using System.Net.Http;
using System.Threading.Channels;
using CustomerIO.Emulator.State;

namespace CustomerIO.Emulator.Webhooks;

/// <summary>
/// Posts signed reporting webhooks (by default <c>sent</c> then <c>delivered</c>; see
/// <see cref="CustomerIOEmulatorOptions.ReportingWebhookMetrics"/>) for each transactional delivery to
/// the configured receiver, on one background loop so a send request never waits for it. Each
/// webhook gets at most <see cref="MaxAttempts"/> attempts (a non-2xx answer, a network error or the
/// 4-second timeout fails one), waiting 100 ms then 200 ms (on the emulator's clock) between them.
/// </summary>
internal sealed class DeliveryWebhookDispatcher : IAsyncDisposable
{
    public const int MaxAttempts = 3;
    public const int QueueCapacity = 10_000;
    private readonly string[] _metrics;
    private readonly ReportingWebhookTampering _tampering;
    private readonly Channel<EmulatedDelivery> _queue;
    private readonly ReportingWebhookSender _sender;
    private readonly Uri _target;
    private readonly string _secret;
    private readonly TimeProvider _time;
    private readonly Counters _counters;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public DeliveryWebhookDispatcher(ReportingWebhookSender sender, Uri target, string secret, IEnumerable<string> metrics, ReportingWebhookTampering tampering, TimeProvider time, Counters counters)
    {
        _metrics = [.. metrics];
        _tampering = tampering;
        _sender = sender;
        _target = target;
        _secret = secret;
        _time = time;
        _counters = counters;
        _queue = Channel.CreateBounded<EmulatedDelivery>(
            new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite },
            _ => counters.AddWebhook(delivered: false));
        _loop = Task.Run(RunAsync);
    }

    public static TimeSpan Backoff(int failedAttempts) => TimeSpan.FromMilliseconds(100 << (failedAttempts - 1));

    /// <summary>Queues the delivery's webhooks (when the queue is full they are counted as failed).</summary>
    public void Enqueue(EmulatedDelivery delivery) => _queue.Writer.TryWrite(delivery);

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }

        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        var token = _stopping.Token;
        await foreach (var delivery in _queue.Reader.ReadAllAsync(token).ConfigureAwait(false))
        {
            foreach (var metric in _metrics)
            {
                var payload = DeliveryWebhookPayload.Build(delivery, metric, _time.GetUtcNow().ToUnixTimeSeconds());
                _counters.AddWebhook(await SendWithRetriesAsync(payload, token).ConfigureAwait(false));
            }
        }
    }

    private async Task<bool> SendWithRetriesAsync(string payload, CancellationToken token)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                var status = await _sender.SendAsync(_target, _secret, payload, _tampering, token).ConfigureAwait(false);
                if (status is >= 200 and < 300)
                {
                    return true;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !token.IsCancellationRequested))
            {
                // A network error or the 4-second timeout: retried like a non-2xx answer.
            }

            if (attempt < MaxAttempts)
            {
                await Task.Delay(Backoff(attempt), _time, token).ConfigureAwait(false);
            }
        }

        return false;
    }
}
