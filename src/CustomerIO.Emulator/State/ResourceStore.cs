using System.Text.Json.Nodes;

namespace CustomerIO.Emulator.State;

/// <summary>
/// The workspace's configuration resources of one kind (snippets, collections, newsletters, Design Studio emails, ...)
/// kept as the JSON objects the App API answers with, numbered by an <c>id</c> field: seeded when the emulator starts
/// and at every reset, then changed by the area's create, update and delete operations. Thread-safe; every object
/// handed out is a copy, so a handler can shape an answer without touching the store.
/// </summary>
internal sealed class ResourceStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, JsonObject> _items = [];
    private readonly Func<IEnumerable<JsonObject>> _seed;
    private long _lastId;

    /// <param name="kind">The kind's name, as the area's handlers and the inspection name it (<c>snippets</c>).</param>
    /// <param name="seed">The objects the workspace starts with, each with a numeric <c>id</c>.</param>
    public ResourceStore(string kind, Func<IEnumerable<JsonObject>> seed)
    {
        Kind = kind;
        _seed = seed;
        Reset();
    }

    public string Kind { get; }

    /// <summary>How many there are.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>Every object, by id.</summary>
    public IReadOnlyList<JsonObject> All()
    {
        lock (_gate)
        {
            return [.. _items.Values.Select(item => (JsonObject)item.DeepClone())];
        }
    }

    /// <summary>The objects that match, by id (only those are copied).</summary>
    public IReadOnlyList<JsonObject> Where(Func<JsonObject, bool> match)
    {
        lock (_gate)
        {
            return [.. _items.Values.Where(match).Select(item => (JsonObject)item.DeepClone())];
        }
    }

    /// <summary>The object with this id, or null.</summary>
    public JsonObject? Find(long id)
    {
        lock (_gate)
        {
            return _items.TryGetValue(id, out var item) ? (JsonObject)item.DeepClone() : null;
        }
    }

    /// <summary>Stores a new object under the next id (written into its <c>id</c> field) and answers a copy.</summary>
    public JsonObject Add(JsonObject item)
    {
        lock (_gate)
        {
            item["id"] = ++_lastId;
            _items[_lastId] = item;
            return (JsonObject)item.DeepClone();
        }
    }

    /// <summary>Changes the object with this id in place (its <c>id</c> kept), answering a copy; null when there is none.</summary>
    public JsonObject? Update(long id, Action<JsonObject> change)
    {
        lock (_gate)
        {
            if (!_items.TryGetValue(id, out var item))
            {
                return null;
            }

            change(item);
            item["id"] = id;
            return (JsonObject)item.DeepClone();
        }
    }

    /// <summary>Removes the object with this id; false when there was none.</summary>
    public bool Remove(long id)
    {
        lock (_gate)
        {
            return _items.Remove(id);
        }
    }

    /// <summary>An object's numeric <c>id</c> however it was made (parsed, or set from an int or a long), or null.</summary>
    public static long? IdOf(JsonObject item) => App.Resources.ResourceJson.Long(item["id"]);

    /// <summary>Back to the seed: what a fresh emulator has.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _items.Clear();
            _lastId = 0;
            foreach (var item in _seed())
            {
                var id = IdOf(item) ?? throw new InvalidOperationException($"A seeded {Kind} object has no numeric id.");
                _items[id] = item;
                _lastId = Math.Max(_lastId, id);
            }
        }
    }
}
