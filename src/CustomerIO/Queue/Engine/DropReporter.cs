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
/// <remarks>
/// Whether a line is due is decided under one lock, against the time the last line was written, so threads
/// refusing at the same instant (a full queue under <see cref="QueueFullMode.Throw"/>, say) cannot each decide
/// that the interval has passed. The common case stays lock-free: while a timer is armed for the end of the
/// interval, a report only adds to its counter.
/// </remarks>
internal sealed class DropReporter
{
    // One counter per reason, created once: counting a refusal allocates nothing, even at millions per second.
    private readonly ConcurrentDictionary<string, StrongBox<long>> _sinceLastLog = new(StringComparer.Ordinal);
    private readonly object _sync = new();
    private readonly ILogger _logger;
    private readonly string _queueName;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly ITimer _timer;
    private long _lastLog = long.MinValue;
    private int _armed;

    public DropReporter(ILogger logger, string queueName, TimeProvider time, TimeSpan interval)
    {
        _logger = logger;
        _queueName = queueName;
        _time = time;
        _interval = interval;
        _timer = time.CreateTimer(static s => ((DropReporter)s!).OnIntervalEnd(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Report(string reason, long count = 1)
    {
        // Counted first (a full fence), then the armed flag read: a timer seen armed has not yet taken the counts,
        // so it will log this one when the interval ends.
        Interlocked.Add(ref _sinceLastLog.GetOrAdd(reason, static _ => new StrongBox<long>()).Value, count);
        if (Volatile.Read(ref _armed) != 0)
        {
            return;
        }

        LogWhenDue(timerFired: false);
    }

    /// <summary>Logs whatever was counted since the last line (at shutdown, for example).</summary>
    public void Flush()
    {
        (long Count, string Reasons)? line;
        lock (_sync)
        {
            line = TakeLine();
        }

        Write(line);
    }

    private void OnIntervalEnd() => LogWhenDue(timerFired: true);

    /// <summary>
    /// Writes a line now when the interval since the last one has passed, else arms the timer for the rest of it
    /// (also when the timer woke early, by a clock's rounding): never two lines in one interval.
    /// </summary>
    private void LogWhenDue(bool timerFired)
    {
        (long Count, string Reasons)? line;
        lock (_sync)
        {
            if (timerFired)
            {
                Volatile.Write(ref _armed, 0);
            }

            var remaining = Remaining();
            if (remaining > TimeSpan.Zero)
            {
                Arm(remaining);
                return;
            }

            line = TakeLine();
        }

        Write(line);
    }

    /// <summary>How long until another line may be written. Caller holds the lock.</summary>
    private TimeSpan Remaining()
    {
        var last = Volatile.Read(ref _lastLog);
        return last == long.MinValue ? TimeSpan.Zero : _interval - _time.GetElapsedTime(last);
    }

    /// <summary>Has the timer fire when the interval ends. Caller holds the lock.</summary>
    private void Arm(TimeSpan due)
    {
        if (Volatile.Read(ref _armed) != 0)
        {
            return;
        }

        Volatile.Write(ref _armed, 1);
        _timer.Change(due, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Takes the counts since the last line and marks the time of this one. Caller holds the lock.</summary>
    private (long Count, string Reasons)? TakeLine()
    {
        var counts = new List<KeyValuePair<string, long>>();
        foreach (var pair in _sinceLastLog)
        {
            var n = Interlocked.Exchange(ref pair.Value.Value, 0);
            if (n > 0)
            {
                counts.Add(new(pair.Key, n));
            }
        }

        if (counts.Count == 0)
        {
            return null;
        }

        Volatile.Write(ref _lastLog, _time.GetTimestamp());
        return (counts.Sum(c => c.Value), string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}")));
    }

    /// <summary>Logs outside the lock, so a slow logger never holds up the threads that count.</summary>
    private void Write((long Count, string Reasons)? line)
    {
        if (line is { } counted)
        {
            Log.OperationsNotTaken(_logger, _queueName, counted.Count, counted.Reasons);
        }
    }
}
