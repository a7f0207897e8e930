using System.Text.Json.Serialization.Metadata;
using CustomerIO.Queue.Engine;
using CustomerIO.Telemetry;

namespace CustomerIO.Track;

public sealed partial class TrackQueue
{
    /// <summary>Queues any Track v2 operation. Never blocks; answers whether the operation was taken.</summary>
    /// <param name="operation">The operation, from <see cref="PersonOperation"/>, <see cref="ObjectOperation"/> or <see cref="DeliveryOperation"/>.</param>
    /// <returns>Accepted, or refused and why.</returns>
    /// <exception cref="CustomerIOQueueFullException">The queue is full and <see cref="TrackQueueOptions.FullMode"/> is <see cref="QueueFullMode.Throw"/>.</exception>
    public EnqueueResult Enqueue(TrackOperation operation) => Admit(FromOperation(operation, waiter: null), operation.LaneHash, operation.Type, operation.Action, waiter: null);

    /// <summary>
    /// Queues any Track v2 operation; under <see cref="QueueFullMode.Wait"/> waits (up to
    /// <see cref="TrackQueueOptions.EnqueueTimeout"/>) for room instead of refusing.
    /// </summary>
    /// <param name="operation">The operation.</param>
    /// <param name="cancellationToken">Stops waiting for room.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public ValueTask<EnqueueResult> EnqueueAsync(TrackOperation operation, CancellationToken cancellationToken = default) =>
        AdmitWaitingAsync(FromOperation(operation, waiter: null), operation, waiter: null, cancellationToken);

    /// <summary>
    /// Queues an operation and completes when it is settled: delivered, failed, dropped or abandoned (for events
    /// that must not be lost). Under <see cref="QueueFullMode.Wait"/> it first waits for room as
    /// <see cref="EnqueueAsync"/> does. Cancelling stops the waiting only; an operation already queued stays queued.
    /// </summary>
    /// <param name="operation">The operation.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>What happened to the operation.</returns>
    public async Task<TrackOperationOutcome> EnqueueAndWaitAsync(TrackOperation operation, CancellationToken cancellationToken = default)
    {
        var waiter = new TaskCompletionSource<TrackOperationOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        await AdmitWaitingAsync(FromOperation(operation, waiter), operation, waiter, cancellationToken).ConfigureAwait(false);
        await Delays.WaitAsync(_time, waiter.Task, timeout: null, cancellationToken).ConfigureAwait(false);
        return await waiter.Task.ConfigureAwait(false);
    }

    /// <summary>Admits an operation; under <see cref="QueueFullMode.Wait"/>, waits for room up to the enqueue timeout first.</summary>
    private async ValueTask<EnqueueResult> AdmitWaitingAsync(QueuedOperation queued, TrackOperation operation, TaskCompletionSource<TrackOperationOutcome>? waiter, CancellationToken cancellationToken)
    {
        if (_options.FullMode != QueueFullMode.Wait || queued.Length + Lane.BatchOverhead > _options.MaxBatchBytes)
        {
            return Admit(queued, operation.LaneHash, operation.Type, operation.Action, waiter);
        }

        var started = _time.GetTimestamp();
        while (true)
        {
            var room = NextRoomSignal();
            if (Volatile.Read(ref _closed) != 0)
            {
                return Refuse(EnqueueStatus.Closed, "closed", "The queue is shut down.", operation.Type, operation.Action, waiter);
            }

            if (TryReserve(queued.Length))
            {
                return Accept(queued, operation.LaneHash, operation.Type, operation.Action);
            }

            var left = _options.EnqueueTimeout - _time.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                return Refuse(EnqueueStatus.QueueFull, "queue_full", FullMessage(), operation.Type, operation.Action, waiter);
            }

            await Delays.WaitAsync(_time, room, left, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Queues an identify (create or update a person).</summary>
    /// <param name="person">The person.</param>
    /// <param name="attributes">Attributes to set.</param>
    /// <param name="options">Reserved attributes.</param>
    /// <returns>Accepted, or refused and why (an invalid operation is refused, not thrown).</returns>
    public EnqueueResult Identify(PersonIdentifier person, IReadOnlyDictionary<string, object?>? attributes = null, IdentifyOptions? options = null) =>
        Build("identify", () => PersonOperation.Identify(person, attributes, options));

    /// <summary>Queues an identify from the caller's own attribute type.</summary>
    /// <typeparam name="TAttributes">The attribute type.</typeparam>
    /// <param name="person">The person.</param>
    /// <param name="attributes">The attributes.</param>
    /// <param name="attributesTypeInfo">The type's JSON metadata.</param>
    /// <param name="options">Reserved attributes.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult Identify<TAttributes>(PersonIdentifier person, TAttributes attributes, JsonTypeInfo<TAttributes> attributesTypeInfo, IdentifyOptions? options = null) =>
        Build("identify", () => PersonOperation.Identify(person, attributes, attributesTypeInfo, options));

    /// <summary>Queues an event a person performed. The fast path: serialized straight into pooled memory, with a new ULID id.</summary>
    /// <param name="person">The person.</param>
    /// <param name="name">The event's name (at most 100 bytes).</param>
    /// <param name="data">The event's data (at most 100,000 bytes as JSON).</param>
    /// <param name="options">The event's id and time.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult Track(PersonIdentifier person, string name, IReadOnlyDictionary<string, object?>? data = null, EventOptions? options = null) =>
        EnqueueEvent(person, "event"u8, "event", name, data, options);

    /// <summary>Queues an event with the caller's own data type.</summary>
    /// <typeparam name="TData">The data type.</typeparam>
    /// <param name="person">The person.</param>
    /// <param name="name">The event's name.</param>
    /// <param name="data">The event's data.</param>
    /// <param name="dataTypeInfo">The type's JSON metadata.</param>
    /// <param name="options">The event's id and time.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult Track<TData>(PersonIdentifier person, string name, TData data, JsonTypeInfo<TData> dataTypeInfo, EventOptions? options = null) =>
        Build("event", () => PersonOperation.Event(person, name, data, dataTypeInfo, options));

    /// <summary>Queues a page view (the name is the page's URL or path).</summary>
    /// <param name="person">The person.</param>
    /// <param name="url">The page's URL or path.</param>
    /// <param name="data">The event's data.</param>
    /// <param name="options">The event's id and time.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult TrackPageView(PersonIdentifier person, string url, IReadOnlyDictionary<string, object?>? data = null, EventOptions? options = null) =>
        EnqueueEvent(person, "page"u8, "page", url, data, options);

    /// <summary>Queues a mobile screen view.</summary>
    /// <param name="person">The person.</param>
    /// <param name="screen">The screen's name.</param>
    /// <param name="data">The event's data.</param>
    /// <param name="options">The event's id and time.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult TrackScreenView(PersonIdentifier person, string screen, IReadOnlyDictionary<string, object?>? data = null, EventOptions? options = null) =>
        EnqueueEvent(person, "screen"u8, "screen", screen, data, options);

    /// <summary>Queues adding or updating a device.</summary>
    /// <param name="person">The person.</param>
    /// <param name="device">The device.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult AddDevice(PersonIdentifier person, Device device) => Build("add_device", () => PersonOperation.AddDevice(person, device));

    /// <summary>Queues removing a device.</summary>
    /// <param name="person">The person.</param>
    /// <param name="deviceToken">The device's push token.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult DeleteDevice(PersonIdentifier person, string deviceToken) => Build("delete_device", () => PersonOperation.DeleteDevice(person, deviceToken));

    /// <summary>Queues deleting a person.</summary>
    /// <param name="person">The person.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult DeletePerson(PersonIdentifier person) => Build("delete", () => PersonOperation.Delete(person));

    /// <summary>Queues suppressing a person.</summary>
    /// <param name="person">The person.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult Suppress(PersonIdentifier person) => Build("suppress", () => PersonOperation.Suppress(person));

    /// <summary>Queues unsuppressing a person.</summary>
    /// <param name="person">The person.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult Unsuppress(PersonIdentifier person) => Build("unsuppress", () => PersonOperation.Unsuppress(person));

    /// <summary>Queues merging the secondary person into the primary (sent alone: a merge is never repeated).</summary>
    /// <param name="primary">The person who remains.</param>
    /// <param name="secondary">The person merged and deleted.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult MergePeople(PersonIdentifier primary, PersonIdentifier secondary) => Build("merge", () => PersonOperation.Merge(primary, secondary));

    private EnqueueResult EnqueueEvent(PersonIdentifier person, ReadOnlySpan<byte> action, string actionName, string name, IReadOnlyDictionary<string, object?>? data, EventOptions? options)
    {
        if (Volatile.Read(ref _closed) != 0)
        {
            return Refuse(EnqueueStatus.Closed, "closed", "The queue is shut down.", "person", actionName);
        }

        ArenaSegment segment;
        int offset, length;
        try
        {
            segment = EventWriter.Write(person, action, name, data, options, out offset, out length);
        }
        catch (Exception e) when (IsBadInput(e))
        {
            return Refuse(EnqueueStatus.Invalid, "invalid", e.Message, "person", actionName);
        }

        var queued = new QueuedOperation(segment, offset, length, isIdempotent: true, _time.GetTimestamp(), waiter: null);
        EnqueueResult result;
        try
        {
            result = Admit(queued, LaneHash.Of(person.WireName, person.Value), "person", actionName, waiter: null);
        }
        catch (CustomerIOQueueFullException)
        {
            queued.Release();
            throw;
        }

        if (!result.IsAccepted)
        {
            queued.Release();
        }

        return result;
    }

    private EnqueueResult Build(string action, Func<TrackOperation> create)
    {
        TrackOperation operation;
        try
        {
            operation = create();
        }
        catch (Exception e) when (IsBadInput(e))
        {
            return Refuse(EnqueueStatus.Invalid, "invalid", e.Message, "person", action);
        }

        return Enqueue(operation);
    }

    /// <summary>
    /// What the SDK throws for bad input, which enqueueing answers as <see cref="EnqueueStatus.Invalid"/> instead:
    /// its validation errors, and a missing (null or <c>default</c>) argument. Their messages name parameters and
    /// limits, never the data.
    /// </summary>
    private static bool IsBadInput(Exception e) => e is CustomerIOValidationException or ArgumentNullException;

    private QueuedOperation FromOperation(TrackOperation operation, TaskCompletionSource<TrackOperationOutcome>? waiter)
    {
        if (operation is null)
        {
            throw new ArgumentNullException(nameof(operation));
        }

        return new QueuedOperation(operation.JsonArray, operation.IsIdempotent, _time.GetTimestamp(), waiter);
    }

    /// <summary>Takes an operation into the budget and its lane, applying the full-queue policy when there is no room.</summary>
    private EnqueueResult Admit(QueuedOperation operation, int laneHash, string type, string action, TaskCompletionSource<TrackOperationOutcome>? waiter)
    {
        if (Volatile.Read(ref _closed) != 0)
        {
            return Refuse(EnqueueStatus.Closed, "closed", "The queue is shut down.", type, action, waiter);
        }

        if (operation.Length + Lane.BatchOverhead > _options.MaxBatchBytes)
        {
            return Refuse(EnqueueStatus.Invalid, "invalid", TooLargeForBatch(operation.Length), type, action, waiter);
        }

        if (TryReserve(operation.Length) || (_options.FullMode == QueueFullMode.DropOldest && EvictFor(operation.Length)))
        {
            return Accept(operation, laneHash, type, action);
        }

        var refused = Refuse(EnqueueStatus.QueueFull, "queue_full", FullMessage(), type, action, waiter);
        return _options.FullMode == QueueFullMode.Throw ? throw new CustomerIOQueueFullException(refused.Message!) : refused;
    }

    private EnqueueResult Accept(QueuedOperation operation, int laneHash, string type, string action)
    {
        if (!_lanes[LaneHash.Lane(laneHash, _lanes.Length)].TryAdd(operation))
        {
            // The queue shut down between the checks: give the room back.
            ReleaseRoom(operation.Length);
            return Refuse(EnqueueStatus.Closed, "closed", "The queue is shut down.", type, action, operation.Waiter);
        }

        Interlocked.Increment(ref _enqueued);
        if (QueueTelemetry.Enqueued.Enabled)
        {
            QueueTelemetry.Enqueued.Add(1);
        }

        return EnqueueResult.Accepted;
    }

    private string TooLargeForBatch(int length) =>
        $"The operation is {length} bytes; with the {Lane.BatchOverhead} bytes around it, it does not fit in a batch of MaxBatchBytes ({_options.MaxBatchBytes}).";

    private string FullMessage() =>
        $"The queue is full: it holds at most {_options.MaxQueueBytes} bytes and {_options.MaxQueueOperations} operations.";
}
