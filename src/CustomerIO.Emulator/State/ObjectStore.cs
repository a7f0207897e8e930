using System.Collections.Concurrent;
using System.Globalization;

namespace CustomerIO.Emulator.State;

/// <summary>One stored object; mutable parts change under <see cref="Gate"/>.</summary>
internal sealed class StoredObject(ObjectKey key, string cioObjectId, DateTimeOffset createdAt)
{
    public Lock Gate { get; } = new();

    public ObjectKey Key { get; } = key;

    public string CioObjectId { get; } = cioObjectId;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public Dictionary<string, byte[]> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Relationships made with <c>identify_anonymous</c>, by anonymous id.</summary>
    public Dictionary<string, byte[]?> AnonymousRelationships { get; } = new(StringComparer.Ordinal);
}

/// <summary>Objects by (type, id) and by cio object id.</summary>
internal sealed class ObjectStore
{
    private readonly ConcurrentDictionary<ObjectKey, StoredObject> _byKey = new();
    private readonly ConcurrentDictionary<string, StoredObject> _byCioId = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _next;

    public ICollection<StoredObject> All => _byKey.Values;

    public StoredObject? Find(ObjectKey? key, string? cioObjectId)
    {
        if (cioObjectId is not null)
        {
            return _byCioId.TryGetValue(cioObjectId, out var byCio) ? byCio : null;
        }

        return key is { } k && _byKey.TryGetValue(k, out var found) ? found : null;
    }

    /// <summary>Finds or creates by key; an unknown cio object id cannot be created and answers null.</summary>
    public StoredObject? GetOrCreate(ObjectKey? key, string? cioObjectId, DateTimeOffset now)
    {
        var existing = Find(key, cioObjectId);
        if (existing is not null || key is not { } k)
        {
            return existing;
        }

        lock (_gate)
        {
            if (_byKey.TryGetValue(k, out var raced))
            {
                return raced;
            }

            var created = new StoredObject(k, string.Create(CultureInfo.InvariantCulture, $"co{Interlocked.Increment(ref _next):x10}"), now);
            _byKey[k] = created;
            _byCioId[created.CioObjectId] = created;
            return created;
        }
    }

    public bool Remove(StoredObject stored)
    {
        lock (_gate)
        {
            _byCioId.TryRemove(stored.CioObjectId, out _);
            return _byKey.TryRemove(stored.Key, out _);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byKey.Clear();
            _byCioId.Clear();
        }
    }
}
