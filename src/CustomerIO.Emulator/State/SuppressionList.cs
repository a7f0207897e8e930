using System.Collections.Concurrent;

namespace CustomerIO.Emulator.State;

/// <summary>
/// Suppressed identifiers (id, email, phone or <c>cio_...</c> values). Data sent for them is accepted
/// and ignored, as Customer.io does. A plain counter lets the hot path skip the lookup when empty.
/// </summary>
internal sealed class SuppressionList
{
    private readonly ConcurrentDictionary<string, string[]> _entries = new(StringComparer.OrdinalIgnoreCase);
    private int _count;

    public bool IsEmpty => Volatile.Read(ref _count) == 0;

    public bool Contains(ReadOnlySpan<char> identifier) =>
        !IsEmpty && _entries.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(identifier);

    /// <summary>Suppresses every given identifier; unsuppressing any of them frees them all.</summary>
    public void Add(IEnumerable<string> identifiers)
    {
        var group = identifiers.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        foreach (var identifier in group)
        {
            if (_entries.TryAdd(identifier, group))
            {
                Interlocked.Increment(ref _count);
            }
        }
    }

    public void Remove(string identifier)
    {
        if (!_entries.TryGetValue(identifier, out var group))
        {
            return;
        }

        foreach (var member in group)
        {
            if (_entries.TryRemove(member, out _))
            {
                Interlocked.Decrement(ref _count);
            }
        }
    }

    public IReadOnlyList<string> Snapshot() => [.. _entries.Keys.Order(StringComparer.Ordinal)];

    public void Clear()
    {
        _entries.Clear();
        Volatile.Write(ref _count, 0);
    }
}
