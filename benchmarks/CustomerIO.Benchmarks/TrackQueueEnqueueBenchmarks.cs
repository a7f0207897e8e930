using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using BenchmarkDotNet.Attributes;
using CustomerIO.Track;

namespace CustomerIO.Benchmarks;

/// <summary>
/// The enqueue paths of <see cref="TrackQueue"/>. Uploads go to an in-process handler that answers 200 at once,
/// batches are cut only by size (a flush interval of an hour), and the byte budget is 1 GB: the uploads (on
/// the other core) keep the queue nearly empty, so it never fills and the measurement is the enqueue itself.
/// No [IterationSetup]/[IterationCleanup]: they would force one invocation per iteration.
/// </summary>
[MemoryDiagnoser]
public class TrackQueueEnqueueBenchmarks
{
    private readonly Dictionary<string, object?> _data = new() { ["sku"] = "A-1", ["price"] = 9.99, ["qty"] = 2 };
    private readonly Dictionary<string, object?> _attributes = new() { ["email"] = "user-123@example.com", ["plan"] = "pro", ["age"] = 42 };
    private HttpClient _http = null!;
    private TrackQueue _queue = null!;

    [GlobalSetup]
    public void Setup()
    {
        _http = new HttpClient(new OkHandler());
        var client = new TrackClient("site", "key", new TrackClientOptions { HttpClient = _http, Endpoint = new Uri("http://127.0.0.1:9/") });
        _queue = new TrackQueue(client, new TrackQueueOptions
        {
            FlushInterval = TimeSpan.FromHours(1),
            MaxBatchOperations = 100_000,
            MaxQueueBytes = 1L << 30,
            MaxQueueOperations = 10_000_000,
        });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _queue.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _http.Dispose();
    }

    /// <summary>The typical event: a name and three data fields in the caller's dictionary.</summary>
    [Benchmark(Baseline = true)]
    public EnqueueResult Track() => _queue.Track("user-123", "purchase", _data);

    /// <summary>The same, with the caller building its dictionary per event (its allocations are counted too).</summary>
    [Benchmark]
    public EnqueueResult TrackNewDictionary() =>
        _queue.Track("user-123", "purchase", new Dictionary<string, object?> { ["sku"] = "A-1", ["price"] = 9.99, ["qty"] = 2 });

    /// <summary>A pre-built operation: serialized by <see cref="PersonOperation"/>, then queued.</summary>
    [Benchmark]
    public EnqueueResult EnqueueOperation() => _queue.Enqueue(PersonOperation.Event("user-123", "purchase", _data));

    [Benchmark]
    public EnqueueResult Identify() => _queue.Identify("user-123", _attributes);
}
