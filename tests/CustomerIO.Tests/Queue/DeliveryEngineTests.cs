using System.Net.Http;
using System.Text;
using CustomerIO.Queue.Engine;
using CustomerIO.Tests.Infrastructure;
using CustomerIO.Tests.Transport;
using CustomerIO.Track;
using CustomerIO.Transport;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CustomerIO.Tests.Queue;

/// <summary>
/// The engine under a protocol other than Track's (as the Pipelines queue will be): its envelope, endpoint, partial
/// failures, outcomes and name reach the wire, the counts, the meter and the logs.
/// </summary>
[Collection("TelemetryTests")]
public sealed class DeliveryEngineTests
{
    [Fact]
    public async Task It_delivers_through_the_protocols_endpoint_and_envelope_and_fails_only_what_the_answer_names()
    {
        using var enqueued = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.enqueued");
        var (engine, handler, outcomes, _) = Create();
        handler.Enqueue(200, """{"errors":[{"batch_index":1,"message":"bad"}]}""");

        for (var i = 1; i <= 3; i++)
        {
            Assert.True(engine.Admit(Op($$"""{"n":{{i}}}"""), laneHash: i, new OperationFacts("item", "send", null), waiter: null).IsAccepted);
        }

        var snapshot = await engine.FlushAsync(CancellationToken.None);

        var request = handler.Single;
        Assert.Equal(("POST", "/v1/other/batch", """{"items":[{"n":1},{"n":2},{"n":3}],"v":1}"""), (request.Method, request.Uri.AbsolutePath, request.Body));
        Assert.Equal((3L, 2L, 1L, 0L), (snapshot.Enqueued, snapshot.Delivered, snapshot.Failed, snapshot.Pending));
        Assert.Equal(["Failed rejected {\"n\":2}"], outcomes);
        Assert.Equal(3, enqueued.GetMeasurementSnapshot().Where(m => Equals(m.Tags["customerio.queue"], "other")).Sum(m => m.Value));
        await engine.CloseAsync(TimeSpan.FromHours(1), CancellationToken.None);
    }

    [Fact]
    public async Task The_envelope_end_is_written_at_each_attempt_so_a_protocol_can_stamp_it()
    {
        var (engine, handler, _, _) = Create();
        handler.Enqueue(503, "{}").Enqueue(200, "{}");
        Assert.True(engine.Admit(Op("1"), laneHash: 0, new OperationFacts("item", "send", null), waiter: null).IsAccepted);

        var flushing = engine.FlushAsync(CancellationToken.None);
        TimeSpan due;
        do
        {
            due = await _time.NextTimerAsync();
        }
        while (due != TimeSpan.FromMilliseconds(500)); // the engine's backoff before the second send (no jitter)

        _time.Advance(due);
        var snapshot = await flushing;

        Assert.Equal(["""{"items":[1],"v":1}""", """{"items":[1],"v":2}"""], handler.Requests.Select(r => r.Body));
        Assert.Equal(1L, snapshot.Delivered);
        await engine.CloseAsync(TimeSpan.FromHours(1), CancellationToken.None);
    }

    [Fact]
    public async Task Its_log_lines_and_envelope_limit_name_the_protocols_queue()
    {
        var (engine, handler, outcomes, logs) = Create(maxBatchBytes: 1024);
        handler.Enqueue(404, "{}");

        var tooLarge = engine.Admit(Op("\"" + new string('x', 1024 - 20 - 2) + "\""), laneHash: 0, new OperationFacts("item", "send", null), waiter: null);
        Assert.True(engine.Admit(Op("1"), laneHash: 0, new OperationFacts("item", "send", null), waiter: null).IsAccepted);
        var closed = await engine.CloseAsync(TimeSpan.FromHours(1), CancellationToken.None);

        Assert.Equal((EnqueueStatus.Invalid, "The operation is 1004 bytes; with the 21 bytes around it, it does not fit in a batch of MaxBatchBytes (1024)."), (tooLarge.Status, tooLarge.Message));
        Assert.Equal((1L, 1L, true), (closed.Failed, closed.Refused, closed.IsClosed));
        Assert.Equal(["Refused invalid: The operation is 1004 bytes; with the 21 bytes around it, it does not fit in a batch of MaxBatchBytes (1024).", "Failed http_404 1"], outcomes);
        Assert.Equal(
            ["The Other queue did not take 1 operations since its last report: invalid=1", "The Other queue could not deliver 1 operations: http_404"],
            logs.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message));
        Assert.Equal(EnqueueStatus.Closed, engine.Admit(Op("2"), 0, new OperationFacts("item", "send", null), null).Status);
    }

    // One clock for the engine and the operations' enqueue times: stamped otherwise (as 0), an operation looks an hour
    // old at once, and the lane may send the first one alone before the others arrive.
    private readonly ControlledTime _time = new();

    private (DeliveryEngine<string> Engine, RecordingHandler Handler, List<string> Outcomes, FakeLogCollector Logs) Create(int maxBatchBytes = 450 * 1024)
    {
        var time = _time;
        var handler = new RecordingHandler();
        var logs = new FakeLogCollector();
        var client = TestTrackClient.CreateWithoutRetries(handler, o => o.TimeProvider = time);
        var outcomes = new List<string>();
        var limits = QueueBudgetTests.Limits();
        limits = new EngineLimits
        {
            MaxBatchBytes = maxBatchBytes,
            MaxBatchOperations = limits.MaxBatchOperations,
            FlushInterval = limits.FlushInterval,
            Lanes = 1,
            MaxQueueBytes = limits.MaxQueueBytes,
            MaxQueueOperations = limits.MaxQueueOperations,
            FullMode = limits.FullMode,
            EnqueueTimeout = limits.EnqueueTimeout,
            MaxRetryDuration = limits.MaxRetryDuration,
            MaxRetryDelay = limits.MaxRetryDelay,
            MaxRetryAfter = limits.MaxRetryAfter,
            RetryUnsafeOperations = false,
            ShutdownTimeout = limits.ShutdownTimeout,
            DropLogInterval = limits.DropLogInterval,
            EnvelopeOverhead = OtherProtocol.Overhead,
        };
        var engine = new DeliveryEngine<string>(client.Pipeline, new OtherProtocol(), limits, outcomes.Add, reportDeliveries: false, time, () => 0, new FakeLogger(logs));
        return (engine, handler, outcomes, logs);
    }

    private QueuedOperation Op(string json) => new(Encoding.UTF8.GetBytes(json), isIdempotent: true, enqueuedAt: _time.GetTimestamp(), waiter: null);

    /// <summary>A made-up API: <c>{"items":[…],"v":N}</c> (N the attempt) to <c>/v1/other/batch</c>, failures named in a 200, outcomes as text.</summary>
    private sealed class OtherProtocol : IBatchProtocol<string>
    {
        public const int Overhead = 21;

        private int _attempts;

        private static readonly ApiOperation Send = new("other", HttpMethod.Post, "/v1/other/batch", idempotent: true);

        public string Name => "other";

        public string DisplayName => "Other";

        public ReadOnlySpan<byte> EnvelopeStart => "{\"items\":["u8;

        public int EnvelopeEndLength => 8;

        /// <summary>Writes <c>],"v":N}</c>, N the attempt (1 to 9): the end is written anew at each attempt.</summary>
        public void WriteEnvelopeEnd(Span<byte> destination)
        {
            "],\"v\":0}"u8.CopyTo(destination);
            destination[6] = (byte)('0' + Math.Min(9, Interlocked.Increment(ref _attempts)));
        }

        public ApiRequest CreateRequest(ReadOnlyMemory<byte> body, bool idempotent) => Send.For().WithIdempotency(idempotent).WithJson(body).WithoutRateLimitRetries();

        public CustomerIOApiError?[]? ParseFailures(ApiResponse response, int count) => SendDecisions.ByPosition(ApiErrorParser.Parse(response.Body), count);

        public OperationFacts Describe(ReadOnlySpan<byte> json) => new("item", "send", Encoding.UTF8.GetString(json));

        public string CreateOutcome(OutcomeStatus status, in OperationFacts facts, string? reason, CustomerIOApiError? error, Exception? exception) =>
            $"{status} {reason}" + (facts.EventId is { } json ? " " + json : string.Empty);
    }
}
