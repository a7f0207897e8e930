using System.Buffers;

namespace CustomerIO.Queue.Engine;

/// <summary>One operation held by the queue: its JSON (serialized once, at enqueue) and its bookkeeping.</summary>
internal struct QueuedOperation
{
    public QueuedOperation(byte[] buffer, int length, bool rented, bool isIdempotent, int laneHash, long enqueuedAt, TaskCompletionSource<TrackOperationOutcome>? waiter)
    {
        Buffer = buffer;
        Length = length;
        Rented = rented;
        IsIdempotent = isIdempotent;
        LaneHash = laneHash;
        EnqueuedAt = enqueuedAt;
        Waiter = waiter;
        Sequence = 0;
    }

    /// <summary>The operation's UTF-8 JSON, in <c>Buffer[0..Length]</c>.</summary>
    public byte[] Buffer { get; }

    public int Length { get; }

    /// <summary>Whether <see cref="Buffer"/> came from <see cref="ArrayPool{T}.Shared"/> and goes back there when done.</summary>
    public bool Rented { get; }

    public bool IsIdempotent { get; }

    /// <summary>Chooses the upload lane: equal for every operation about the same entity.</summary>
    public int LaneHash { get; }

    /// <summary>The <see cref="TimeProvider.GetTimestamp"/> when it was accepted.</summary>
    public long EnqueuedAt { get; }

    /// <summary>The caller awaiting its delivery, if any.</summary>
    public TaskCompletionSource<TrackOperationOutcome>? Waiter { get; }

    /// <summary>Its position in its lane (1, 2, …), set when the lane accepts it.</summary>
    public long Sequence { get; set; }

    public readonly ReadOnlySpan<byte> Json => Buffer.AsSpan(0, Length);

    /// <summary>Gives a rented buffer back to the pool.</summary>
    public readonly void Release()
    {
        if (Rented)
        {
            ArrayPool<byte>.Shared.Return(Buffer);
        }
    }
}
