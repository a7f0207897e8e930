namespace CustomerIO.Emulator.State;

/// <summary>
/// A fixed-capacity log that keeps the newest items. Appends are lock-free (one interlocked
/// increment), so concurrent writers never wait; snapshots are approximate under concurrent writes.
/// </summary>
internal sealed class BoundedRing<T>
    where T : class
{
    private readonly T?[] _slots;
    private long _written;

    public BoundedRing(int capacity)
    {
        _slots = new T?[Math.Max(1, capacity)];
    }

    public void Add(T item)
    {
        var n = Interlocked.Increment(ref _written);
        Volatile.Write(ref _slots[(n - 1) % _slots.Length], item);
    }

    /// <summary>The kept items, oldest first.</summary>
    public List<T> Snapshot()
    {
        var written = Volatile.Read(ref _written);
        var count = (int)Math.Min(written, _slots.Length);
        var items = new List<T>(count);
        for (var i = written - count; i < written; i++)
        {
            if (Volatile.Read(ref _slots[i % _slots.Length]) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    public void Clear()
    {
        Array.Clear(_slots);
        Volatile.Write(ref _written, 0);
    }
}
