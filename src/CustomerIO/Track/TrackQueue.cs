using System.Linq;
using CustomerIO.Queue.Engine;
using CustomerIO.Telemetry;
using CustomerIO.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CustomerIO.Track;

/// <summary>
/// The batching delivery engine for the Track API: enqueue any Track v2 operation from a hot path without awaiting
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
    private readonly HttpPipeline _pipeline;
    private readonly TrackQueueOptions _options;
    private readonly CustomerIORetryOptions _retry;
    private readonly Func<double> _random;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lane[] _lanes;
    private readonly Task[] _uploaders;
    private readonly PauseGate _pause;
    private readonly DropReporter _drops;
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _roomSync = new();
    private TaskCompletionSource<bool> _room = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _pendingBytes;
    private long _pendingCount;
    private long _enqueued;
    private long _delivered;
    private long _failed;
    private long _dropped;
    private long _refused;
    private long _abandoned;
    private int _inFlight;
    private int _consecutiveUploadFailures;
    private int _evictCursor;
    private int _closed;
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
        _pipeline = client.Pipeline;
        _retry = client.Options.Retry.Clone();
        _random = client.Options.Random;
        _time = client.Options.TimeProvider;
        _logger = (client.Options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(typeof(TrackQueue).FullName!);
        _pause = new PauseGate(_time);
        _drops = new DropReporter(_logger, _time, _options.DropLogInterval);
        _lanes = new Lane[_options.MaxConcurrentUploads];
        _uploaders = new Task[_lanes.Length];
        for (var i = 0; i < _lanes.Length; i++)
        {
            var lane = _lanes[i] = new Lane(_options, _time);
            _uploaders[i] = Task.Run(() => lane.RunAsync(DeliverAsync, _stopping.Token));
        }

        QueueTelemetry.Register(this);
    }

    /// <summary>Operations held now (queued or being uploaded).</summary>
    internal long PendingCount => Volatile.Read(ref _pendingCount);

    /// <summary>Bytes of the operations held now.</summary>
    internal long PendingBytes => Volatile.Read(ref _pendingBytes);

    /// <summary>Whether a 429 has paused every upload.</summary>
    internal bool IsPaused => _pause.IsPaused;

    /// <summary>A snapshot of the queue's counts.</summary>
    /// <returns>The counts since the queue was created, and what it holds now.</returns>
    public TrackQueueStatistics GetStatistics() => new(
        Volatile.Read(ref _enqueued),
        Volatile.Read(ref _delivered),
        Volatile.Read(ref _failed),
        Volatile.Read(ref _dropped),
        Volatile.Read(ref _refused),
        Volatile.Read(ref _abandoned),
        PendingCount,
        PendingBytes,
        Volatile.Read(ref _inFlight),
        IsPaused,
        Volatile.Read(ref _consecutiveUploadFailures),
        Volatile.Read(ref _closed) != 0);

    /// <summary>
    /// Sends everything accepted so far without waiting for full batches, and completes when all of it has been
    /// delivered, failed or dropped, or when <paramref name="cancellationToken"/> gives up waiting (nothing is
    /// lost then: the operations stay queued).
    /// </summary>
    /// <param name="cancellationToken">Stops waiting (the deadline).</param>
    /// <returns>The counts when the flush completed or was given up.</returns>
    public async Task<TrackQueueStatistics> FlushAsync(CancellationToken cancellationToken = default)
    {
        var flushed = Task.WhenAll(_lanes.Select(lane => lane.FlushAsync()));
        try
        {
            await Delays.WaitAsync(_time, flushed, timeout: null, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The deadline passed: answer what is still pending rather than throw.
        }

        return GetStatistics();
    }

    /// <summary>
    /// Stops accepting operations, delivers what is queued for at most <see cref="TrackQueueOptions.ShutdownTimeout"/>
    /// (sooner if <paramref name="cancellationToken"/> is cancelled), then abandons the rest (reported through
    /// <see cref="TrackQueueOptions.OnOutcome"/> and counted). Safe to call twice: a later call answers the first
    /// one's result, under the first one's deadline.
    /// </summary>
    /// <param name="cancellationToken">Ends the delivery early (the host's own shutdown deadline, say).</param>
    /// <returns>
    /// The final counts: <see cref="TrackQueueStatistics.Delivered"/>, <see cref="TrackQueueStatistics.Failed"/>, and
    /// <see cref="TrackQueueStatistics.Abandoned"/> for what could not be delivered in time.
    /// </returns>
    public Task<TrackQueueStatistics> CloseAsync(CancellationToken cancellationToken = default) =>
        CloseAsync(_options.ShutdownTimeout, cancellationToken);

    /// <summary>
    /// Closes the queue as <see cref="CloseAsync(CancellationToken)"/> does, with <paramref name="timeout"/> as the
    /// deadline instead of <see cref="TrackQueueOptions.ShutdownTimeout"/> (longer or shorter).
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

        Volatile.Write(ref _closed, 1);
        lock (_roomSync)
        {
            return _closing ??= CloseCoreAsync(timeout, cancellationToken);
        }
    }

    /// <summary>Closes the queue within <see cref="TrackQueueOptions.ShutdownTimeout"/> (see <see cref="CloseAsync(CancellationToken)"/>).</summary>
    /// <returns>A task that completes when the queue has shut down.</returns>
    public async ValueTask DisposeAsync() => await CloseAsync().ConfigureAwait(false);

    /// <summary>
    /// Starts closing the queue in the background, within <see cref="TrackQueueOptions.ShutdownTimeout"/>, without
    /// blocking (for containers and <c>using</c> statements that dispose synchronously). Prefer
    /// <see cref="DisposeAsync"/> or <see cref="CloseAsync(CancellationToken)"/>, which wait for the delivery and answer the counts.
    /// </summary>
    public void Dispose()
    {
        _ = CloseAsync();
        GC.SuppressFinalize(this);
    }

    private async Task<TrackQueueStatistics> CloseCoreAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        // The deadline runs on the queue's clock, set before anything is sent, so it is the same whichever way the
        // queue is closed. Timers refuse about 49 days and more: a deadline of a month or more is as good as none.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var timer = timeout == Timeout.InfiniteTimeSpan || timeout >= TimeSpan.FromDays(30)
            ? null
            : _time.CreateTimer(static s => ((CancellationTokenSource)s!).Cancel(), deadline, timeout, Timeout.InfiniteTimeSpan);

        // Started under a lock by CloseAsync: leave it before anything (callbacks included) runs.
        await Task.Yield();
        foreach (var lane in _lanes)
        {
            lane.Close();
        }

        SignalRoom();
        var finished = Task.WhenAll(_uploaders);
        try
        {
            await Delays.WaitAsync(_time, finished, timeout: null, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            // The deadline passed (or the caller gave up): stop the uploads; what is left is abandoned below.
        }

        _stopping.Cancel();
        try
        {
            await finished.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The loops end by cancellation after the deadline.
        }

        foreach (var lane in _lanes)
        {
            foreach (var operation in lane.DrainRemaining())
            {
                Complete(operation, OutcomeStatus.Abandoned, "shutdown", error: null, exception: null);
            }
        }

        // Waiting operations and those abandoned mid-upload alike.
        var abandoned = Volatile.Read(ref _abandoned);
        if (abandoned > 0)
        {
            Log.Abandoned(_logger, abandoned);
        }

        _drops.Flush();
        QueueTelemetry.Unregister(this);
        _stopping.Dispose();
        return GetStatistics();
    }

    /// <summary>
    /// What holding one operation costs beyond its JSON: its entry in a lane (40 bytes) and that queue's growth room.
    /// Counting it keeps <see cref="TrackQueueOptions.MaxQueueBytes"/> a bound on memory, not only on payload.
    /// </summary>
    internal const int OperationOverheadBytes = 48;

    /// <summary>
    /// Reserves room for an operation in the byte and count budgets. Compare-and-swap, so callers racing near the
    /// bound never refuse one another spuriously: one that fits is taken.
    /// </summary>
    private bool TryReserve(int jsonBytes)
    {
        var bytes = jsonBytes + OperationOverheadBytes;
        while (true)
        {
            var current = Volatile.Read(ref _pendingBytes);
            if (current + bytes > _options.MaxQueueBytes)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _pendingBytes, current + bytes, current) == current)
            {
                break;
            }
        }

        while (true)
        {
            var count = Volatile.Read(ref _pendingCount);
            if (count >= _options.MaxQueueOperations)
            {
                Interlocked.Add(ref _pendingBytes, -bytes);
                return false;
            }

            if (Interlocked.CompareExchange(ref _pendingCount, count + 1, count) == count)
            {
                return true;
            }
        }
    }

    private void ReleaseRoom(long jsonBytes, int count = 1)
    {
        if (count == 0)
        {
            return;
        }

        Interlocked.Add(ref _pendingBytes, -(jsonBytes + ((long)count * OperationOverheadBytes)));
        Interlocked.Add(ref _pendingCount, -count);
        if (_options.FullMode == QueueFullMode.Wait)
        {
            SignalRoom();
        }
    }

    private void SignalRoom()
    {
        TaskCompletionSource<bool> room;
        lock (_roomSync)
        {
            room = _room;
            _room = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        room.TrySetResult(true);
    }

    private Task NextRoomSignal()
    {
        lock (_roomSync)
        {
            return _room.Task;
        }
    }

    /// <summary>Drops the oldest waiting operations, lane by lane, until <paramref name="bytes"/> more would fit.</summary>
    private bool EvictFor(int bytes)
    {
        for (var tries = 0; tries < _options.MaxQueueOperations + _lanes.Length; tries++)
        {
            if (TryReserve(bytes))
            {
                return true;
            }

            var evicted = false;
            for (var i = 0; i < _lanes.Length && !evicted; i++)
            {
                var lane = _lanes[(int)((uint)Interlocked.Increment(ref _evictCursor) % (uint)_lanes.Length)];
                if (lane.TryEvictOldest(out var oldest))
                {
                    Complete(oldest, OutcomeStatus.Dropped, "dropped_oldest", error: null, exception: null);
                    evicted = true;
                }
            }

            if (!evicted)
            {
                return false; // everything held is in flight: nothing can be dropped
            }
        }

        return false;
    }
}
