using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace CustomerIO.Emulator.State;

/// <summary>
/// Every kind of configuration resource the emulated workspace holds (<see cref="ResourceStore"/>), each defined once by
/// the area that serves it when the App API's routes are mapped, and reset with the rest of the state.
/// </summary>
internal sealed class ResourceStores
{
    private readonly ConcurrentDictionary<string, ResourceStore> _stores = new(StringComparer.Ordinal);

    /// <summary>The store of a kind, defined with its seed on first call; later calls answer the same store.</summary>
    public ResourceStore Define(string kind, Func<IEnumerable<JsonObject>> seed) =>
        _stores.GetOrAdd(kind, static (kind, seed) => new ResourceStore(kind, seed), seed);

    /// <summary>The store of a kind already defined.</summary>
    public ResourceStore this[string kind] =>
        _stores.TryGetValue(kind, out var store) ? store : throw new KeyNotFoundException($"No resource kind '{kind}' is defined.");

    /// <summary>The store of a kind when some area defined it (one area reading another's resources).</summary>
    public bool TryGet(string kind, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ResourceStore? store) => _stores.TryGetValue(kind, out store);

    /// <summary>Every store back to its seed.</summary>
    public void Reset()
    {
        foreach (var store in _stores.Values)
        {
            store.Reset();
        }
    }
}
