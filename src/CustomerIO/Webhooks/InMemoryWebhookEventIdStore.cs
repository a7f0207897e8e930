namespace CustomerIO.Webhooks;

/// <summary>
/// An <see cref="IWebhookEventIdStore"/> in this process's memory, bounded both ways: an id is remembered for
/// <see cref="Window"/> and at most <see cref="Capacity"/> ids are kept (the oldest are forgotten first), so a flood
/// of distinct ids costs bounded memory. Thread-safe.
/// </summary>
public sealed class InMemoryWebhookEventIdStore : IWebhookEventIdStore
{
    /// <summary>The default capacity: 100,000 ids (a few megabytes).</summary>
    public const int DefaultCapacity = 100_000;

    /// <summary>The default window: 24 hours, far longer than Customer.io's retries of one unanswered request take to start.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(24);

    // The id to the sequence number of its claim and whether it was handled; the queue holds claims oldest first. A
    // released id leaves its queue entry behind, which the sequence number tells apart from a later claim of the same id.
    private readonly Dictionary<string, (long Sequence, bool Handled)> _claimed = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, long Sequence, long At)> _order = new();
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly long _windowTicks;
    private long _sequence;

    /// <summary>Creates a store.</summary>
    /// <param name="capacity">How many ids are kept at most; default <see cref="DefaultCapacity"/>.</param>
    /// <param name="window">How long an id is remembered; default <see cref="DefaultWindow"/>.</param>
    /// <param name="timeProvider">The clock; default <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="CustomerIOValidationException">The capacity is below 1 or the window is not positive.</exception>
    public InMemoryWebhookEventIdStore(int capacity = DefaultCapacity, TimeSpan? window = null, TimeProvider? timeProvider = null)
    {
        if (capacity < 1)
        {
            throw new CustomerIOValidationException(nameof(capacity), $"The capacity must be at least 1; it is {capacity}.");
        }

        var span = window ?? DefaultWindow;
        if (span <= TimeSpan.Zero)
        {
            throw new CustomerIOValidationException(nameof(window), $"The window must be positive; it is {span}.");
        }

        Capacity = capacity;
        Window = span;
        _time = timeProvider ?? TimeProvider.System;
        _windowTicks = span.Ticks;
    }

    /// <summary>How many ids are kept at most.</summary>
    public int Capacity { get; }

    /// <summary>How long an id is remembered.</summary>
    public TimeSpan Window { get; }

    /// <summary>How many ids are remembered now (expired ones are dropped as claims arrive).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _claimed.Count;
            }
        }
    }

    /// <summary>How many claims are queued for expiry, released ones included (bounded at twice the capacity).</summary>
    internal int QueuedEntries
    {
        get
        {
            lock (_gate)
            {
                return _order.Count;
            }
        }
    }

    /// <inheritdoc/>
    public ValueTask<WebhookEventClaim> ClaimAsync(string eventId, CancellationToken cancellationToken = default)
    {
        Validation.Guard.NotEmpty(eventId, nameof(eventId), "event id");
        var now = _time.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            Expire(now);
            if (_claimed.TryGetValue(eventId, out var claim))
            {
                return new ValueTask<WebhookEventClaim>(claim.Handled ? WebhookEventClaim.Handled : WebhookEventClaim.InProgress);
            }

            // Released claims leave entries behind: the queue is bounded too, at twice the capacity.
            while ((_claimed.Count >= Capacity || _order.Count >= 2 * Capacity) && _order.Count > 0)
            {
                Forget(_order.Dequeue());
            }

            var sequence = ++_sequence;
            _claimed[eventId] = (sequence, false);
            _order.Enqueue((eventId, sequence, now));
            return new ValueTask<WebhookEventClaim>(WebhookEventClaim.Claimed);
        }
    }

    /// <inheritdoc/>
    public ValueTask CompleteAsync(string eventId, CancellationToken cancellationToken = default)
    {
        Validation.Guard.NotEmpty(eventId, nameof(eventId), "event id");
        lock (_gate)
        {
            // Still remembered from the claim's time: the window runs from the first delivery.
            if (_claimed.TryGetValue(eventId, out var claim))
            {
                _claimed[eventId] = (claim.Sequence, true);
            }
        }

        return default;
    }

    /// <inheritdoc/>
    public ValueTask ReleaseAsync(string eventId, CancellationToken cancellationToken = default)
    {
        Validation.Guard.NotEmpty(eventId, nameof(eventId), "event id");
        lock (_gate)
        {
            // The queue entry stays; Forget skips it because the id is no longer claimed at that time.
            _claimed.Remove(eventId);
        }

        return default;
    }

    /// <summary>Describes the store without the ids.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"InMemoryWebhookEventIdStore({Count} of {Capacity} ids, window {Window})";

    private void Expire(long now)
    {
        while (_order.Count > 0 && now - _order.Peek().At >= _windowTicks)
        {
            Forget(_order.Dequeue());
        }
    }

    /// <summary>Drops the id unless it was released (and perhaps claimed again) since this entry was queued.</summary>
    private void Forget((string Id, long Sequence, long At) entry)
    {
        if (_claimed.TryGetValue(entry.Id, out var claim) && claim.Sequence == entry.Sequence)
        {
            _claimed.Remove(entry.Id);
        }
    }
}
