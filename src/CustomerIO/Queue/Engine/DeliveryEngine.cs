using System.Linq;
using CustomerIO.Telemetry;
using CustomerIO.Transport;
using Microsoft.Extensions.Logging;

namespace CustomerIO.Queue.Engine;

/// <summary>
/// The delivery engine every queue front end shares: admits serialized operations into the budget and their lane,
/// runs one uploader per lane, and flushes and closes. What differs per API is its <see cref="IBatchProtocol{TOutcome}"/>;
/// the budget, the sender, the outcomes and the counts are the pieces it wires together.
/// </summary>
/// <typeparam name="TOutcome">The front end's outcome type.</typeparam>
internal sealed class DeliveryEngine<TOutcome> : IQueueGauges
    where TOutcome : class
{
    private readonly IBatchProtocol<TOutcome> _protocol;
    private readonly EngineLimits _limits;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lane[] _lanes;
    private readonly Task[] _uploaders;
    private readonly PauseGate _pause;
    private readonly DropReporter _drops;
    private readonly QueueBudget _budget;
    private readonly QueueCounters _counters;
    private readonly OutcomeReporter<TOutcome> _outcomes;
    private readonly Action<QueuedOperation> _evicted;
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _closeSync = new();
    private int _closed;
    private Task<QueueSnapshot>? _closing;

    public DeliveryEngine(HttpPipeline pipeline, IBatchProtocol<TOutcome> protocol, EngineLimits limits, Action<TOutcome>? onOutcome, bool reportDeliveries, TimeProvider time, Func<double> random, ILogger logger)
    {
        _protocol = protocol;
        _limits = limits = limits with { EnvelopeOverhead = protocol.EnvelopeStart.Length + protocol.EnvelopeEndLength };
        _time = time;
        _logger = logger;
        _pause = new PauseGate(time);
        _drops = new DropReporter(logger, protocol.DisplayName, time, limits.DropLogInterval);
        _budget = new QueueBudget(limits.MaxQueueBytes, limits.MaxQueueOperations, signalsRoom: limits.FullMode == QueueFullMode.Wait);
        _counters = new QueueCounters(protocol.Name);
        _outcomes = new OutcomeReporter<TOutcome>(protocol, _counters, _budget, _drops, onOutcome, reportDeliveries);
        _evicted = operation => _outcomes.Complete(operation, OutcomeStatus.Dropped, "dropped_oldest", error: null, exception: null);
        var sender = new BatchSender<TOutcome>(pipeline, protocol, limits, _pause, _counters, _budget, _outcomes, time, random, logger);
        _lanes = new Lane[limits.Lanes];
        _uploaders = new Task[_lanes.Length];
        for (var i = 0; i < _lanes.Length; i++)
        {
            var lane = _lanes[i] = new Lane(limits, time);
            _uploaders[i] = Task.Run(() => lane.RunAsync(sender.DeliverAsync, _stopping.Token));
        }

        QueueTelemetry.Register(this);
    }

    /// <inheritdoc/>
    public string Name => _protocol.Name;

    /// <inheritdoc/>
    public long PendingCount => _budget.Count;

    /// <inheritdoc/>
    public long PendingBytes => _budget.Bytes;

    /// <inheritdoc/>
    public bool IsPaused => _pause.IsPaused;

    /// <summary>Whether closing has begun (nothing more is taken).</summary>
    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>The counts since the engine was created, and what it holds now.</summary>
    public QueueSnapshot Snapshot() => _counters.Snapshot(PendingCount, PendingBytes, IsPaused, IsClosed);

    /// <summary>Takes an operation into the budget and its lane, applying the full-queue policy when there is no room.</summary>
    /// <exception cref="CustomerIOQueueFullException">Full, under <see cref="QueueFullMode.Throw"/>.</exception>
    public EnqueueResult Admit(in QueuedOperation operation, int laneHash, in OperationFacts facts, TaskCompletionSource<TOutcome>? waiter)
    {
        if (IsClosed)
        {
            return Refuse(EnqueueStatus.Closed, "closed", "The queue is shut down.", facts, waiter);
        }

        if (operation.Length + _limits.EnvelopeOverhead > _limits.MaxBatchBytes)
        {
            return Refuse(EnqueueStatus.Invalid, "invalid", TooLargeForBatch(operation.Length), facts, waiter);
        }

        if (_budget.TryReserve(operation.Length) || (_limits.FullMode == QueueFullMode.DropOldest && _budget.EvictFor(operation.Length, _lanes, _evicted)))
        {
            return Accept(operation, laneHash, facts);
        }

        var refused = Refuse(EnqueueStatus.QueueFull, "queue_full", FullMessage(), facts, waiter);
        return _limits.FullMode == QueueFullMode.Throw ? throw new CustomerIOQueueFullException(refused.Message!) : refused;
    }

    /// <summary>Admits an operation; under <see cref="QueueFullMode.Wait"/>, waits for room up to the enqueue timeout first.</summary>
    public async ValueTask<EnqueueResult> AdmitWaitingAsync(QueuedOperation operation, int laneHash, OperationFacts facts, TaskCompletionSource<TOutcome>? waiter, CancellationToken cancellationToken)
    {
        if (_limits.FullMode != QueueFullMode.Wait || operation.Length + _limits.EnvelopeOverhead > _limits.MaxBatchBytes)
        {
            return Admit(operation, laneHash, facts, waiter);
        }

        return await _budget.WaitForRoomAsync(operation.Length, _limits.EnqueueTimeout, () => IsClosed, _time, cancellationToken).ConfigureAwait(false) switch
        {
            RoomWait.Reserved => Accept(operation, laneHash, facts),
            RoomWait.Closed => Refuse(EnqueueStatus.Closed, "closed", "The queue is shut down.", facts, waiter),
            _ => Refuse(EnqueueStatus.QueueFull, "queue_full", FullMessage(), facts, waiter),
        };
    }

    /// <summary>Refuses an operation that was never held (bad input, closed, full): counted, logged (summed), reported.</summary>
    public EnqueueResult Refuse(EnqueueStatus status, string reason, string message, in OperationFacts facts, TaskCompletionSource<TOutcome>? waiter = null)
    {
        _outcomes.Refuse(facts, reason, message, waiter);
        return new EnqueueResult(status, message);
    }

    /// <summary>
    /// Sends everything accepted so far without waiting for full batches; completes when all of it is settled, or
    /// when <paramref name="cancellationToken"/> gives up waiting (nothing is lost then: the operations stay queued).
    /// </summary>
    public async Task<QueueSnapshot> FlushAsync(CancellationToken cancellationToken)
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

        return Snapshot();
    }

    /// <summary>Stops taking operations, delivers what is held for at most <paramref name="timeout"/>, abandons the rest; a later call answers the first one's task.</summary>
    public Task<QueueSnapshot> CloseAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _closed, 1);
        lock (_closeSync)
        {
            return _closing ??= CloseCoreAsync(timeout, cancellationToken);
        }
    }

    private async Task<QueueSnapshot> CloseCoreAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        // The deadline runs on the engine's clock, set before anything is sent, so it is the same whichever way the
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

        _budget.SignalRoom();
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
                _outcomes.Complete(operation, OutcomeStatus.Abandoned, "shutdown", error: null, exception: null);
            }
        }

        // Waiting operations and those abandoned mid-upload alike.
        var abandoned = _counters.Abandoned;
        if (abandoned > 0)
        {
            Log.Abandoned(_logger, _protocol.DisplayName, abandoned);
        }

        _drops.Flush();
        QueueTelemetry.Unregister(this);
        _stopping.Dispose();
        return Snapshot();
    }

    private EnqueueResult Accept(in QueuedOperation operation, int laneHash, in OperationFacts facts)
    {
        if (!_lanes[LaneHash.Lane(laneHash, _lanes.Length)].TryAdd(operation))
        {
            // The queue shut down between the checks: give the room back.
            _budget.Release(operation.Length);
            return Refuse(EnqueueStatus.Closed, "closed", "The queue is shut down.", facts, (TaskCompletionSource<TOutcome>?)operation.Waiter);
        }

        _counters.Enqueued();
        return EnqueueResult.Accepted;
    }

    private string TooLargeForBatch(int length) =>
        $"The operation is {length} bytes; with the {_limits.EnvelopeOverhead} bytes around it, it does not fit in a batch of MaxBatchBytes ({_limits.MaxBatchBytes}).";

    private string FullMessage() =>
        $"The queue is full: it holds at most {_limits.MaxQueueBytes} bytes and {_limits.MaxQueueOperations} operations.";
}
