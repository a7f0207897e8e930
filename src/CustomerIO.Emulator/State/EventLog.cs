using System.Text;

namespace CustomerIO.Emulator.State;

/// <summary>
/// The bounded event history, built to ingest hundreds of thousands of events per second without
/// garbage: events live in a fixed ring of structs, and their ids and data in a fixed circular
/// byte arena. Nothing is allocated per event, so stored events never churn the GC's old
/// generation. Writers claim a slot and arena bytes with one interlocked add each; readers check
/// a per-slot sequence (seqlock style) and skip slots rewritten while being read.
/// </summary>
internal sealed class EventLog
{
    /// <summary>Average id + data bytes kept per event; larger events push older data out sooner.</summary>
    public const int ArenaBytesPerEvent = 320;

    private readonly Slot[] _slots;
    private readonly byte[] _arena;
    private long _claimed;
    private long _arenaCursor;

    public EventLog(int capacity)
    {
        _slots = new Slot[Math.Max(1, capacity)];
        _arena = new byte[(int)Math.Clamp((long)_slots.Length * ArenaBytesPerEvent, 64 * 1024, int.MaxValue / 2)];
    }

    public void Add(Person? person, AnonymousProfile? anonymous, string name, string type, long? timestamp, ReadOnlySpan<byte> id, ReadOnlySpan<byte> data, DateTimeOffset receivedAt)
    {
        var number = Interlocked.Increment(ref _claimed) - 1;
        var length = id.Length + data.Length;
        byte[]? large = null;
        long arenaStart = 0;
        if (length > _arena.Length / 8)
        {
            // Rare (data near the 100,000-byte limit): keep it out of the arena so it cannot evict everything else.
            large = new byte[length];
            id.CopyTo(large);
            data.CopyTo(large.AsSpan(id.Length));
        }
        else if (length > 0)
        {
            arenaStart = Interlocked.Add(ref _arenaCursor, length) - length;
            Write(arenaStart, id);
            Write(arenaStart + id.Length, data);
        }

        ref var slot = ref _slots[number % _slots.Length];
        Volatile.Write(ref slot.Sequence, 0);
        slot.Person = person;
        slot.Anonymous = anonymous;
        slot.Name = name;
        slot.Type = type;
        slot.Timestamp = timestamp ?? long.MinValue;
        slot.ReceivedTicks = receivedAt.UtcTicks;
        slot.ArenaStart = arenaStart;
        slot.IdLength = id.Length;
        slot.DataLength = data.Length;
        slot.Large = large;
        Volatile.Write(ref slot.Sequence, number + 1);
    }

    /// <summary>The kept events, oldest first. Events whose data was already overwritten by newer ones are skipped.</summary>
    public List<StoredEvent> Snapshot()
    {
        var claimed = Volatile.Read(ref _claimed);
        var count = (int)Math.Min(claimed, _slots.Length);
        var events = new List<StoredEvent>(count);
        for (var number = claimed - count; number < claimed; number++)
        {
            ref var slot = ref _slots[number % _slots.Length];
            if (Volatile.Read(ref slot.Sequence) != number + 1)
            {
                continue;
            }

            var copy = slot;
            var bytes = copy.Large ?? Read(copy.ArenaStart, copy.IdLength + copy.DataLength);
            if (bytes is null || Volatile.Read(ref slot.Sequence) != number + 1)
            {
                continue;
            }

            events.Add(new StoredEvent(
                copy.Person,
                copy.Anonymous,
                copy.Name!,
                copy.IdLength > 0 ? Encoding.UTF8.GetString(bytes, 0, copy.IdLength) : null,
                copy.Type!,
                copy.Timestamp == long.MinValue ? null : copy.Timestamp,
                copy.DataLength > 0 ? bytes.AsSpan(copy.IdLength, copy.DataLength).ToArray() : null,
                new DateTimeOffset(copy.ReceivedTicks, TimeSpan.Zero)));
        }

        return events;
    }

    public void Clear()
    {
        Array.Clear(_slots);
        Volatile.Write(ref _claimed, 0);
        Volatile.Write(ref _arenaCursor, 0);
    }

    private void Write(long position, ReadOnlySpan<byte> source)
    {
        var offset = (int)(position % _arena.Length);
        var first = Math.Min(source.Length, _arena.Length - offset);
        source[..first].CopyTo(_arena.AsSpan(offset));
        source[first..].CopyTo(_arena);
    }

    /// <summary>Copies arena bytes, or null when newer writes have already reused them.</summary>
    private byte[]? Read(long position, int length)
    {
        var bytes = new byte[length];
        var offset = (int)(position % _arena.Length);
        var first = Math.Min(length, _arena.Length - offset);
        _arena.AsSpan(offset, first).CopyTo(bytes);
        _arena.AsSpan(0, length - first).CopyTo(bytes.AsSpan(first));
        return Volatile.Read(ref _arenaCursor) - position <= _arena.Length ? bytes : null;
    }

    private struct Slot
    {
        public long Sequence;
        public Person? Person;
        public AnonymousProfile? Anonymous;
        public string? Name;
        public string? Type;
        public long Timestamp;
        public long ReceivedTicks;
        public long ArenaStart;
        public int IdLength;
        public int DataLength;
        public byte[]? Large;
    }
}
