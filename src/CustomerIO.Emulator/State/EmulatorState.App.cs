using System.Globalization;

namespace CustomerIO.Emulator.State;

/// <summary>App API state: transactional deliveries and broadcast triggers (bounded rings), and send recipients.</summary>
internal sealed partial class EmulatorState
{
    private long _nextDelivery;

    /// <summary>The segments created through the App API.</summary>
    public SegmentCatalog SegmentCatalog { get; } = new();

    /// <summary>The exports made through the App API.</summary>
    public ExportStore Exports { get; } = new();

    /// <summary>The workspace's configuration resources, one store per kind (snippets, collections, newsletters, ...).</summary>
    public ResourceStores Resources { get; } = new();
    private long _nextTrigger;

    /// <summary>A new delivery id, unique within this emulator.</summary>
    public string NewDeliveryId() =>
        string.Create(CultureInfo.InvariantCulture, $"emdlv{Interlocked.Increment(ref _nextDelivery):x12}");

    /// <summary>A new broadcast trigger id (1, 2, ...).</summary>
    public long NewTriggerId() => Interlocked.Increment(ref _nextTrigger);

    /// <summary>The person a transactional send addresses, created when missing (not for an unknown cio id or a suppressed identifier).</summary>
    public Person? ResolveRecipient(IdentifierKind kind, string value, DateTimeOffset now) =>
        IsSuppressed(kind, value) ? null : People.GetOrCreate(kind, value, now);

    public EmulatedDelivery? FindDelivery(string deliveryId) =>
        Deliveries.Snapshot().FirstOrDefault(d => string.Equals(d.DeliveryId, deliveryId, StringComparison.Ordinal));

    /// <summary>Deletes a segment: its record and every membership in it.</summary>
    public bool DeleteSegment(string segmentId, DateTimeOffset now)
    {
        var found = SegmentCatalog.Remove(segmentId);
        foreach (var person in People.All)
        {
            lock (person.Gate)
            {
                if (person.Segments.Remove(segmentId))
                {
                    person.UpdatedAt = now;
                    found = true;
                }
            }
        }

        return found;
    }

    private void ResetApp()
    {
        SegmentCatalog.Clear();
        Exports.Clear();
        Resources.Reset();
        Deliveries.Clear();
        BroadcastTriggers.Clear();
        Volatile.Write(ref _nextTrigger, 0);
    }
}
