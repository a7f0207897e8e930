using CustomerIO.Queue.Engine;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomerIO.Pipelines;

/// <summary>
/// The batching queue for the Data Pipelines API: enqueue messages from a hot path without awaiting the network,
/// and the queue delivers them through <c>POST /v1/batch</c> in batches under Customer.io's limits (32 KB a message,
/// 500 KB a batch), keeping each user's messages in order, pausing together on rate limits, and reporting every
/// message it could not deliver. The same delivery engine as <see cref="Track.TrackQueue"/>. Thread-safe; create one
/// per source and dispose it at shutdown to deliver what is queued.
/// </summary>
/// <remarks>
/// <para>Messages are checked and serialized once, at enqueue, with their <c>messageId</c> and <c>timestamp</c>
/// stamped then, and held as UTF-8 bytes; the queue is bounded in bytes and count. A batch sent again after an
/// ambiguous failure carries the same message ids, so Customer.io applies each once; its <c>sentAt</c> is the new
/// attempt's.</para>
/// <para>Order is kept per user: by <c>userId</c>, else <c>anonymousId</c>. A user who gains a <c>userId</c> may travel
/// through another lane than the same visitor's anonymous messages; flush first if their order matters.</para>
/// <para>Bad input is never thrown: a message that fails the checks is answered <see cref="EnqueueStatus.Invalid"/>
/// with a reason that names the parameter and the limit, never the data. With strict mode (the client's default) a
/// message Customer.io refuses is reported failed with Customer.io's error; without it, Customer.io answers 200 and
/// drops it, and the queue cannot know.</para>
/// </remarks>
public sealed partial class PipelinesQueue : IAsyncDisposable, IDisposable
{
    // The typed front end: it writes messages and hands their bytes, lane and idempotency to the shared delivery
    // engine, which does everything else.
    private readonly PipelinesQueueOptions _options;
    private readonly TimeProvider _time;
    private readonly DeliveryEngine<PipelinesMessageOutcome> _engine;
    private readonly object _closeSync = new();
    private Task<PipelinesQueueStatistics>? _closing;

    /// <summary>Creates a queue that delivers through <paramref name="client"/>'s transport (its endpoint, write key, strict mode, retries and telemetry).</summary>
    /// <param name="client">The Pipelines client whose transport the queue shares.</param>
    /// <param name="options">Batching, bounds, concurrency and shutdown settings; the defaults when omitted.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public PipelinesQueue(PipelinesClient client, PipelinesQueueOptions? options = null)
    {
        if (client is null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        _options = options?.Clone() ?? new PipelinesQueueOptions();
        _options.Validate();
        _time = client.Options.TimeProvider;
        var logger = (client.Options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(typeof(PipelinesQueue).FullName!);
        _engine = new DeliveryEngine<PipelinesMessageOutcome>(
            client.Pipeline,
            new PipelinesBatchProtocol(_time),
            _options.ToLimits(client.Options.Retry),
            _options.OnOutcome,
            _options.ReportDeliveries,
            _time,
            client.Options.Random,
            logger);
    }

    /// <summary>A snapshot of the queue's counts.</summary>
    /// <returns>The counts since the queue was created, and what it holds now.</returns>
    public PipelinesQueueStatistics GetStatistics() => new(_engine.Snapshot());

    /// <summary>
    /// Sends everything accepted so far without waiting for full batches, and completes when all of it has been
    /// delivered, failed or dropped, or when <paramref name="cancellationToken"/> gives up waiting (nothing is
    /// lost then: the messages stay queued).
    /// </summary>
    /// <param name="cancellationToken">Stops waiting (the deadline).</param>
    /// <returns>The counts when the flush completed or was given up.</returns>
    public async Task<PipelinesQueueStatistics> FlushAsync(CancellationToken cancellationToken = default) =>
        new(await _engine.FlushAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Stops accepting messages, delivers what is queued for at most <see cref="CustomerIOQueueOptions.ShutdownTimeout"/>
    /// (sooner if <paramref name="cancellationToken"/> is cancelled), then abandons the rest (reported through
    /// <see cref="PipelinesQueueOptions.OnOutcome"/> and counted). Safe to call twice: a later call answers the first
    /// one's result, under the first one's deadline.
    /// </summary>
    /// <param name="cancellationToken">Ends the delivery early (the host's own shutdown deadline, say).</param>
    /// <returns>The final counts.</returns>
    public Task<PipelinesQueueStatistics> CloseAsync(CancellationToken cancellationToken = default) =>
        CloseAsync(_options.ShutdownTimeout, cancellationToken);

    /// <summary>
    /// Closes the queue as <see cref="CloseAsync(CancellationToken)"/> does, with <paramref name="timeout"/> as the
    /// deadline instead of <see cref="CustomerIOQueueOptions.ShutdownTimeout"/>.
    /// </summary>
    /// <param name="timeout">How long to keep delivering; <see cref="Timeout.InfiniteTimeSpan"/> for as long as it takes.</param>
    /// <param name="cancellationToken">Ends the delivery early.</param>
    /// <returns>The final counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative (and not infinite).</exception>
    public Task<PipelinesQueueStatistics> CloseAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), "The timeout must not be negative.");
        }

        lock (_closeSync)
        {
            return _closing ??= CloseCoreAsync(_engine.CloseAsync(timeout, cancellationToken));
        }
    }

    /// <summary>Closes the queue within <see cref="CustomerIOQueueOptions.ShutdownTimeout"/> (see <see cref="CloseAsync(CancellationToken)"/>).</summary>
    /// <returns>A task that completes when the queue has shut down.</returns>
    public async ValueTask DisposeAsync() => await CloseAsync().ConfigureAwait(false);

    /// <summary>
    /// Starts closing the queue in the background, within <see cref="CustomerIOQueueOptions.ShutdownTimeout"/>, without
    /// blocking. Prefer <see cref="DisposeAsync"/> or <see cref="CloseAsync(CancellationToken)"/>, which wait for the delivery and answer the counts.
    /// </summary>
    public void Dispose()
    {
        _ = CloseAsync();
        GC.SuppressFinalize(this);
    }

    private static async Task<PipelinesQueueStatistics> CloseCoreAsync(Task<QueueSnapshot> closing) => new(await closing.ConfigureAwait(false));
}
