using System.Buffers;

namespace CustomerIO.Queue.Engine;

/// <summary>
/// Where the enqueue fast path keeps serialized operations: each thread appends them into its own pooled 64 KB
/// segment, so holding an operation costs its bytes and no array (nor pool round trip) of its own.
/// </summary>
internal static class OperationArena
{
    /// <summary>The size of a segment; every operation fits (they are at most <see cref="CustomerIOLimits.MaxOperationBytes"/>).</summary>
    public const int SegmentSize = 64 * 1024;

    [ThreadStatic]
    private static ArenaSegment? t_current;

    /// <summary>Copies <paramref name="json"/> into the calling thread's segment; the caller releases it once through the answered segment.</summary>
    public static ArenaSegment Append(ReadOnlySpan<byte> json, out int offset)
    {
        var segment = t_current;
        if (segment is null || !segment.TryAppend(json, out offset))
        {
            segment?.Seal();
            segment = t_current = new ArenaSegment(Math.Max(SegmentSize, json.Length));
            segment.TryAppend(json, out offset);
        }

        return segment;
    }
}

/// <summary>
/// One pooled buffer of the arena. Only its owning thread appends; any thread releases. The pool gets the buffer
/// back when the owner has moved on (sealed it) and every operation in it has been released.
/// </summary>
internal sealed class ArenaSegment
{
    private readonly byte[] _bytes;
    private int _written;
    private int _appended;

    /// <summary>Appended minus released once sealed; before that, minus the releases only (never positive).</summary>
    private int _balance;

    public ArenaSegment(int size) => _bytes = ArrayPool<byte>.Shared.Rent(size);

    public byte[] Bytes => _bytes;

    /// <summary>Appends when there is room (owner thread only).</summary>
    public bool TryAppend(ReadOnlySpan<byte> json, out int offset)
    {
        offset = _written;
        if (json.Length > _bytes.Length - offset)
        {
            return false;
        }

        json.CopyTo(_bytes.AsSpan(offset));
        _written = offset + json.Length;
        _appended++;
        return true;
    }

    /// <summary>The owner appends no more (owner thread only): the last release returns the buffer.</summary>
    public void Seal()
    {
        if (Interlocked.Add(ref _balance, _appended) == 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
        }
    }

    /// <summary>Operations appended and not yet released, once sealed (the buffer goes back to the pool at zero); for diagnostics and tests.</summary>
    public int Outstanding => Volatile.Read(ref _balance);

    /// <summary>One appended operation is done with (any thread, once per operation).</summary>
    public void Release()
    {
        // Before the seal the balance only goes down, so it reaches zero only after the seal, on the last release.
        if (Interlocked.Decrement(ref _balance) == 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
        }
    }
}
