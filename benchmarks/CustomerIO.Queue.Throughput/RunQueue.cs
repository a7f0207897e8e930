using CustomerIO.Pipelines;
using CustomerIO.Track;

namespace CustomerIO.Queue.Throughput;

/// <summary>
/// The queue a run measures, Track's or Pipelines', behind one face: the same event (a person's purchase with three
/// fields) enqueued on each queue's fast path, the same flush and close, both into the same emulator.
/// </summary>
internal sealed class RunQueue : IAsyncDisposable
{
    private readonly Func<string, string, Dictionary<string, object?>, bool> _track;
    private readonly Func<CancellationToken, Task<CustomerIOQueueStatistics>> _flush;
    private readonly Func<CancellationToken, Task<CustomerIOQueueStatistics>> _close;

    private RunQueue(string name, Func<string, string, Dictionary<string, object?>, bool> track, Func<CancellationToken, Task<CustomerIOQueueStatistics>> flush, Func<CancellationToken, Task<CustomerIOQueueStatistics>> close)
    {
        Name = name;
        _track = track;
        _flush = flush;
        _close = close;
    }

    /// <summary>How the results name it: <c>TrackQueue</c> or <c>PipelinesQueue</c>.</summary>
    public string Name { get; }

    public static RunQueue Create(string kind, Uri baseUri, HttpClient http, int lanes)
    {
        if (kind == "pipelines")
        {
            // The emulator's Pipelines root, its default write key; strict mode as the SDK sends it by default.
            var client = new PipelinesClient("emulator-write-key", new PipelinesClientOptions { Endpoint = new Uri(baseUri, "cdp/"), HttpClient = http });
            var queue = new PipelinesQueue(client, new PipelinesQueueOptions { MaxConcurrentUploads = lanes });
            return new RunQueue(
                "PipelinesQueue",
                (person, name, data) => queue.Track(person, name, data).IsAccepted,
                async ct => await queue.FlushAsync(ct),
                async ct => await queue.CloseAsync(ct));
        }

        var track = new TrackQueue(Workload.Client(baseUri, http), new TrackQueueOptions { MaxConcurrentUploads = lanes });
        return new RunQueue(
            "TrackQueue",
            (person, name, data) => track.Track(person, name, data).IsAccepted,
            async ct => await track.FlushAsync(ct),
            async ct => await track.CloseAsync(ct));
    }

    public bool Track(string person, string name, Dictionary<string, object?> data) => _track(person, name, data);

    public Task<CustomerIOQueueStatistics> FlushAsync(CancellationToken cancellationToken) => _flush(cancellationToken);

    public Task<CustomerIOQueueStatistics> CloseAsync(CancellationToken cancellationToken) => _close(cancellationToken);

    public async ValueTask DisposeAsync() => await _close(CancellationToken.None);
}
