using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using CustomerIO.Telemetry;
using Microsoft.Extensions.Logging;

namespace CustomerIO.Queue.Engine;

/// <summary>
/// Counts operations the queue did not take (refused, dropped, abandoned) by reason, and logs them at most once
/// per interval with the counts since the last line: never silent, never a log line per operation. The first one
/// after a quiet interval is logged at once; later ones are summed and logged when the interval has passed.
/// </summary>
internal sealed class DropReporter(ILogger logger, TimeProvider time, TimeSpan interval) : IDisposable
{
    // One counter per reason, created once: counting a refusal allocates nothing, even at millions per second.
    private readonly ConcurrentDictionary<string, StrongBox<long>> _sinceLastLog = new(StringComparer.Ordinal);
    private long _lastLog = long.MinValue;
    private int _logging;
    private ITimer? _pending;

    public void Report(string reason, long count = 1)
    {
        Interlocked.Add(ref _sinceLastLog.GetOrAdd(reason, static _ => new StrongBox<long>()).Value, count);
        var last = Volatile.Read(ref _lastLog);
        var elapsed = last == long.MinValue ? interval : time.GetElapsedTime(last);
        if (elapsed >= interval && TryFlush())
        {
            return;
        }

        if (Volatile.Read(ref _pending) is null)
        {
            // Make sure what was counted is logged when the interval ends, even if nothing else happens.
            var timer = time.CreateTimer(static s => _ = ((DropReporter)s!).TryFlush(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            if (Interlocked.CompareExchange(ref _pending, timer, null) is null)
            {
                // Due when the interval ends (at once if another thread was just logging).
                timer.Change(elapsed >= interval ? TimeSpan.Zero : interval - elapsed, Timeout.InfiniteTimeSpan);
            }
            else
            {
                timer.Dispose();
            }
        }
    }

    public void Dispose() => Interlocked.Exchange(ref _pending, null)?.Dispose();

    private bool TryFlush()
    {
        if (Interlocked.CompareExchange(ref _logging, 1, 0) != 0)
        {
            return false;
        }

        try
        {
            Interlocked.Exchange(ref _pending, null)?.Dispose();
            WriteLogLine();
            return true;
        }
        finally
        {
            Volatile.Write(ref _logging, 0);
        }
    }

    /// <summary>Logs whatever was counted since the last line (at shutdown, for example).</summary>
    public void Flush() => _ = TryFlush();

    private void WriteLogLine()
    {
        Volatile.Write(ref _lastLog, time.GetTimestamp());
        var counts = new List<KeyValuePair<string, long>>();
        foreach (var pair in _sinceLastLog)
        {
            var n = Interlocked.Exchange(ref pair.Value.Value, 0);
            if (n > 0)
            {
                counts.Add(new(pair.Key, n));
            }
        }

        if (counts.Count > 0)
        {
            Log.OperationsNotTaken(logger, counts.Sum(c => c.Value), string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}")));
        }
    }
}
