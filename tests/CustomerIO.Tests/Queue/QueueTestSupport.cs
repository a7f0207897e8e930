using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CustomerIO.Tests.Infrastructure;
using CustomerIO.Tests.Transport;
using CustomerIO.Track;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CustomerIO.Tests.Queue;

/// <summary>One batch request as the queue sent it: the fake clock's time when it arrived, and its body.</summary>
internal sealed record SentBatch(DateTimeOffset At, string Body);

/// <summary>
/// Sits in front of a <see cref="RecordingHandler"/> (which records and answers from its script): notes the fake
/// clock's time of each request, lets a test await the n-th request (a bounded real-time guard, never an
/// assertion on time), optionally holds answers (<see cref="BeforeAnswer"/>) or computes them (<see cref="Respond"/>).
/// </summary>
internal sealed class QueueHandler : DelegatingHandler
{
    private readonly TimeProvider _time;
    private readonly string _path;
    private readonly object _sync = new();
    private readonly List<SentBatch> _sent = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

    /// <summary>A handler for batches posted to <paramref name="path"/>.</summary>
    /// <param name="time">The clock each request's arrival is noted on.</param>
    /// <param name="path">The only path batches may be sent to (Track's unless a test's protocol has its own).</param>
    public QueueHandler(TimeProvider time, string path = "/api/v2/batch")
        : base(new RecordingHandler())
    {
        _time = time;
        _path = path;
        Recording = (RecordingHandler)InnerHandler!;
    }

    public RecordingHandler Recording { get; }

    /// <summary>Runs before each request is answered (index from 0, body): a test can hold the answer here.</summary>
    public Func<int, string, CancellationToken, Task>? BeforeAnswer { get; set; }

    /// <summary>Computes the answer (index from 0, body); null falls back to the recording handler's script.</summary>
    public Func<int, string, HttpResponseMessage?>? Respond { get; set; }

    public IReadOnlyList<SentBatch> Sent
    {
        get
        {
            lock (_sync)
            {
                return _sent.ToArray();
            }
        }
    }

    public IReadOnlyList<string> Bodies => Sent.Select(s => s.Body).ToArray();

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _sent.Count;
            }
        }
    }

    /// <summary>Waits (at most 10 real seconds, so a bug fails instead of hanging) until <paramref name="count"/> requests arrived.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_sync)
        {
            if (_sent.Count >= count)
            {
                return;
            }

            _waiters.Add((count, done));
        }

        await done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Assert.Equal(_path, request.RequestUri!.AbsolutePath);
        Assert.Equal(HttpMethod.Post, request.Method);
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        int index;
        lock (_sync)
        {
            index = _sent.Count;
            _sent.Add(new SentBatch(_time.GetUtcNow(), body));
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_sent.Count >= _waiters[i].Count)
                {
                    _waiters[i].Done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }

        if (BeforeAnswer is { } hold)
        {
            await hold(index, body, cancellationToken);
        }

        if (Respond?.Invoke(index, body) is { } answer)
        {
            answer.RequestMessage = request;
            return answer;
        }

        return await base.SendAsync(request, cancellationToken);
    }

    public static HttpResponseMessage Answer(int status, string body = "{}", int? retryAfterSeconds = null)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return response;
    }
}

/// <summary>
/// A queue over a <see cref="QueueHandler"/> with a fake clock (<see cref="ControlledTime"/>): no transport retries
/// and no timeouts unless a test asks, random 0 (no jitter), one lane, a one-hour flush interval (so only full
/// batches, flushes and closes send unless a test sets it), every outcome collected, logs collected.
/// </summary>
internal sealed class QueueHarness : IAsyncDisposable
{
    public QueueHarness(Action<TrackQueueOptions>? queue = null, Action<TrackClientOptions>? client = null)
    {
        Handler = new QueueHandler(Time);
        var clientOptions = new TrackClientOptions
        {
            HttpClient = new HttpClient(Handler),
            Endpoint = TestTrackClient.Endpoint,
            TimeProvider = Time,
            Timeout = Timeout.InfiniteTimeSpan,
            TotalTimeout = Timeout.InfiniteTimeSpan,
            Random = () => 0,
            Retry = { MaxRetries = 0 },
            LoggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(Logs))),
        };
        client?.Invoke(clientOptions);
        Client = new TrackClient(TestTrackClient.SiteId, TestTrackClient.ApiKey, clientOptions);
        Options = new TrackQueueOptions
        {
            MaxConcurrentUploads = 1,
            FlushInterval = TimeSpan.FromHours(1),
            ShutdownTimeout = TimeSpan.FromHours(2),
            OnOutcome = Outcomes.Enqueue,
        };
        queue?.Invoke(Options);
        Queue = new TrackQueue(Client, Options);
    }

    public ControlledTime Time { get; } = new();

    public QueueHandler Handler { get; }

    public FakeLogCollector Logs { get; } = new();

    public ConcurrentQueue<TrackOperationOutcome> Outcomes { get; } = new();

    public TrackClient Client { get; }

    public TrackQueueOptions Options { get; }

    public TrackQueue Queue { get; }

    public DateTimeOffset Start { get; } = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The next short timer's due time (see <see cref="ControlledTime.NextShortTimerAsync"/>).</summary>
    public Task<TimeSpan> NextTimerAsync() => Time.NextShortTimerAsync();

    /// <summary>Waits for the next short timer, asserts its due time, and advances the clock by exactly that much.</summary>
    public async Task AdvanceTimerAsync(TimeSpan expected)
    {
        Assert.Equal(expected, await NextTimerAsync());
        Time.Advance(expected);
    }

    public string[] LogMessages(LogLevel level) => Logs.GetSnapshot().Where(r => r.Level == level).Select(r => r.Message).ToArray();

    /// <summary>Stops the queue at once (abandoning whatever is left), so no test leaves loops or registrations behind.</summary>
    public async ValueTask DisposeAsync() => await Queue.CloseAsync(new CancellationToken(canceled: true));
}

internal static class Ops
{
    public const string EventId = "01ARZ3NDEKTSV4RRFFQ69G5FAV";

    public static readonly Regex Ulid = TestTrackClient.Ulid;

    public static string Json(TrackOperation operation) => Encoding.UTF8.GetString(operation.Json.Span);

    /// <summary>The exact batch body: <c>{"batch":[</c> + the operations joined by <c>,</c> + <c>]}</c>.</summary>
    public static string Batch(params IEnumerable<string> operations) => "{\"batch\":[" + string.Join(",", operations) + "]}";

    public static string Batch(IEnumerable<TrackOperation> operations) => Batch(operations.Select(Json));

    /// <summary>An identify of <paramref name="person"/> whose JSON is exactly <paramref name="size"/> bytes (padding attributes of at most 900 bytes each).</summary>
    public static TrackOperation OfSize(string person, int size)
    {
        for (var attributes = 1; attributes < 100; attributes++)
        {
            var empty = Identify(person, attributes, 0, 0);
            var padding = size - empty.SizeInBytes;
            if (padding < 0)
            {
                break;
            }

            if (padding <= attributes * 900)
            {
                var operation = Identify(person, attributes, padding / attributes, padding % attributes);
                Assert.Equal(size, operation.SizeInBytes);
                return operation;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(size));
    }

    private static TrackOperation Identify(string person, int attributes, int each, int extra)
    {
        var values = new Dictionary<string, object?>();
        for (var i = 0; i < attributes; i++)
        {
            values["p" + i] = new string('x', each + (i < extra ? 1 : 0));
        }

        return PersonOperation.Identify(person, values);
    }

    /// <summary>How many operations a batch body holds.</summary>
    public static int CountOperations(string body) => Regex.Count(body, "\\{\"type\":");

    /// <summary>The <c>"name":"…","id":"…"</c> event ids in a body, in order.</summary>
    public static string[] EventIds(string body) =>
        Regex.Matches(body, "\"name\":\"[^\"]*\",\"id\":\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToArray();
}
