namespace CustomerIO.Queue.Engine;

/// <summary>One operation held by the queue: its JSON (serialized once, at enqueue) and its bookkeeping.</summary>
internal struct QueuedOperation
{
    public QueuedOperation(byte[] buffer, int offset, int length, ArenaSegment? segment, bool isIdempotent, int laneHash, long enqueuedAt, TaskCompletionSource<TrackOperationOutcome>? waiter)
    {
        Buffer = buffer;
        Offset = offset;
        Length = length;
        Segment = segment;
        IsIdempotent = isIdempotent;
        LaneHash = laneHash;
        EnqueuedAt = enqueuedAt;
        Waiter = waiter;
        Sequence = 0;
    }

    /// <summary>Holds the operation's UTF-8 JSON, in <c>Buffer[Offset..Offset+Length]</c>.</summary>
    public byte[] Buffer { get; }

    public int Offset { get; }

    public int Length { get; }

    /// <summary>The arena segment <see cref="Buffer"/> belongs to (released when done), or null when the buffer is the operation's own.</summary>
    public ArenaSegment? Segment { get; }

    public bool IsIdempotent { get; }

    /// <summary>Chooses the upload lane: equal for every operation about the same entity.</summary>
    public int LaneHash { get; }

    /// <summary>The <see cref="TimeProvider.GetTimestamp"/> when it was accepted.</summary>
    public long EnqueuedAt { get; }

    /// <summary>The caller awaiting its delivery, if any.</summary>
    public TaskCompletionSource<TrackOperationOutcome>? Waiter { get; }

    /// <summary>Its position in its lane (1, 2, …), set when the lane accepts it.</summary>
    public long Sequence { get; set; }

    public readonly ReadOnlySpan<byte> Json => Buffer.AsSpan(Offset, Length);

    /// <summary>Lets go of the operation's bytes (once): its arena segment may go back to the pool.</summary>
    public readonly void Release() => Segment?.Release();
}
