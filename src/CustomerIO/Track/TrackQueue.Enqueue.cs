using System.Text.Json.Serialization.Metadata;
using CustomerIO.Queue.Engine;

namespace CustomerIO.Track;

public sealed partial class TrackQueue
{
    /// <summary>Queues any Track v2 operation. Never blocks; answers whether the operation was taken.</summary>
    /// <param name="operation">The operation, from <see cref="PersonOperation"/>, <see cref="ObjectOperation"/> or <see cref="DeliveryOperation"/>.</param>
    /// <returns>Accepted, or refused and why.</returns>
    /// <exception cref="CustomerIOQueueFullException">The queue is full and <see cref="CustomerIOQueueOptions.FullMode"/> is <see cref="QueueFullMode.Throw"/>.</exception>
    public EnqueueResult Enqueue(TrackOperation operation) => _engine.Admit(FromOperation(operation, waiter: null), operation.LaneHash, Facts(operation), waiter: null);

    /// <summary>
    /// Queues any Track v2 operation; under <see cref="QueueFullMode.Wait"/> waits (up to
    /// <see cref="CustomerIOQueueOptions.EnqueueTimeout"/>) for room instead of refusing.
    /// </summary>
    /// <param name="operation">The operation.</param>
    /// <param name="cancellationToken">Stops waiting for room.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public ValueTask<EnqueueResult> EnqueueAsync(TrackOperation operation, CancellationToken cancellationToken = default) =>
        _engine.AdmitWaitingAsync(FromOperation(operation, waiter: null), operation.LaneHash, Facts(operation), waiter: null, cancellationToken);

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
        await _engine.AdmitWaitingAsync(FromOperation(operation, waiter), operation.LaneHash, Facts(operation), waiter, cancellationToken).ConfigureAwait(false);
        await Delays.WaitAsync(_time, waiter.Task, timeout: null, cancellationToken).ConfigureAwait(false);
        return await waiter.Task.ConfigureAwait(false);
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
        if (_engine.IsClosed)
        {
            return _engine.Refuse(EnqueueStatus.Closed, "closed", "The queue is shut down.", new OperationFacts("person", actionName, EventId: null));
        }

        ArenaSegment segment;
        int offset, length;
        try
        {
            segment = EventWriter.Write(person, action, name, data, options, out offset, out length);
        }
        catch (Exception e) when (IsBadInput(e))
        {
            return _engine.Refuse(EnqueueStatus.Invalid, "invalid", e.Message, new OperationFacts("person", actionName, EventId: null));
        }

        var queued = new QueuedOperation(segment, offset, length, isIdempotent: true, _time.GetTimestamp(), waiter: null);
        EnqueueResult result;
        try
        {
            result = _engine.Admit(queued, LaneHash.Of(person.WireName, person.Value), new OperationFacts("person", actionName, EventId: null), waiter: null);
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
            return _engine.Refuse(EnqueueStatus.Invalid, "invalid", e.Message, new OperationFacts("person", action, EventId: null));
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

    /// <summary>What a refusal's outcome tells about an operation (its event id is read from the JSON only once it is held).</summary>
    private static OperationFacts Facts(TrackOperation operation) => new(operation.Type, operation.Action, EventId: null);
}
