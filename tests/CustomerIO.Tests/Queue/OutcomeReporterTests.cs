using CustomerIO.Queue.Engine;
using CustomerIO.Tests.Transport;
using CustomerIO.Track;
using Microsoft.Extensions.Logging.Testing;

namespace CustomerIO.Tests.Queue;

/// <summary>Settling operations on its own: counts, room, waiters, callbacks, and building outcomes only for listeners.</summary>
public sealed class OutcomeReporterTests
{
    private static readonly byte[] Event = """{"type":"person","identifiers":{"id":"1"},"action":"event","id":"01ID","name":"n"}"""u8.ToArray();

    private readonly CountingProtocol _protocol = new();
    private readonly QueueCounters _counters = new("test");
    private readonly QueueBudget _budget = new(maxBytes: 1_000_000, maxOperations: 100, signalsRoom: false);
    private readonly FakeLogCollector _logs = new();
    private readonly List<TrackOperationOutcome> _reported = [];

    [Fact]
    public void Each_undelivered_status_is_counted_reported_with_the_operations_facts_and_its_room_given_back()
    {
        var reporter = Reporter(onOutcome: _reported.Add);
        var error = new CustomerIOApiError("bad", batchIndex: 0);
        var exception = new CustomerIOException("boom");
        for (var i = 0; i < 3; i++)
        {
            Assert.True(_budget.TryReserve(Event.Length));
        }

        reporter.Complete(Held(), OutcomeStatus.Failed, "rejected", error, exception);
        reporter.Complete(Held(), OutcomeStatus.Dropped, "dropped_oldest", error: null, exception: null);
        reporter.Complete(Held(), OutcomeStatus.Abandoned, "shutdown", error: null, exception: null);

        Assert.Equal(
            ["person event: Failed (rejected)", "person event: Dropped (dropped_oldest)", "person event: Abandoned (shutdown)"],
            _reported.Select(o => o.ToString()));
        Assert.All(_reported, o => Assert.Equal("01ID", o.EventId));
        Assert.Same(error, _reported[0].Error);
        Assert.Same(exception, _reported[0].Exception);
        var counts = _counters.Snapshot(_budget.Count, _budget.Bytes, isPaused: false, isClosed: false);
        Assert.Equal((1L, 1L, 1L, 0L, 0L, 0L), (counts.Failed, counts.Dropped, counts.Abandoned, counts.Refused, counts.Pending, counts.PendingBytes));

        // A drop is a loss the log must tell (summed per interval); a failure and an abandonment are logged where they happen.
        Assert.Equal(["The Test queue did not take 1 operations since its last report: dropped_oldest=1"], _logs.GetSnapshot().Select(r => r.Message));
    }

    [Fact]
    public void Settling_an_operation_lets_go_of_its_arena_bytes()
    {
        var reporter = Reporter(onOutcome: null);
        var segment = new ArenaSegment(64);
        var held = new[] { OfSegment(segment), OfSegment(segment) };
        segment.Seal();
        Assert.Equal(2, segment.Outstanding);

        reporter.Complete(held[0], OutcomeStatus.Failed, "rejected", error: null, exception: null);
        Assert.Equal(1, segment.Outstanding);
        reporter.CompleteDelivered(held[1]);
        Assert.Equal(0, segment.Outstanding);
    }

    [Fact]
    public void A_delivery_is_reported_only_when_deliveries_are_asked_for_and_is_never_counted_here()
    {
        Reporter(onOutcome: _reported.Add).CompleteDelivered(Held());
        Assert.Empty(_reported);
        Assert.Equal(0, _protocol.Built);

        Reporter(onOutcome: _reported.Add, reportDeliveries: true).CompleteDelivered(Held());
        Assert.Equal(["person event: Delivered"], _reported.Select(o => o.ToString()));
        Assert.Equal(0, _counters.Snapshot(0, 0, false, false).Delivered);
    }

    [Fact]
    public async Task A_waiter_is_answered_even_when_nobody_else_listens()
    {
        var waiter = new TaskCompletionSource<TrackOperationOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reporter = Reporter(onOutcome: null);

        reporter.CompleteDelivered(Held(waiter));

        var outcome = await waiter.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((OutcomeStatus.Delivered, "event", "01ID"), (outcome.Status, outcome.Action, outcome.EventId));
    }

    [Fact]
    public void No_outcome_is_built_when_nobody_listens()
    {
        var reporter = Reporter(onOutcome: null, reportDeliveries: true);
        _budget.TryReserve(Event.Length);

        reporter.CompleteDelivered(Held());
        reporter.Complete(Held(), OutcomeStatus.Failed, "rejected", error: null, exception: null);
        reporter.Refuse(new OperationFacts("person", "event", null), "invalid", "why", waiter: null);

        Assert.Equal(0, _protocol.Built);
        Assert.Equal((1L, 1L), (_counters.Snapshot(0, 0, false, false).Failed, _counters.Snapshot(0, 0, false, false).Refused));
    }

    [Fact]
    public async Task A_refusal_is_counted_logged_and_told_to_the_waiter_and_the_callback_with_its_reason()
    {
        var time = new ControlledTime();
        var reporter = Reporter(onOutcome: _reported.Add, time: time);
        var waiter = new TaskCompletionSource<TrackOperationOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);

        reporter.Refuse(new OperationFacts("object", "identify", null), "queue_full", "The queue is full.", waiter);

        var outcome = await waiter.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("object identify: Refused (queue_full: The queue is full.)", outcome.ToString());
        Assert.Same(outcome, Assert.Single(_reported));
        Assert.Equal(1, _counters.Snapshot(0, 0, false, false).Refused);
        Assert.Equal(["The Test queue did not take 1 operations since its last report: queue_full=1"], _logs.GetSnapshot().Select(r => r.Message));
    }

    [Fact]
    public void A_throwing_callback_never_stops_settling()
    {
        var reporter = Reporter(onOutcome: _ => throw new InvalidOperationException("callback"), reportDeliveries: true);
        _budget.TryReserve(Event.Length);

        reporter.CompleteDelivered(Held());
        reporter.Complete(Held(), OutcomeStatus.Failed, "rejected", error: null, exception: null);
        reporter.Refuse(new OperationFacts("person", "event", null), "invalid", "why", waiter: null);

        Assert.Equal((1L, 1L, 0L), (_counters.Snapshot(0, 0, false, false).Failed, _counters.Snapshot(0, 0, false, false).Refused, _budget.Count));
    }

    private OutcomeReporter<TrackOperationOutcome> Reporter(Action<TrackOperationOutcome>? onOutcome, bool reportDeliveries = false, TimeProvider? time = null) =>
        new(_protocol, _counters, _budget, new DropReporter(new FakeLogger(_logs), "Test", time ?? new ControlledTime(), TimeSpan.FromSeconds(10)), onOutcome, reportDeliveries);

    private static QueuedOperation OfSegment(ArenaSegment segment)
    {
        Assert.True(segment.TryAppend(Event.AsSpan(0, 8), out var offset));
        return new QueuedOperation(segment, offset, 8, isIdempotent: true, enqueuedAt: 0, waiter: null);
    }

    private static QueuedOperation Held(TaskCompletionSource<TrackOperationOutcome>? waiter = null) =>
        new(Event, isIdempotent: true, enqueuedAt: 0, waiter);

    /// <summary>Track's protocol, counting the outcomes it builds.</summary>
    private sealed class CountingProtocol : IBatchProtocol<TrackOperationOutcome>
    {
        public int Built { get; private set; }

        public string Name => "test";

        public string DisplayName => "Test";

        public ReadOnlySpan<byte> EnvelopeStart => TrackBatchProtocol.Instance.EnvelopeStart;

        public int EnvelopeEndLength => TrackBatchProtocol.Instance.EnvelopeEndLength;

        public void WriteEnvelopeEnd(Span<byte> destination) => TrackBatchProtocol.Instance.WriteEnvelopeEnd(destination);

        public CustomerIO.Transport.ApiRequest CreateRequest(ReadOnlyMemory<byte> body, bool idempotent) => TrackBatchProtocol.Instance.CreateRequest(body, idempotent);

        public CustomerIOApiError?[]? ParseFailures(CustomerIO.Transport.ApiResponse response, int count) => TrackBatchProtocol.Instance.ParseFailures(response, count);

        public OperationFacts Describe(ReadOnlySpan<byte> json) => TrackBatchProtocol.Instance.Describe(json);

        public TrackOperationOutcome CreateOutcome(OutcomeStatus status, in OperationFacts facts, string? reason, CustomerIOApiError? error, Exception? exception)
        {
            Built++;
            return TrackBatchProtocol.Instance.CreateOutcome(status, facts, reason, error, exception);
        }
    }
}
