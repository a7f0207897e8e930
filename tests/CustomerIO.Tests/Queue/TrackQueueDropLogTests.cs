using System.Text.RegularExpressions;
using CustomerIO.Queue.Engine;
using CustomerIO.Tests.Transport;
using CustomerIO.Track;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CustomerIO.Tests.Queue;

/// <summary>The drop warning is written at most once per <see cref="CustomerIOQueueOptions.DropLogInterval"/>, however many threads refuse at once.</summary>
public sealed class TrackQueueDropLogTests
{
    [Fact]
    public void Threads_refusing_at_the_same_instant_write_one_line_not_two()
    {
        // Thread B reads the clock for its decision and is held there; thread A then reports and logs, and C reports
        // after A's line. Deciding from a clock reading taken before A's line, B used to log C's count at once: a
        // second line in the same instant.
        var time = new HoldingTime();
        var logs = new FakeLogCollector();
        var reporter = new DropReporter(new FakeLogger(logs), "Track", time, TimeSpan.FromSeconds(2));
        reporter.Report("queue_full"); // the first after a quiet interval: logged at once
        time.Advance(TimeSpan.FromSeconds(2));

        var b = new Thread(() =>
        {
            HoldingTime.HoldNextReading = true;
            reporter.Report("queue_full");
        });
        b.Start();
        Assert.True(time.Held.Wait(TimeSpan.FromSeconds(10)), "B never read the clock.");
        var a = new Thread(() => reporter.Report("queue_full"));
        a.Start();
        a.Join(TimeSpan.FromMilliseconds(300)); // A may run to its end, or wait for B: either way B then goes on
        var c = new Thread(() => reporter.Report("queue_full"));
        c.Start();
        c.Join(TimeSpan.FromMilliseconds(300));
        time.Release.Set();
        Assert.True(b.Join(TimeSpan.FromSeconds(10)));
        Assert.True(a.Join(TimeSpan.FromSeconds(10)));
        Assert.True(c.Join(TimeSpan.FromSeconds(10)));

        var lines = Warnings(logs);
        Assert.Equal(2, lines.Length); // one at the start, one when the interval ended: never two in one interval
        time.Advance(TimeSpan.FromSeconds(2)); // whatever was counted after the second line is logged now
        reporter.Flush();
        Assert.Equal(4, Warnings(logs).Sum(Count)); // none lost
    }

    [Fact]
    public async Task Throw_mode_logs_once_per_interval_however_many_threads_refuse()
    {
        await using var h = new QueueHarness(o =>
        {
            o.MaxQueueOperations = 1;
            o.FullMode = QueueFullMode.Throw;
            o.DropLogInterval = TimeSpan.FromSeconds(2);
        });
        Assert.True(h.Queue.Identify("a").IsAccepted);
        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                Assert.Throws<CustomerIOQueueFullException>(() => h.Queue.Identify("b"));
            }
        })).ToArray();
        Array.ForEach(threads, t => t.Start());
        h.Time.Advance(TimeSpan.FromMilliseconds(3));
        Array.ForEach(threads, t => Assert.True(t.Join(TimeSpan.FromSeconds(30))));

        // One line in the interval: the first refusal logs at once, and however many other threads had counted by
        // the time it took the counts, they are in that line (so its count is 1 or a little more).
        var first = Assert.Single(h.LogMessages(LogLevel.Warning));
        h.Time.Advance(TimeSpan.FromSeconds(2)); // the interval ends: the rest in one line
        var lines = h.LogMessages(LogLevel.Warning);
        Assert.Equal(2, lines.Length);
        Assert.Equal(first, lines[0]);
        Assert.All(lines, line => Assert.Matches("^The Track queue did not take (\\d+) operations since its last report: queue_full=\\1$", line));
        Assert.Equal(2_000, lines.Sum(Count));
        Assert.Equal(2_000, h.Queue.GetStatistics().Refused);
    }

    private static string[] Warnings(FakeLogCollector logs) =>
        logs.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message).ToArray();

    private static long Count(string line) => long.Parse(Regex.Match(line, "did not take (\\d+) operations").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A fake clock that can hold the thread that reads it next (when that thread asks), until released.</summary>
    private sealed class HoldingTime : TimeProvider
    {
        private readonly ControlledTime _inner = new();

        [ThreadStatic]
        public static bool HoldNextReading;

        public ManualResetEventSlim Held { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public override long GetTimestamp()
        {
            var now = _inner.GetTimestamp();
            if (HoldNextReading)
            {
                HoldNextReading = false;
                Held.Set();
                Release.Wait(TimeSpan.FromSeconds(10));
            }

            return now;
        }

        public override long TimestampFrequency => _inner.TimestampFrequency;

        public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => _inner.CreateTimer(callback, state, dueTime, period);

        public void Advance(TimeSpan by) => _inner.Advance(by);
    }
}
