using CustomerIO.Tests.Infrastructure;
using CustomerIO.Queue.Engine;
using CustomerIO.Track;

namespace CustomerIO.Tests.Queue;

public sealed class TrackQueueFailureTests
{
    [Fact]
    public async Task A_207_fails_the_named_operations_as_rejected_and_delivers_the_rest_without_a_retry()
    {
        await using var h = new QueueHarness();
        h.Handler.Recording.Enqueue(207, """{"errors":[{"batch_index":1,"reason":"invalid","field":"identifiers","message":"bad id"},{"batch_index":3,"reason":"required","field":"name","message":"no name"}]}""");
        for (var i = 0; i < 4; i++)
        {
            h.Queue.Track("p" + i, "e", options: new EventOptions { Id = TestUlids.Of(i) });
        }

        var stats = await h.Queue.FlushAsync();

        Assert.Single(h.Handler.Bodies);
        Assert.Equal(2, stats.Delivered);
        Assert.Equal(2, stats.Failed);
        var failed = h.Outcomes.Where(o => o.Status == OutcomeStatus.Failed).ToArray();
        Assert.Equal([TestUlids.Of(1), TestUlids.Of(3)], failed.Select(o => o.EventId));
        Assert.All(failed, o => Assert.Equal("rejected", o.Reason));
        Assert.Equal(["bad id", "no name"], failed.Select(o => o.Error!.Message));
        Assert.Equal([1, 3], failed.Select(o => o.Error!.BatchIndex));
        Assert.Equal("identifiers", failed[0].Error!.Field);
        Assert.Null(failed[0].Exception);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(413)]
    public async Task A_whole_batch_refusal_is_split_in_halves_until_the_bad_operation_is_isolated(int status)
    {
        await using var h = new QueueHarness();
        h.Handler.Respond = (_, body) => body.Contains("\"id\":\"BAD\"", StringComparison.Ordinal)
            ? QueueHandler.Answer(status, """{"errors":[{"reason":"invalid","field":"identifiers","message":"bad identifier"}]}""")
            : null;
        var ops = new[] { "a", "b", "c", "BAD", "e" }.Select(p => PersonOperation.Identify(p)).ToArray();
        foreach (var op in ops)
        {
            h.Queue.Enqueue(op);
        }

        var stats = await h.Queue.FlushAsync();

        Assert.Equal(
            [
                Ops.Batch(ops), Ops.Batch(ops[0..2]), Ops.Batch(ops[2..5]), Ops.Batch(ops[2..3]), Ops.Batch(ops[3..5]),
                Ops.Batch(ops[3..4]), Ops.Batch(ops[4..5]),
            ],
            h.Handler.Bodies);
        Assert.Equal(4, stats.Delivered);
        Assert.Equal(1, stats.Failed);
        var failed = Assert.Single(h.Outcomes);
        Assert.Equal(OutcomeStatus.Failed, failed.Status);
        Assert.Equal("rejected", failed.Reason);
        Assert.Equal("bad identifier", failed.Error!.Message);
        Assert.Equal(status, (int)Assert.IsAssignableFrom<CustomerIOApiException>(failed.Exception).StatusCode);
    }

    [Fact]
    public async Task A_429_pauses_every_lane_until_Retry_After_passes_then_the_batch_is_sent_again()
    {
        await using var h = new QueueHarness(o => o.MaxConcurrentUploads = 2);
        var (first, second) = PeopleInDifferentLanes(2);
        h.Handler.Recording.Enqueue(429, "{}", ("Retry-After", "5"));
        var a = PersonOperation.Identify(first);
        var b = PersonOperation.Identify(second);
        h.Queue.Enqueue(a);

        var flushA = h.Queue.FlushAsync();
        Assert.Equal(TimeSpan.FromSeconds(5), await h.NextTimerAsync()); // lane of A waits out the pause
        Assert.True(h.Queue.GetStatistics().IsPaused);
        h.Time.Advance(TimeSpan.FromSeconds(2));
        h.Queue.Enqueue(b);
        var flushB = h.Queue.FlushAsync();
        Assert.Equal(TimeSpan.FromSeconds(3), await h.NextTimerAsync()); // lane of B waits for the same end
        h.Time.Advance(TimeSpan.FromMilliseconds(2999));
        Assert.Equal(1, h.Handler.Count);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        await Task.WhenAll(flushA, flushB).WaitAsync(TimeSpan.FromSeconds(10));

        var sent = h.Handler.Sent;
        Assert.Equal(3, sent.Count);
        Assert.Equal((h.Start, Ops.Batch([a])), (sent[0].At, sent[0].Body));
        Assert.All(sent.Skip(1), s => Assert.Equal(h.Start.AddSeconds(5), s.At));
        Assert.Equal([Ops.Batch([a]), Ops.Batch([b])], sent.Skip(1).Select(s => s.Body).Order());
        var stats = h.Queue.GetStatistics();
        Assert.Equal(2, stats.Delivered);
        Assert.False(stats.IsPaused);
    }

    [Fact]
    public async Task A_429_without_Retry_After_pauses_for_the_queues_backoff()
    {
        await using var h = new QueueHarness();
        h.Handler.Recording.Enqueue(429).Enqueue(429);
        h.Queue.Identify("a");

        var flush = h.Queue.FlushAsync();
        await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(500));
        await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(1000));
        var stats = await flush;

        Assert.Equal(1, stats.Delivered);
        Assert.Equal([h.Start, h.Start.AddMilliseconds(500), h.Start.AddMilliseconds(1500)], h.Handler.Sent.Select(s => s.At));
    }

    [Fact]
    public async Task Server_errors_beyond_the_transports_retries_are_sent_again_until_MaxRetryDuration_then_fail()
    {
        await using var h = new QueueHarness(
            o => o.MaxRetryDuration = TimeSpan.FromSeconds(1),
            c =>
            {
                c.Retry.MaxRetries = 2;
                c.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
            });
        h.Handler.Respond = (_, _) => QueueHandler.Answer(503);
        h.Queue.Track("p", "e", options: new EventOptions { Id = TestUlids.Of(0) });

        var flush = h.Queue.FlushAsync();
        foreach (var ms in new[] { 1, 2, 500, 1, 2, 1000, 1, 2 }) // transport retries, then the queue's backoff
        {
            await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(ms));
        }

        var stats = await flush;

        Assert.Equal(9, h.Handler.Count);
        Assert.Single(h.Handler.Bodies.Distinct());
        Assert.Equal([0, 1, 3, 503, 504, 506, 1506, 1507, 1509], h.Handler.Sent.Select(s => (s.At - h.Start).TotalMilliseconds));
        Assert.Equal(1, stats.Failed);
        Assert.Equal(0, stats.Delivered);
        var failed = Assert.Single(h.Outcomes);
        Assert.Equal((OutcomeStatus.Failed, "http_503", TestUlids.Of(0)), (failed.Status, failed.Reason, failed.EventId));
        Assert.Equal(503, (int)Assert.IsAssignableFrom<CustomerIOApiException>(failed.Exception).StatusCode);
    }

    [Fact]
    public async Task A_401_fails_the_batch_as_unauthorized_without_a_retry()
    {
        await using var h = new QueueHarness();
        h.Handler.Recording.Enqueue(401, """{"meta":{"error":"Unauthorized request"}}""");
        h.Queue.Identify("a");
        h.Queue.Identify("b");

        var stats = await h.Queue.FlushAsync();

        Assert.Equal(1, h.Handler.Count);
        Assert.Equal(2, stats.Failed);
        Assert.All(h.Outcomes, o => Assert.Equal((OutcomeStatus.Failed, "unauthorized"), (o.Status, o.Reason)));
        Assert.All(h.Outcomes, o => Assert.IsType<CustomerIOAuthenticationException>(o.Exception));
        Assert.Equal(2, h.Outcomes.Count);
    }

    [Fact]
    public async Task Operations_that_must_not_be_repeated_travel_alone_and_are_not_sent_again_after_an_ambiguous_failure()
    {
        await using var h = new QueueHarness(client: c => c.Retry.MaxRetries = 3);
        h.Handler.Respond = (_, body) => body.Contains("\"merge\"", StringComparison.Ordinal) || body.Contains("\"delivery\"", StringComparison.Ordinal)
            ? QueueHandler.Answer(503)
            : null;
        var e1 = PersonOperation.Event("a", "e1", options: new EventOptions { Id = TestUlids.Of(1) });
        var merge = PersonOperation.Merge("a", "b");
        var e2 = PersonOperation.Event("a", "e2", options: new EventOptions { Id = TestUlids.Of(2) });
        var opened = DeliveryOperation.Event("delivery-1", MetricName.Opened);
        var e3 = PersonOperation.Event("a", "e3", options: new EventOptions { Id = TestUlids.Of(3) });
        foreach (var op in new[] { e1, merge, e2, opened, e3 })
        {
            h.Queue.Enqueue(op);
        }

        var stats = await h.Queue.FlushAsync();

        Assert.Equal([Ops.Batch([e1]), Ops.Batch([merge]), Ops.Batch([e2]), Ops.Batch([opened]), Ops.Batch([e3])], h.Handler.Bodies);
        Assert.Equal(3, stats.Delivered);
        Assert.Equal(2, stats.Failed);
        Assert.Equal([("person", "merge"), ("delivery", "event")], h.Outcomes.Select(o => (o.Type, o.Action)));
        Assert.All(h.Outcomes, o => Assert.Equal((OutcomeStatus.Failed, "http_503"), (o.Status, o.Reason)));
    }

    [Fact]
    public async Task A_rate_limited_merge_is_sent_again_since_a_429_did_nothing()
    {
        await using var h = new QueueHarness();
        h.Handler.Recording.Enqueue(429, "{}", ("Retry-After", "1"));
        var merge = PersonOperation.Merge("a", "b");
        h.Queue.Enqueue(merge);

        var flush = h.Queue.FlushAsync();
        await h.AdvanceTimerAsync(TimeSpan.FromSeconds(1));
        var stats = await flush;

        Assert.Equal([Ops.Batch([merge]), Ops.Batch([merge])], h.Handler.Bodies);
        Assert.Equal(1, stats.Delivered);
    }

    /// <summary>People whose operations go through different upload lanes (lanes are chosen by a hash).</summary>
    internal static (string First, string Second) PeopleInDifferentLanes(int lanes)
    {
        string? first = null;
        for (var i = 0; i < 1000; i++)
        {
            var person = "person-" + i;
            var lane = LaneHash.Lane(LaneHash.Of("id", person), lanes);
            if (lane == 0)
            {
                first ??= person;
            }
            else if (first is not null)
            {
                return (first, person);
            }
        }

        throw new InvalidOperationException("No two people in different lanes.");
    }
}
