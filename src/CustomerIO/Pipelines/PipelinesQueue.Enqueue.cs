using CustomerIO.Pipelines.Wire;
using CustomerIO.Queue.Engine;

namespace CustomerIO.Pipelines;

public sealed partial class PipelinesQueue
{
    /// <summary>Queues a message built ahead (any type, a semantic event included). Never blocks; answers whether it was taken.</summary>
    /// <param name="message">The message.</param>
    /// <returns>Accepted, or refused and why.</returns>
    /// <exception cref="CustomerIOQueueFullException">The queue is full and <see cref="CustomerIOQueueOptions.FullMode"/> is <see cref="QueueFullMode.Throw"/>.</exception>
    public EnqueueResult Enqueue(PipelinesMessage message) => _engine.Admit(FromMessage(message, waiter: null), message.LaneHash, Facts(message), waiter: null);

    /// <summary>Queues a message; under <see cref="QueueFullMode.Wait"/> waits (up to <see cref="CustomerIOQueueOptions.EnqueueTimeout"/>) for room instead of refusing.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Stops waiting for room.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public ValueTask<EnqueueResult> EnqueueAsync(PipelinesMessage message, CancellationToken cancellationToken = default) =>
        _engine.AdmitWaitingAsync(FromMessage(message, waiter: null), message.LaneHash, Facts(message), waiter: null, cancellationToken);

    /// <summary>
    /// Queues a message and completes when it is settled: delivered, failed, dropped or abandoned (for messages that
    /// must not be lost). Under <see cref="QueueFullMode.Wait"/> it first waits for room as <see cref="EnqueueAsync"/>
    /// does. Cancelling stops the waiting only; a message already queued stays queued.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>What happened to the message.</returns>
    public async Task<PipelinesMessageOutcome> EnqueueAndWaitAsync(PipelinesMessage message, CancellationToken cancellationToken = default)
    {
        var waiter = new TaskCompletionSource<PipelinesMessageOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        await _engine.AdmitWaitingAsync(FromMessage(message, waiter), message.LaneHash, Facts(message), waiter, cancellationToken).ConfigureAwait(false);
        await Delays.WaitAsync(_time, waiter.Task, timeout: null, cancellationToken).ConfigureAwait(false);
        return await waiter.Task.ConfigureAwait(false);
    }

    /// <summary>Queues an <c>identify</c> (see <see cref="PipelinesMessage.Identify(PipelinesUser, IReadOnlyDictionary{string, object?}?, PipelinesMessageOptions?)"/>), written straight into pooled memory.</summary>
    /// <param name="user">Who.</param>
    /// <param name="traits">The traits to set; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>Accepted, or refused and why (an invalid message is refused, not thrown).</returns>
    public EnqueueResult Identify(PipelinesUser user, IReadOnlyDictionary<string, object?>? traits = null, PipelinesMessageOptions? options = null) =>
        Write(new MessageParts("identify", user, options) { Payload = traits });

    /// <summary>
    /// Queues a <c>track</c> (see <see cref="PipelinesMessage.Track(PipelinesUser, string, IReadOnlyDictionary{string, object?}?, PipelinesMessageOptions?)"/>).
    /// The fast path: written straight into pooled memory, a plain dictionary of primitives without the serializer.
    /// </summary>
    /// <param name="user">Who.</param>
    /// <param name="event">The event's name.</param>
    /// <param name="properties">The event's properties; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult Track(PipelinesUser user, string @event, IReadOnlyDictionary<string, object?>? properties = null, PipelinesMessageOptions? options = null) =>
        Write(new MessageParts("track", user, options) { Event = @event, Payload = properties });

    /// <summary>Queues a <c>page</c> (see <see cref="PipelinesMessage.Page(PipelinesUser, string?, IReadOnlyDictionary{string, object?}?, PipelinesMessageOptions?, string?)"/>).</summary>
    /// <param name="user">Who.</param>
    /// <param name="name">The page's name; null for none.</param>
    /// <param name="properties">The page's properties; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <param name="category">The page's <c>category</c>; null for none.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult Page(PipelinesUser user, string? name = null, IReadOnlyDictionary<string, object?>? properties = null, PipelinesMessageOptions? options = null, string? category = null) =>
        Write(new MessageParts("page", user, options) { Name = name, Category = category, Payload = properties });

    /// <summary>Queues a <c>screen</c> (see <see cref="PipelinesMessage.Screen(PipelinesUser, string?, IReadOnlyDictionary{string, object?}?, PipelinesMessageOptions?, string?)"/>).</summary>
    /// <param name="user">Who.</param>
    /// <param name="name">The screen's name; null for none.</param>
    /// <param name="properties">The screen's properties; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <param name="category">The screen's <c>category</c>; null for none.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult Screen(PipelinesUser user, string? name = null, IReadOnlyDictionary<string, object?>? properties = null, PipelinesMessageOptions? options = null, string? category = null) =>
        Write(new MessageParts("screen", user, options) { Name = name, Category = category, Payload = properties });

    /// <summary>Queues a <c>group</c> (see <see cref="PipelinesMessage.Group(PipelinesUser, string, IReadOnlyDictionary{string, object?}?, PipelinesMessageOptions?)"/>).</summary>
    /// <param name="user">Who is related to the group.</param>
    /// <param name="groupId">The group's id.</param>
    /// <param name="traits">The group's traits; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult Group(PipelinesUser user, string groupId, IReadOnlyDictionary<string, object?>? traits = null, PipelinesMessageOptions? options = null) =>
        Write(new MessageParts("group", user, options) { GroupId = groupId, Payload = traits });

    /// <summary>Queues an <c>alias</c> (see <see cref="PipelinesMessage.Alias"/>).</summary>
    /// <param name="userId">The id the person has now.</param>
    /// <param name="previousId">The id they had before.</param>
    /// <returns>Accepted, or refused and why.</returns>
    /// <param name="options">Id, time, context, integrations.</param>
    public EnqueueResult Alias(string userId, string previousId, PipelinesMessageOptions? options = null) =>
        Write(new MessageParts("alias", new PipelinesUser(userId, null), options) { PreviousId = previousId });

    /// <summary>Queues an object and the user's relationship to it (see <see cref="PipelinesMessage.Object"/>).</summary>
    /// <param name="user">Who is related to the object.</param>
    /// <param name="objectId">The object's id.</param>
    /// <param name="objectTypeId">The object type's id.</param>
    /// <param name="attributes">The object's attributes; null for none.</param>
    /// <param name="relationshipAttributes">The relationship's attributes; null for none.</param>
    /// <param name="options">Id, time, context, integrations.</param>
    /// <returns>Accepted, or refused and why.</returns>
    public EnqueueResult Object(PipelinesUser user, string objectId, string objectTypeId, IReadOnlyDictionary<string, object?>? attributes = null, IReadOnlyDictionary<string, object?>? relationshipAttributes = null, PipelinesMessageOptions? options = null)
    {
        MessageParts parts;
        try
        {
            parts = PipelinesMessage.ObjectParts(user, objectId, objectTypeId, attributes, relationshipAttributes, options);
        }
        catch (Exception e) when (IsBadInput(e))
        {
            return _engine.Refuse(EnqueueStatus.Invalid, "invalid", e.Message, new OperationFacts("group", "group", EventId: null));
        }

        return Write(parts);
    }

    private EnqueueResult Write(in MessageParts parts)
    {
        var facts = new OperationFacts(parts.Type, parts.Type, EventId: null);
        if (_engine.IsClosed)
        {
            return _engine.Refuse(EnqueueStatus.Closed, "closed", "The queue is shut down.", facts);
        }

        ArenaSegment segment;
        int offset, length;
        try
        {
            segment = MessageWriter.WriteToArena(parts, _time.GetUtcNow(), out offset, out length);
        }
        catch (Exception e) when (IsBadInput(e))
        {
            return _engine.Refuse(EnqueueStatus.Invalid, "invalid", e.Message, facts);
        }

        var queued = new QueuedOperation(segment, offset, length, isIdempotent: true, _time.GetTimestamp(), waiter: null);
        EnqueueResult result;
        try
        {
            result = _engine.Admit(queued, MessageWriter.LaneHashOf(parts.User), facts, waiter: null);
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

    /// <summary>What the SDK throws for bad input, which enqueueing answers as <see cref="EnqueueStatus.Invalid"/> instead.</summary>
    private static bool IsBadInput(Exception e) => e is CustomerIOValidationException or ArgumentNullException;

    private QueuedOperation FromMessage(PipelinesMessage message, TaskCompletionSource<PipelinesMessageOutcome>? waiter)
    {
        if (message is null)
        {
            throw new ArgumentNullException(nameof(message));
        }

        return new QueuedOperation(message.JsonArray, isIdempotent: true, _time.GetTimestamp(), waiter);
    }

    private static OperationFacts Facts(PipelinesMessage message) => new(message.Type, message.Type, message.MessageId);
}
