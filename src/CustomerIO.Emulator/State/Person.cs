namespace CustomerIO.Emulator.State;

/// <summary>
/// One stored person. Mutable fields change only under <see cref="Gate"/>; the event count is
/// interlocked so the event hot path never takes the lock.
/// </summary>
internal sealed class Person
{
    private long _eventCount;

    public Person(string cioId, DateTimeOffset createdAt)
    {
        CioId = cioId;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Lock Gate { get; } = new();

    public string CioId { get; }

    public string? Id { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The latest <c>_timestamp</c> applied; older identifies are ignored.</summary>
    public long LastTimestamp { get; set; } = long.MinValue;

    public Dictionary<string, byte[]> Attributes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, StoredDevice> Devices { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, bool> Topics { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Segments { get; } = new(StringComparer.Ordinal);

    public Dictionary<ObjectKey, byte[]?> Relationships { get; } = [];

    public List<AnonymousProfile> AnonymousProfiles { get; } = [];

    public bool Deleted { get; set; }

    /// <summary>Set when this person was merged (as secondary) into another.</summary>
    public Person? MergedInto { get; set; }

    public long EventCount => Volatile.Read(ref _eventCount);

    public void AddEvents(long count) => Interlocked.Add(ref _eventCount, count);

    /// <summary>The person that now owns this one's data (following merges).</summary>
    public Person Resolve()
    {
        var person = this;
        for (var guard = 0; guard < 64 && person.MergedInto is { } next; guard++)
        {
            person = next;
        }

        return person;
    }
}

/// <summary>Events sent with an <c>anonymous_id</c>; linked to a person once one is identified with it.</summary>
internal sealed class AnonymousProfile(string anonymousId)
{
    private long _eventCount;

    public string AnonymousId { get; } = anonymousId;

    public Person? LinkedPerson { get; set; }

    public long EventCount => Volatile.Read(ref _eventCount);

    public void AddEvent() => Interlocked.Increment(ref _eventCount);
}

/// <summary>A stored device.</summary>
internal sealed record StoredDevice(string Token, string? Platform, long? LastUsed, byte[]? Attributes, DateTimeOffset UpdatedAt);

/// <summary>A stored event; its owner is resolved when inspected, so merges and anonymous links need no rewrite.</summary>
internal sealed record StoredEvent(Person? Person, AnonymousProfile? Anonymous, string Name, string? Id, string Type, long? Timestamp, byte[]? Data, DateTimeOffset ReceivedAt)
{
    public Person? Owner => (Person ?? Anonymous?.LinkedPerson)?.Resolve();
}
