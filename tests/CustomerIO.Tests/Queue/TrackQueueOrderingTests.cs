using System.Collections.Concurrent;
using System.Text.Json;
using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Queue;

public sealed class TrackQueueOrderingTests
{
    [Fact]
    public async Task Each_persons_operations_arrive_in_order_across_lanes_batches_retries_and_splits()
    {
        const int producers = 4, perProducer = 1500, people = 40;
        var handler = new QueueHandler(TimeProvider.System);
        var accepted = new ConcurrentDictionary<string, List<int>>();
        var requests = 0;
        handler.Respond = (_, body) =>
        {
            var n = Interlocked.Increment(ref requests);
            if (n % 5 == 0)
            {
                return QueueHandler.Answer(429, "{}", retryAfterSeconds: 0); // sent again at once
            }

            if (body.Contains("\"poison\"", StringComparison.Ordinal))
            {
                return QueueHandler.Answer(400, """{"errors":[{"reason":"invalid","field":"name","message":"poison"}]}"""); // split
            }

            using var json = JsonDocument.Parse(body);
            foreach (var op in json.RootElement.GetProperty("batch").EnumerateArray())
            {
                var person = op.GetProperty("identifiers").GetProperty("id").GetString()!;
                var list = accepted.GetOrAdd(person, _ => []);
                lock (list)
                {
                    list.Add(op.GetProperty("attributes").GetProperty("n").GetInt32());
                }
            }

            return QueueHandler.Answer(200);
        };
        var failures = new ConcurrentQueue<TrackOperationOutcome>();
        var client = new TrackClient(TestTrackClient.SiteId, TestTrackClient.ApiKey, new TrackClientOptions
        {
            HttpClient = new HttpClient(handler),
            Endpoint = TestTrackClient.Endpoint,
            Retry = { MaxRetries = 0 },
        });
        var queue = new TrackQueue(client, new TrackQueueOptions
        {
            MaxConcurrentUploads = 4,
            MaxBatchOperations = 25,
            FlushInterval = TimeSpan.FromHours(1),
            OnOutcome = failures.Enqueue,
        });

        // Each producer owns the people p % producers == its number, and numbers each person's events in order.
        await Task.WhenAll(Enumerable.Range(0, producers).Select(producer => Task.Run(() =>
        {
            for (var i = 0; i < perProducer; i++)
            {
                var person = "u" + ((i % (people / producers) * producers) + producer);
                var name = i % 97 == 13 ? "poison" : "step";
                Assert.True(queue.Track(person, name, new Dictionary<string, object?> { ["n"] = i }).IsAccepted);
            }
        })));
        var stats = await queue.CloseAsync();

        var poisoned = producers * Enumerable.Range(0, perProducer).Count(i => i % 97 == 13);
        Assert.Equal(producers * perProducer, stats.Enqueued);
        Assert.Equal(producers * perProducer - poisoned, stats.Delivered);
        Assert.Equal(poisoned, stats.Failed);
        Assert.Equal(poisoned, failures.Count(f => f.Reason == "rejected" && f.Error?.Message == "poison"));
        Assert.Equal(people, accepted.Count);
        foreach (var (person, numbers) in accepted)
        {
            var expected = Enumerable.Range(0, perProducer)
                .Where(i => "u" + ((i % (people / producers) * producers) + (int.Parse(person[1..], System.Globalization.CultureInfo.InvariantCulture) % producers)) == person && i % 97 != 13);
            Assert.Equal(expected, numbers);
        }

        Assert.True(handler.Count > producers * perProducer / 25, "Retries and splits sent more requests than batches.");
    }
}
