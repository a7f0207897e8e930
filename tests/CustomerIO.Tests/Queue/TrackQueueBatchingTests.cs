using CustomerIO.Track;

namespace CustomerIO.Tests.Queue;

public sealed class TrackQueueBatchingTests
{
    [Fact]
    public async Task The_batch_body_is_exactly_the_operations_json_joined_in_order()
    {
        await using var h = new QueueHarness();
        var identify = PersonOperation.Identify("p1", new Dictionary<string, object?> { ["plan"] = "pro" });
        Assert.True(h.Queue.Enqueue(identify).IsAccepted);
        Assert.True(h.Queue.Track("p1", "viewed", new Dictionary<string, object?> { ["n"] = 1, ["sku"] = "A-1" }).IsAccepted);
        Assert.True(h.Queue.TrackPageView(PersonIdentifier.Email("ann@example.com"), "/pricing").IsAccepted);

        var stats = await h.Queue.FlushAsync();

        Assert.Equal(3, stats.Delivered);
        var body = Assert.Single(h.Handler.Bodies);
        var ids = Ops.EventIds(body);
        Assert.Equal(2, ids.Length);
        Assert.All(ids, id => Assert.Matches(Ops.Ulid, id));
        Assert.NotEqual(ids[0], ids[1]);
        Assert.Equal(
            Ops.Batch(
                "{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":{\"id\":\"p1\"},\"attributes\":{\"plan\":\"pro\"}}",
                "{\"type\":\"person\",\"action\":\"event\",\"identifiers\":{\"id\":\"p1\"},\"name\":\"viewed\",\"id\":\"" + ids[0] + "\",\"attributes\":{\"n\":1,\"sku\":\"A-1\"}}",
                "{\"type\":\"person\",\"action\":\"page\",\"identifiers\":{\"email\":\"ann@example.com\"},\"name\":\"/pricing\",\"id\":\"" + ids[1] + "\"}"),
            body);
    }

    [Fact]
    public async Task The_fast_event_path_writes_the_same_bytes_as_PersonOperation_Event()
    {
        await using var h = new QueueHarness();
        var data = new Dictionary<string, object?> { ["total"] = 42.5, ["sku"] = "A-1", ["gift"] = null, ["tags"] = new[] { "a", "b" } };
        var options = new EventOptions { Id = Ops.EventId, Timestamp = new DateTimeOffset(2023, 11, 15, 0, 13, 20, TimeSpan.FromHours(2)) };
        var expected = PersonOperation.Event(PersonIdentifier.Email("ann@example.com"), "purchase", data, options);

        Assert.True(h.Queue.Track(PersonIdentifier.Email("ann@example.com"), "purchase", data, options).IsAccepted);
        await h.Queue.FlushAsync();

        Assert.Equal(Ops.Batch([expected]), Assert.Single(h.Handler.Bodies));
        Assert.Contains("\"timestamp\":1700000000,", Ops.Json(expected), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_ids_are_generated_at_enqueue_and_stay_the_same_when_the_batch_is_sent_again()
    {
        await using var h = new QueueHarness();
        h.Handler.Recording.Enqueue(503);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(h.Queue.Track("p" + i, "clicked").IsAccepted);
        }

        var flush = h.Queue.FlushAsync();
        await h.AdvanceTimerAsync(TimeSpan.FromMilliseconds(500)); // the queue's own backoff after the 503
        var stats = await flush;

        Assert.Equal(3, stats.Delivered);
        var bodies = h.Handler.Bodies;
        Assert.Equal(2, bodies.Count);
        Assert.Equal(bodies[0], bodies[1]);
        var ids = Ops.EventIds(bodies[0]);
        Assert.Equal(3, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(Ops.Ulid, id));
    }

    [Fact]
    public async Task MaxBatchOperations_cuts_by_count_and_a_full_batch_is_sent_without_waiting()
    {
        await using var h = new QueueHarness(o => o.MaxBatchOperations = 3);
        var ops = Enumerable.Range(0, 7).Select(i => PersonOperation.Identify("p" + i)).ToArray();
        foreach (var op in ops)
        {
            Assert.True(h.Queue.Enqueue(op).IsAccepted);
        }

        await h.Handler.WaitForRequestsAsync(2); // no flush, no time passed: only full batches go
        Assert.Equal(2, h.Handler.Count);
        var stats = await h.Queue.FlushAsync();

        Assert.Equal(7, stats.Delivered);
        Assert.Equal([Ops.Batch(ops[0..3]), Ops.Batch(ops[3..6]), Ops.Batch(ops[6..])], h.Handler.Bodies);
        Assert.All(h.Handler.Sent, s => Assert.Equal(h.Start, s.At));
    }

    [Fact]
    public async Task A_batch_of_exactly_MaxBatchBytes_is_sent_whole_and_at_once()
    {
        await using var h = new QueueHarness(o => o.MaxBatchBytes = 1024);
        TrackOperation[] ops = [Ops.OfSize("a", 337), Ops.OfSize("b", 337), Ops.OfSize("c", 336)];
        foreach (var op in ops)
        {
            Assert.True(h.Queue.Enqueue(op).IsAccepted);
        }

        await h.Handler.WaitForRequestsAsync(1); // full: sent without a flush

        var body = Assert.Single(h.Handler.Bodies);
        Assert.Equal(1024, Encoding.UTF8.GetByteCount(body));
        Assert.Equal(Ops.Batch(ops), body);
    }

    [Fact]
    public async Task One_byte_over_MaxBatchBytes_cuts_the_last_operation_into_the_next_batch()
    {
        await using var h = new QueueHarness(o => o.MaxBatchBytes = 1024);
        TrackOperation[] ops = [Ops.OfSize("a", 337), Ops.OfSize("b", 337), Ops.OfSize("c", 337)];
        foreach (var op in ops)
        {
            Assert.True(h.Queue.Enqueue(op).IsAccepted);
        }

        await h.Handler.WaitForRequestsAsync(1);
        await h.Queue.FlushAsync();

        Assert.Equal([Ops.Batch(ops[0..2]), Ops.Batch(ops[2..])], h.Handler.Bodies);
        Assert.Equal([12 + 337 + 1 + 337, 12 + 337], h.Handler.Bodies.Select(Encoding.UTF8.GetByteCount));
    }

    [Fact]
    public async Task A_batch_under_MaxBatchBytes_waits_for_the_interval_or_a_flush()
    {
        await using var h = new QueueHarness(o => o.MaxBatchBytes = 1024);
        TrackOperation[] ops = [Ops.OfSize("a", 300), Ops.OfSize("b", 300), Ops.OfSize("c", 300)];
        foreach (var op in ops)
        {
            Assert.True(h.Queue.Enqueue(op).IsAccepted);
        }

        Assert.Equal(0, h.Handler.Count);
        await h.Queue.FlushAsync();

        Assert.Equal([Ops.Batch(ops)], h.Handler.Bodies);
    }

    [Fact]
    public async Task Batches_are_cut_greedily_and_never_exceed_MaxBatchBytes()
    {
        const int max = 2048;
        await using var h = new QueueHarness(o => o.MaxBatchBytes = max);
        var ops = Enumerable.Range(0, 60).Select(i => Ops.OfSize("p" + (i % 7), 150 + (i * 37 % 450))).ToArray();
        foreach (var op in ops)
        {
            Assert.True(h.Queue.Enqueue(op).IsAccepted);
        }

        await h.Queue.FlushAsync();

        // The expected cut: fill each batch until the next operation (plus its comma) would pass the limit.
        var expected = new List<string>();
        var current = new List<TrackOperation>();
        var size = 12;
        foreach (var op in ops)
        {
            var added = op.SizeInBytes + (current.Count > 0 ? 1 : 0);
            if (current.Count > 0 && size + added > max)
            {
                expected.Add(Ops.Batch(current));
                current.Clear();
                size = 12;
                added = op.SizeInBytes;
            }

            current.Add(op);
            size += added;
        }

        expected.Add(Ops.Batch(current));
        Assert.True(expected.Count > 10);
        Assert.Equal(expected, h.Handler.Bodies);
        Assert.All(h.Handler.Bodies, b => Assert.True(Encoding.UTF8.GetByteCount(b) <= max));
    }

    [Fact]
    public async Task An_operation_that_cannot_fit_in_a_batch_is_refused_at_enqueue_and_never_sent()
    {
        await using var h = new QueueHarness(o => o.MaxBatchBytes = 1024);
        var big = Ops.OfSize("a", 1013); // 12 + 1013 = 1025 > 1024
        var fits = Ops.OfSize("b", 1012); // 12 + 1012 = 1024

        var refused = h.Queue.Enqueue(big);
        var tracked = h.Queue.Track("c", "big", new Dictionary<string, object?> { ["x"] = new string('x', 1100) });

        Assert.Equal(EnqueueStatus.Invalid, refused.Status);
        Assert.Contains("1013 bytes", refused.Message, StringComparison.Ordinal);
        Assert.Contains("MaxBatchBytes", refused.Message, StringComparison.Ordinal);
        Assert.Equal(EnqueueStatus.Invalid, tracked.Status);
        Assert.True(h.Queue.Enqueue(fits).IsAccepted);
        var stats = await h.Queue.FlushAsync();

        Assert.Equal([Ops.Batch([fits])], h.Handler.Bodies);
        Assert.Equal(1, stats.Delivered);
        Assert.Equal(2, stats.Refused);
        Assert.Equal(1, stats.Enqueued);
    }
}
