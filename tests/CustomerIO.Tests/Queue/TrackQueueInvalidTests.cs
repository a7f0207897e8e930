namespace CustomerIO.Tests.Queue;

public sealed class TrackQueueInvalidTests
{
    [Fact]
    public async Task Invalid_operations_are_refused_at_enqueue_with_the_limit_named_and_never_reach_the_wire()
    {
        await using var h = new QueueHarness();
        var name101 = new string('n', 101);
        var data100001 = new Dictionary<string, object?> { ["a"] = new string('x', 100_001 - 8) }; // {"a":"…"} is 100,001 bytes
        var data40000 = new Dictionary<string, object?> { ["a"] = new string('x', 40_000) };
        var hugeIdentify = Enumerable.Range(0, 40).ToDictionary(i => "k" + i, i => (object?)new string('v', 900));

        EnqueueResult[] results =
        [
            h.Queue.Track("p", name101),
            h.Queue.TrackPageView("p", name101),
            h.Queue.TrackScreenView("p", name101),
            h.Queue.Track("p", "big", data100001),
            h.Queue.Track("p", "big", data40000),
            h.Queue.Identify("p", hugeIdentify),
        ];

        Assert.All(results, r => Assert.Equal(EnqueueStatus.Invalid, r.Status));
        Assert.Equal("The event name is 101 bytes; Customer.io allows at most 100 bytes of UTF-8. (Parameter 'name')", results[0].Message);
        Assert.Contains("The event data is 100001 bytes; Customer.io allows at most 100000 bytes", results[3].Message, StringComparison.Ordinal);
        Assert.Contains("operation is ", results[4].Message, StringComparison.Ordinal);
        Assert.Contains("at most 32768 bytes", results[4].Message, StringComparison.Ordinal);
        Assert.Contains("at most 32768 bytes", results[5].Message, StringComparison.Ordinal);
        var refused = h.Outcomes.Where(o => o.Status == OutcomeStatus.Refused).ToArray();
        Assert.Equal(6, refused.Length);
        Assert.All(refused, o => Assert.StartsWith("invalid: ", o.Reason, StringComparison.Ordinal));
        Assert.Equal(["event", "page", "screen", "event", "event", "identify"], refused.Select(o => o.Action));

        Assert.True(h.Queue.Track("p", new string('n', 100)).IsAccepted); // exactly the limit is fine
        var stats = await h.Queue.FlushAsync();

        Assert.Equal(6, stats.Refused);
        Assert.Equal(1, stats.Enqueued);
        Assert.Equal(1, stats.Delivered);
        var body = Assert.Single(h.Handler.Bodies);
        Assert.Equal(1, Ops.CountOperations(body));
        Assert.DoesNotContain("big", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_typed_event_path_refuses_an_oversized_name_too()
    {
        await using var h = new QueueHarness();

        var result = h.Queue.Track("p", new string('n', 101), new Track.OrderData(), Track.TrackTestJsonContext.Default.OrderData);

        Assert.Equal(EnqueueStatus.Invalid, result.Status);
        Assert.Contains("event name is 101 bytes", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Queue.GetStatistics().Enqueued);
    }
}
