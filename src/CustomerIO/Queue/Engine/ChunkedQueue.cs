namespace CustomerIO.Queue.Engine;

/// <summary>
/// A FIFO queue stored in fixed-size chunks: it grows a chunk at a time instead of doubling one array, so a large
/// backlog costs its entries and at most one partly used chunk, never a spare half array or a copy while growing.
/// Not thread-safe: the lane guards it with its lock.
/// </summary>
internal sealed class ChunkedQueue<T>
{
    // 1024 entries of a 40-byte struct stay under the large object heap's 85,000-byte threshold.
    private const int ChunkSize = 1024;

    // Emptied chunks kept for refilling (at most 16 × 40 KB a lane): a steady flow then allocates nothing.
    private const int MaxSpareChunks = 16;

    private readonly Stack<Chunk> _spares = new();

    private Chunk _head;
    private Chunk _tail;
    private int _headIndex;
    private int _tailIndex;

    public ChunkedQueue()
    {
        _head = _tail = new Chunk();
    }

    public int Count { get; private set; }

    /// <summary>Emptied chunks kept for refilling (at most 16); for tests.</summary>
    internal int SpareChunks => _spares.Count;

    public void Enqueue(T item)
    {
        if (_tailIndex == ChunkSize)
        {
            var next = _spares.Count > 0 ? _spares.Pop() : new Chunk();
            _tail.Next = next;
            _tail = next;
            _tailIndex = 0;
        }

        _tail.Items[_tailIndex++] = item;
        Count++;
    }

    public T Peek() => Count == 0 ? throw new InvalidOperationException("The queue is empty.") : _head.Items[_headIndex];

    public T Dequeue()
    {
        var item = Peek();
        _head.Items[_headIndex] = default!;
        _headIndex++;
        Count--;
        if (Count == 0)
        {
            // Start over in the same chunk (it is also the tail: nothing follows it).
            _head.Next = null;
            _tail = _head;
            _headIndex = _tailIndex = 0;
        }
        else if (_headIndex == ChunkSize)
        {
            var done = _head;
            _head = done.Next!;
            _headIndex = 0;
            done.Next = null;
            if (_spares.Count < MaxSpareChunks)
            {
                _spares.Push(done);
            }
        }

        return item;
    }

    /// <summary>Removes every item, answering them in order.</summary>
    public List<T> DrainAll()
    {
        var all = new List<T>(Count);
        while (Count > 0)
        {
            all.Add(Dequeue());
        }

        return all;
    }

    private sealed class Chunk
    {
        public readonly T[] Items = new T[ChunkSize];

        public Chunk? Next;
    }
}
