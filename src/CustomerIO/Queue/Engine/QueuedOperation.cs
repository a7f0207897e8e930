namespace CustomerIO.Queue.Engine;

/// <summary>One operation held by the queue: its JSON (serialized once, at enqueue) and its bookkeeping.</summary>
internal readonly struct QueuedOperation
{
    // Kept small on purpose (40 bytes): a full queue holds hundreds of thousands of these.
    private readonly object _owner;

    public QueuedOperation(ArenaSegment segment, int offset, int length, bool isIdempotent, long enqueuedAt, object? waiter)
        : this((object)segment, offset, length, isIdempotent, enqueuedAt, waiter)
    {
    }

    public QueuedOperation(byte[] json, bool isIdempotent, long enqueuedAt, object? waiter)
        : this(json, 0, json.Length, isIdempotent, enqueuedAt, waiter)
    {
    }

    private QueuedOperation(object owner, int offset, int length, bool isIdempotent, long enqueuedAt, object? waiter)
    {
        _owner = owner;
        Offset = offset;
        Length = length;
        IsIdempotent = isIdempotent;
        EnqueuedAt = enqueuedAt;
        Waiter = waiter;
    }

    /// <summary>Where the operation's UTF-8 JSON starts in its buffer (an arena segment's, or its own array).</summary>
    public int Offset { get; }

    public int Length { get; }

    public bool IsIdempotent { get; }

    /// <summary>The <see cref="TimeProvider.GetTimestamp"/> when it was accepted.</summary>
    public long EnqueuedAt { get; }

    /// <summary>
    /// The caller awaiting its settling, if any: a <see cref="TaskCompletionSource{TResult}"/> of the front end's
    /// outcome type (held untyped so that the lanes and their queues stay free of any API's types).
    /// </summary>
    public object? Waiter { get; }

    public ReadOnlySpan<byte> Json => (_owner is ArenaSegment segment ? segment.Bytes : (byte[])_owner).AsSpan(Offset, Length);

    /// <summary>Lets go of the operation's bytes (once): its arena segment may go back to the pool.</summary>
    public void Release() => (_owner as ArenaSegment)?.Release();
}
