using System.Globalization;

namespace CustomerIO.Emulator.State;

/// <summary>A segment created through the App API (<c>POST /v1/segments</c>): manual, empty until people are added.</summary>
internal sealed record SegmentRecord(string Id, string Name, string? Description, DateTimeOffset CreatedAt);

/// <summary>
/// The segments created through the App API, by id (numbered from 1001, so they never meet the small ids tests pick
/// for Track-managed segments). A Track-managed segment exists while it has members; a created one until deleted.
/// </summary>
internal sealed class SegmentCatalog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SegmentRecord> _segments = new(StringComparer.Ordinal);
    private long _next = 1000;

    public SegmentRecord Create(string name, string? description, DateTimeOffset now)
    {
        lock (_gate)
        {
            var record = new SegmentRecord((++_next).ToString(CultureInfo.InvariantCulture), name, description, now);
            _segments[record.Id] = record;
            return record;
        }
    }

    public SegmentRecord? Find(string id)
    {
        lock (_gate)
        {
            return _segments.GetValueOrDefault(id);
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _segments.Remove(id);
        }
    }

    public IReadOnlyList<SegmentRecord> All()
    {
        lock (_gate)
        {
            return [.. _segments.Values];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _segments.Clear();
            _next = 1000;
        }
    }
}
