using System;
using System.Collections.Generic;
using System.Net.Http;
using BenchmarkDotNet.Attributes;
using CustomerIO.Pipelines;

namespace CustomerIO.Benchmarks;

/// <summary>
/// The enqueue paths of <see cref="PipelinesQueue"/>, set up as <see cref="TrackQueueEnqueueBenchmarks"/> is (uploads
/// to an in-process handler answering 200, batches cut by size only, a 1 GB budget), so the two read side by side.
/// The target: a track with a caller-built dictionary at most 600 ns and 1 allocation.
/// </summary>
[MemoryDiagnoser]
public class PipelinesQueueEnqueueBenchmarks
{
    private readonly Dictionary<string, object?> _properties = new() { ["sku"] = "A-1", ["price"] = 9.99, ["qty"] = 2 };
    private readonly Dictionary<string, object?> _traits = new() { ["email"] = "user-123@example.com", ["plan"] = "pro", ["age"] = 42 };
    private HttpClient _http = null!;
    private PipelinesQueue _queue = null!;

    [GlobalSetup]
    public void Setup()
    {
        _http = new HttpClient(new OkHandler());
        var client = new PipelinesClient("key", new PipelinesClientOptions { HttpClient = _http, Endpoint = new Uri("http://127.0.0.1:9/") });
        _queue = new PipelinesQueue(client, new PipelinesQueueOptions
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

    /// <summary>The typical event: a name and three properties in the caller's dictionary.</summary>
    [Benchmark(Baseline = true)]
    public EnqueueResult Track() => _queue.Track("user-123", "purchase", _properties);

    /// <summary>The same, with the caller building its dictionary per event (its allocations are counted too).</summary>
    [Benchmark]
    public EnqueueResult TrackNewDictionary() =>
        _queue.Track("user-123", "purchase", new Dictionary<string, object?> { ["sku"] = "A-1", ["price"] = 9.99, ["qty"] = 2 });

    /// <summary>A message built ahead (its own array), then queued.</summary>
    [Benchmark]
    public EnqueueResult EnqueueMessage() => _queue.Enqueue(PipelinesMessage.Track("user-123", "purchase", _properties));

    [Benchmark]
    public EnqueueResult Identify() => _queue.Identify("user-123", _traits);
}
