namespace CustomerIO.Emulator.State;

/// <summary>An export made by the emulator: done at once, its CSV kept for the download link.</summary>
internal sealed record ExportRecord(long Id, string Type, string Description, long Total, DateTimeOffset CreatedAt, string Token, byte[] Csv)
{
    public int Downloads { get; set; }
}

/// <summary>The exports made through the App API (ids from 1), each with a random token that signs its download link.</summary>
internal sealed class ExportStore
{
    private readonly Lock _gate = new();
    private readonly List<ExportRecord> _exports = [];
    private long _next;

    public ExportRecord Add(string type, string description, long total, DateTimeOffset now, byte[] csv)
    {
        lock (_gate)
        {
            var record = new ExportRecord(++_next, type, description, total, now, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)), csv);
            _exports.Add(record);
            return record;
        }
    }

    public ExportRecord? Find(long id)
    {
        lock (_gate)
        {
            return _exports.Find(e => e.Id == id);
        }
    }

    public IReadOnlyList<ExportRecord> All()
    {
        lock (_gate)
        {
            return [.. _exports];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _exports.Clear();
            _next = 0;
        }
    }
}
