using CustomerIO.Queue.Engine;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomerIO.Track;

/// <summary>
/// The batching queue for the Track API: enqueue any Track v2 operation from a hot path without awaiting
/// the network, and the queue delivers it through <c>POST /api/v2/batch</c> in batches under Customer.io's limits,
/// keeping each person's operations in order, pausing together on rate limits, and reporting every operation it
/// could not deliver. Thread-safe; create one per workspace and dispose it at shutdown to deliver what is queued.
/// </summary>
/// <remarks>
/// <para>Operations are serialized once, at enqueue, and held as UTF-8 bytes; the queue is bounded in bytes and count.
/// Events get their ULID id at enqueue, so a batch sent again after an ambiguous failure is de-duplicated by
/// Customer.io.</para>
/// <para>Order is kept per identifier as written: the same person addressed by id and by email (or an object by
/// type and id and by cio_object_id) may travel through different lanes. A merge travels with the primary person's
/// operations; flush first if the secondary person still has operations queued.</para>
/// <para>Bad input is never thrown: an operation that fails validation is answered
/// <see cref="EnqueueStatus.Invalid"/> with a reason that names the parameter and the limit, never the data.</para>
/// <para>Values in attributes and event data may be strings, numbers, booleans, arrays, dictionaries,
/// <see cref="System.Text.Json.JsonElement"/> values and times. A <see cref="DateTimeOffset"/> is sent as Unix seconds, and so
/// is a <see cref="DateTime"/>: one of kind <see cref="DateTimeKind.Utc"/> or <see cref="DateTimeKind.Local"/> as the instant
/// it names, one of kind <see cref="DateTimeKind.Unspecified"/> as if it were UTC (never as the machine's local time, so
/// the same value sends the same number from every server). A time before 1970 inside attributes is data and is sent
/// as negative seconds; the call's own times (event timestamps, <c>created_at</c>, a device's <c>last_used</c>, metric
/// times) are refused before 1970. Text must be valid Unicode: one with an unpaired surrogate is refused, never sent
/// altered.</para>
/// </remarks>
public sealed partial class TrackQueue : IAsyncDisposable, IDisposable
{
    // The typed front end: it builds operations (or writes events on the fast path) and hands their bytes, lane and
    // idempotency to the shared delivery engine, which does everything else.
    private readonly TrackQueueOptions _options;
    private readonly TimeProvider _time;
    private readonly DeliveryEngine<TrackOperationOutcome> _engine;
    private readonly object _closeSync = new();
    private Task<TrackQueueStatistics>? _closing;

    /// <summary>Creates a queue that delivers through <paramref name="client"/>'s transport (its endpoint, credentials, retries and telemetry).</summary>
    /// <param name="client">The Track client whose transport the queue shares.</param>
    /// <param name="options">Batching, bounds, concurrency and shutdown settings; the defaults when omitted.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public TrackQueue(TrackClient client, TrackQueueOptions? options = null)
    {
        if (client is null)
        {
            throw new ArgumentNullException(nameof(client));
        }

        _options = options?.Clone() ?? new TrackQueueOptions();
        _options.Validate();
        _time = client.Options.TimeProvider;
        var logger = (client.Options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(typeof(TrackQueue).FullName!);
        _engine = new DeliveryEngine<TrackOperationOutcome>(
            client.Pipeline,
            TrackBatchProtocol.Instance,
            _options.ToLimits(client.Options.Retry),
            _options.OnOutcome,
            _options.ReportDeliveries,
            _time,
            client.Options.Random,
            logger);
    }

    /// <summary>Operations held now (queued or being uploaded).</summary>
    internal long PendingCount => _engine.PendingCount;

    /// <summary>Bytes of the operations held now.</summary>
    internal long PendingBytes => _engine.PendingBytes;

    /// <summary>Whether a 429 has paused every upload.</summary>
    internal bool IsPaused => _engine.IsPaused;

    /// <summary>A snapshot of the queue's counts.</summary>
    /// <returns>The counts since the queue was created, and what it holds now.</returns>
    public TrackQueueStatistics GetStatistics() => Statistics(_engine.Snapshot());

    /// <summary>
    /// Sends everything accepted so far without waiting for full batches, and completes when all of it has been
    /// delivered, failed or dropped, or when <paramref name="cancellationToken"/> gives up waiting (nothing is
    /// lost then: the operations stay queued).
    /// </summary>
    /// <param name="cancellationToken">Stops waiting (the deadline).</param>
    /// <returns>The counts when the flush completed or was given up.</returns>
    public async Task<TrackQueueStatistics> FlushAsync(CancellationToken cancellationToken = default) =>
        Statistics(await _engine.FlushAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Stops accepting operations, delivers what is queued for at most <see cref="CustomerIOQueueOptions.ShutdownTimeout"/>
    /// (sooner if <paramref name="cancellationToken"/> is cancelled), then abandons the rest (reported through
    /// <see cref="TrackQueueOptions.OnOutcome"/> and counted). Safe to call twice: a later call answers the first
    /// one's result, under the first one's deadline.
    /// </summary>
    /// <param name="cancellationToken">Ends the delivery early (the host's own shutdown deadline, say).</param>
    /// <returns>
    /// The final counts: <see cref="CustomerIOQueueStatistics.Delivered"/>, <see cref="CustomerIOQueueStatistics.Failed"/>, and
    /// <see cref="CustomerIOQueueStatistics.Abandoned"/> for what could not be delivered in time.
    /// </returns>
    public Task<TrackQueueStatistics> CloseAsync(CancellationToken cancellationToken = default) =>
        CloseAsync(_options.ShutdownTimeout, cancellationToken);

    /// <summary>
    /// Closes the queue as <see cref="CloseAsync(CancellationToken)"/> does, with <paramref name="timeout"/> as the
    /// deadline instead of <see cref="CustomerIOQueueOptions.ShutdownTimeout"/> (longer or shorter).
    /// </summary>
    /// <param name="timeout">How long to keep delivering; <see cref="Timeout.InfiniteTimeSpan"/> for as long as it takes.</param>
    /// <param name="cancellationToken">Ends the delivery early.</param>
    /// <returns>The final counts (see <see cref="CloseAsync(CancellationToken)"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative (and not infinite).</exception>
    public Task<TrackQueueStatistics> CloseAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), "The timeout must not be negative.");
        }

        // One task for every call, so every caller reads the same final counts.
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
    /// blocking (for containers and <c>using</c> statements that dispose synchronously). Prefer
    /// <see cref="DisposeAsync"/> or <see cref="CloseAsync(CancellationToken)"/>, which wait for the delivery and answer the counts.
    /// </summary>
    public void Dispose()
    {
        _ = CloseAsync();
        GC.SuppressFinalize(this);
    }

    private static async Task<TrackQueueStatistics> CloseCoreAsync(Task<QueueSnapshot> closing) => Statistics(await closing.ConfigureAwait(false));

    private static TrackQueueStatistics Statistics(in QueueSnapshot s) => new(s);
}
