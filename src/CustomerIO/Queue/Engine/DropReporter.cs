using System.Collections.Concurrent;
using System.Linq;
using CustomerIO.Telemetry;
using Microsoft.Extensions.Logging;

namespace CustomerIO.Queue.Engine;

/// <summary>
/// Counts operations the queue did not take (refused, dropped, abandoned) by reason, and logs them at most once
/// per interval with the counts since the last line: never silent, never a log line per operation.
/// </summary>
internal sealed class DropReporter(ILogger logger, TimeProvider time, TimeSpan interval)
{
    private readonly ConcurrentDictionary<string, long> _sinceLastLog = new(StringComparer.Ordinal);
    private long _lastLog = time.GetTimestamp();
    private int _logging;

    public void Report(string reason, long count = 1)
    {
        _sinceLastLog.AddOrUpdate(reason, count, (_, n) => n + count);
        var elapsed = time.GetElapsedTime(Volatile.Read(ref _lastLog));
        if (elapsed >= interval && Interlocked.CompareExchange(ref _logging, 1, 0) == 0)
        {
            try
            {
                Flush(elapsed);
            }
            finally
            {
                Volatile.Write(ref _logging, 0);
            }
        }
    }

    /// <summary>Logs whatever was counted since the last line (at shutdown, for example).</summary>
    public void Flush() => Flush(time.GetElapsedTime(Volatile.Read(ref _lastLog)));

    private void Flush(TimeSpan elapsed)
    {
        Volatile.Write(ref _lastLog, time.GetTimestamp());
        var counts = new List<KeyValuePair<string, long>>();
        foreach (var reason in _sinceLastLog.Keys.ToArray())
        {
            if (_sinceLastLog.TryRemove(reason, out var n) && n > 0)
            {
                counts.Add(new(reason, n));
            }
        }

        if (counts.Count > 0)
        {
            Log.OperationsNotTaken(logger, counts.Sum(c => c.Value), elapsed.TotalSeconds, string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}")));
        }
    }
}
