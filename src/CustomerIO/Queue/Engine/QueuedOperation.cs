using CustomerIO.Track;

namespace CustomerIO.Queue.Engine;

/// <summary>One operation held by the queue: its JSON (serialized once, at enqueue) and its bookkeeping.</summary>
internal readonly struct QueuedOperation
{
    // Kept small on purpose (40 bytes): a full queue holds hundreds of thousands of these.
    private readonly object _owner;

    public QueuedOperation(ArenaSegment segment, int offset, int length, bool isIdempotent, long enqueuedAt, TaskCompletionSource<TrackOperationOutcome>? waiter)
        : this((object)segment, offset, length, isIdempotent, enqueuedAt, waiter)
    {
    }

    public QueuedOperation(byte[] json, bool isIdempotent, long enqueuedAt, TaskCompletionSource<TrackOperationOutcome>? waiter)
        : this(json, 0, json.Length, isIdempotent, enqueuedAt, waiter)
    {
    }

    private QueuedOperation(object owner, int offset, int length, bool isIdempotent, long enqueuedAt, TaskCompletionSource<TrackOperationOutcome>? waiter)
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

    /// <summary>The caller awaiting its delivery, if any.</summary>
    public TaskCompletionSource<TrackOperationOutcome>? Waiter { get; }

    public ReadOnlySpan<byte> Json => (_owner is ArenaSegment segment ? segment.Bytes : (byte[])_owner).AsSpan(Offset, Length);

    /// <summary>Lets go of the operation's bytes (once): its arena segment may go back to the pool.</summary>
    public void Release() => (_owner as ArenaSegment)?.Release();
}
