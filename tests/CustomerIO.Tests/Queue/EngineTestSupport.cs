using System.Collections.Concurrent;
using System.Net.Http;
using CustomerIO.Queue.Engine;
using CustomerIO.Tests.Infrastructure;
using CustomerIO.Tests.Transport;
using CustomerIO.Track;
using CustomerIO.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CustomerIO.Tests.Queue;

/// <summary>
/// A made-up API for the engine's own tests (as the Pipelines queue will be another): <c>{"items":[…],"v":1}</c> to
/// <c>/v1/other/batch</c>, failures named in a 200, outcomes as text (<c>status reason json !ExceptionType</c>).
/// </summary>
internal sealed class OtherProtocol : IBatchProtocol<string>
{
    /// <summary>The bytes of <c>{"items":[</c> and <c>],"v":1}</c>.</summary>
    public const int Overhead = 18;

    public const string Path = "/v1/other/batch";

    private static readonly ApiOperation Send = new("other", HttpMethod.Post, Path, idempotent: true);

    private int _parses;
    private int _attempts;

    /// <summary>Replaces the partial-failure parser (the call's index from 0, the answer, the batch's count), for a parser that throws.</summary>
    public Func<int, ApiResponse, int, CustomerIOApiError?[]?>? Parse { get; init; }

    /// <summary>Writes the body's end as <c>],"v":N}</c>, N the attempt (1 to 9), instead of always 1: the end is written anew at each attempt.</summary>
    public bool StampAttempts { get; init; }

    public string Name => "other";

    public string DisplayName => "Other";

    public ReadOnlySpan<byte> EnvelopeStart => "{\"items\":["u8;

    public int EnvelopeEndLength => 8;

    public void WriteEnvelopeEnd(Span<byte> destination)
    {
        "],\"v\":1}"u8.CopyTo(destination);
        if (StampAttempts)
        {
            destination[6] = (byte)('0' + Math.Min(9, Interlocked.Increment(ref _attempts)));
        }
    }

    public ApiRequest CreateRequest(ReadOnlyMemory<byte> body, bool idempotent) => Send.For().WithIdempotency(idempotent).WithJson(body).WithoutRateLimitRetries();

    public CustomerIOApiError?[]? ParseFailures(ApiResponse response, int count)
    {
        var call = Interlocked.Increment(ref _parses) - 1;
        return Parse is { } parse ? parse(call, response, count) : SendDecisions.ByPosition(ApiErrorParser.Parse(response.Body), count);
    }

    public OperationFacts Describe(ReadOnlySpan<byte> json) => new("item", "send", Encoding.UTF8.GetString(json));

    public string CreateOutcome(OutcomeStatus status, in OperationFacts facts, string? reason, CustomerIOApiError? error, Exception? exception) =>
        $"{status} {reason}" + (facts.EventId is { } json ? " " + json : string.Empty) + (exception is null ? string.Empty : " !" + exception.GetType().Name);
}

/// <summary>
/// A <see cref="DeliveryEngine{TOutcome}"/> over <see cref="OtherProtocol"/> and a <see cref="QueueHandler"/>, on a fake
/// clock: one lane, a one-hour flush interval, no transport retries, random 0, deliveries reported, every outcome and
/// log line collected.
/// </summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    public EngineHarness(Func<EngineLimits, EngineLimits>? limits = null, OtherProtocol? protocol = null, TimeProvider? time = null)
    {
        Clock = time ?? Time;
        Handler = new QueueHandler(Clock, OtherProtocol.Path);
        Protocol = protocol ?? new OtherProtocol();
        var client = TestTrackClient.CreateWithoutRetries(Handler.Recording, o =>
        {
            o.HttpClient = new HttpClient(Handler);
            o.TimeProvider = Clock;
            o.Timeout = Timeout.InfiniteTimeSpan;
            o.TotalTimeout = Timeout.InfiniteTimeSpan;
        });
        var defaults = QueueBudgetTests.Limits();
        Limits = limits?.Invoke(defaults) ?? defaults;
        Engine = new DeliveryEngine<string>(client.Pipeline, Protocol, Limits, Outcomes.Enqueue, reportDeliveries: true, Clock, () => 0, new FakeLogger(Logs));
    }

    public ControlledTime Time { get; } = new();

    /// <summary>The engine's clock: <see cref="Time"/> unless the test gave another.</summary>
    public TimeProvider Clock { get; }

    public QueueHandler Handler { get; }

    public OtherProtocol Protocol { get; }

    public EngineLimits Limits { get; }

    public DeliveryEngine<string> Engine { get; }

    public ConcurrentQueue<string> Outcomes { get; } = new();

    public FakeLogCollector Logs { get; } = new();

    /// <summary>An operation of this JSON, stamped on the engine's clock (stamped otherwise, it would look old at once).</summary>
    public QueuedOperation Op(string json) => new(Encoding.UTF8.GetBytes(json), isIdempotent: true, enqueuedAt: Clock.GetTimestamp(), waiter: null);

    /// <summary>Admits <c>{"n":1}</c> … <c>{"n":count}</c> and asserts each was accepted.</summary>
    public void AdmitNumbered(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            Assert.True(Engine.Admit(Op($$"""{"n":{{i}}}"""), laneHash: i, new OperationFacts("item", "send", null), waiter: null).IsAccepted);
        }
    }

    public string[] LogMessages(LogLevel level) => Logs.GetSnapshot().Where(r => r.Level == level).Select(r => r.Message).ToArray();

    /// <summary>Stops the engine at once, so no test leaves loops or gauge registrations behind.</summary>
    public async ValueTask DisposeAsync() => await Engine.CloseAsync(TimeSpan.Zero, new CancellationToken(canceled: true));
}
