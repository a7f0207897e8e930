using System.Collections.Concurrent;
using CustomerIO.Pipelines;
using CustomerIO.Tests.Infrastructure;
using CustomerIO.Tests.Queue;
using CustomerIO.Tests.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CustomerIO.Tests.Pipelines;

/// <summary>
/// A <see cref="PipelinesQueue"/> over a <see cref="QueueHandler"/> for <c>/v1/batch</c> with the fake clock, set up as
/// Track's <see cref="QueueHarness"/> is: no transport retries or timeouts, no jitter, one lane, a one-hour flush
/// interval, every outcome and log collected.
/// </summary>
internal sealed class PipelinesQueueHarness : IAsyncDisposable
{
    public PipelinesQueueHarness(Action<PipelinesQueueOptions>? queue = null, Action<PipelinesClientOptions>? client = null)
    {
        Handler = new QueueHandler(Time, "/v1/batch");
        var clientOptions = new PipelinesClientOptions
        {
            HttpClient = new HttpClient(Handler),
            Endpoint = TestPipelinesClient.Endpoint,
            TimeProvider = Time,
            Timeout = Timeout.InfiniteTimeSpan,
            TotalTimeout = Timeout.InfiniteTimeSpan,
            Random = () => 0,
            Retry = { MaxRetries = 0 },
            LoggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(Logs))),
        };
        client?.Invoke(clientOptions);
        Client = new PipelinesClient(TestPipelinesClient.WriteKey, clientOptions);
        Options = new PipelinesQueueOptions
        {
            MaxConcurrentUploads = 1,
            FlushInterval = TimeSpan.FromHours(1),
            ShutdownTimeout = TimeSpan.FromHours(2),
            OnOutcome = Outcomes.Enqueue,
        };
        queue?.Invoke(Options);
        Queue = new PipelinesQueue(Client, Options);
    }

    public ControlledTime Time { get; } = new();

    public QueueHandler Handler { get; }

    public FakeLogCollector Logs { get; } = new();

    public ConcurrentQueue<PipelinesMessageOutcome> Outcomes { get; } = new();

    public PipelinesClient Client { get; }

    public PipelinesQueueOptions Options { get; }

    public PipelinesQueue Queue { get; }

    /// <summary>The <c>sentAt</c> the fake clock gives now.</summary>
    public string SentAtNow => Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The exact batch body of these messages, sent at <paramref name="sentAt"/>.</summary>
    public static string Batch(string sentAt, params IEnumerable<string> messages) => "{\"batch\":[" + string.Join(",", messages) + "],\"sentAt\":\"" + sentAt + "\"}";

    public string[] LogMessages(LogLevel level) => Logs.GetSnapshot().Where(r => r.Level == level).Select(r => r.Message).ToArray();

    /// <summary>Stops the queue at once (abandoning whatever is left).</summary>
    public async ValueTask DisposeAsync() => await Queue.CloseAsync(new CancellationToken(canceled: true));
}
