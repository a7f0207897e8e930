namespace CustomerIO.Queue.Engine;

/// <summary>
/// The engine's bound on what it holds, in bytes and in operations, and the full-queue policies that need it:
/// reserving room, waiting for room (<see cref="QueueFullMode.Wait"/>), and evicting the oldest waiting operations
/// (<see cref="QueueFullMode.DropOldest"/>).
/// </summary>
internal sealed class QueueBudget
{
    /// <summary>
    /// What holding one operation costs beyond its JSON: its entry in a lane (40 bytes) and that queue's growth room.
    /// Counting it keeps the byte bound a bound on memory, not only on payload.
    /// </summary>
    public const int OperationOverheadBytes = 48;

    private readonly long _maxBytes;
    private readonly int _maxOperations;
    private readonly bool _signalsRoom;
    private readonly object _roomSync = new();
    private TaskCompletionSource<bool> _room = NewRoom();
    private long _bytes;
    private long _count;
    private int _evictCursor;

    /// <param name="maxBytes">The most bytes held (JSON and overhead).</param>
    /// <param name="maxOperations">The most operations held.</param>
    /// <param name="signalsRoom">Whether anyone waits for room (only <see cref="QueueFullMode.Wait"/> does): releases then wake the waiters.</param>
    public QueueBudget(long maxBytes, int maxOperations, bool signalsRoom)
    {
        _maxBytes = maxBytes;
        _maxOperations = maxOperations;
        _signalsRoom = signalsRoom;
    }

    /// <summary>Operations held now.</summary>
    public long Count => Volatile.Read(ref _count);

    /// <summary>Bytes held now, overhead included.</summary>
    public long Bytes => Volatile.Read(ref _bytes);

    /// <summary>
    /// Reserves room for an operation of <paramref name="jsonBytes"/>. Compare-and-swap, so callers racing near the
    /// bound never refuse one another spuriously: one that fits is taken.
    /// </summary>
    public bool TryReserve(int jsonBytes)
    {
        var bytes = jsonBytes + OperationOverheadBytes;
        while (true)
        {
            var current = Volatile.Read(ref _bytes);
            if (current + bytes > _maxBytes)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _bytes, current + bytes, current) == current)
            {
                break;
            }
        }

        while (true)
        {
            var count = Volatile.Read(ref _count);
            if (count >= _maxOperations)
            {
                Interlocked.Add(ref _bytes, -bytes);
                return false;
            }

            if (Interlocked.CompareExchange(ref _count, count + 1, count) == count)
            {
                return true;
            }
        }
    }

    /// <summary>Gives back the room of <paramref name="count"/> operations of <paramref name="jsonBytes"/> in all (one update for a whole batch).</summary>
    public void Release(long jsonBytes, int count = 1)
    {
        if (count == 0)
        {
            return;
        }

        Interlocked.Add(ref _bytes, -(jsonBytes + ((long)count * OperationOverheadBytes)));
        Interlocked.Add(ref _count, -count);
        if (_signalsRoom)
        {
            SignalRoom();
        }
    }

    /// <summary>Wakes everyone waiting for room (room was given back, or the queue is closing and they must look).</summary>
    public void SignalRoom()
    {
        TaskCompletionSource<bool> room;
        lock (_roomSync)
        {
            room = _room;
            _room = NewRoom();
        }

        room.TrySetResult(true);
    }

    /// <summary>
    /// Reserves room for <paramref name="jsonBytes"/>, waiting for releases up to <paramref name="timeout"/>;
    /// gives up (<see cref="RoomWait.Closed"/>) as soon as <paramref name="isClosed"/> answers true.
    /// </summary>
    public async ValueTask<RoomWait> WaitForRoomAsync(int jsonBytes, TimeSpan timeout, Func<bool> isClosed, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            // Taken before looking, so a release between the look and the wait still wakes this caller.
            Task room;
            lock (_roomSync)
            {
                room = _room.Task;
            }

            if (isClosed())
            {
                return RoomWait.Closed;
            }

            if (TryReserve(jsonBytes))
            {
                return RoomWait.Reserved;
            }

            var left = timeout - time.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                return RoomWait.TimedOut;
            }

            await Delays.WaitAsync(time, room, left, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Drops the oldest waiting operations, lane by lane in turn, until <paramref name="jsonBytes"/> more fit; each
    /// one dropped goes to <paramref name="evicted"/> (which settles it and gives its room back). False when nothing
    /// waiting is left to drop (everything held is in flight).
    /// </summary>
    public bool EvictFor(int jsonBytes, Lane[] lanes, Action<QueuedOperation> evicted)
    {
        for (var tries = 0; tries < _maxOperations + lanes.Length; tries++)
        {
            if (TryReserve(jsonBytes))
            {
                return true;
            }

            var found = false;
            for (var i = 0; i < lanes.Length && !found; i++)
            {
                var lane = lanes[(int)((uint)Interlocked.Increment(ref _evictCursor) % (uint)lanes.Length)];
                if (lane.TryEvictOldest(out var oldest))
                {
                    evicted(oldest);
                    found = true;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return false;
    }

    private static TaskCompletionSource<bool> NewRoom() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>How waiting for room ended.</summary>
internal enum RoomWait
{
    /// <summary>Room was reserved.</summary>
    Reserved,

    /// <summary>The queue closed while waiting.</summary>
    Closed,

    /// <summary>No room came in time.</summary>
    TimedOut,
}
