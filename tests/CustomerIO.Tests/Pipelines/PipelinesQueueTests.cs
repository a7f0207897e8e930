using CustomerIO.Pipelines;
using CustomerIO.Pipelines.Wire;
using CustomerIO.Tests.Queue;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using static CustomerIO.Tests.Infrastructure.TestPipelinesClient;

namespace CustomerIO.Tests.Pipelines;

/// <summary>The Pipelines front end on the delivery engine: its batches, stamps, lanes, refusals, outcomes and name.</summary>
[Collection("TelemetryTests")]
public sealed class PipelinesQueueTests
{
    [Fact]
    public async Task Messages_go_out_in_one_batch_to_v1_batch_exactly_as_the_client_would_write_them()
    {
        await using var h = new PipelinesQueueHarness();
        var props = new Dictionary<string, object?> { ["n"] = 1, ["ok"] = true };

        Assert.True(h.Queue.Identify("u1", new Dictionary<string, object?> { ["plan"] = "pro" }, Pinned("a")).IsAccepted);
        Assert.True(h.Queue.Track(PipelinesUser.Anonymous("v1"), "Viewed", props, Pinned("b")).IsAccepted);
        Assert.True(h.Queue.Page("u1", "Home", null, Pinned("c"), category: "Top").IsAccepted);
        Assert.True(h.Queue.Screen("u1", "Cart", null, Pinned("d")).IsAccepted);
        Assert.True(h.Queue.Group("u1", "acme", null, Pinned("e")).IsAccepted);
        Assert.True(h.Queue.Object("u1", "acme", "2", null, new Dictionary<string, object?> { ["role"] = "owner" }, Pinned("f")).IsAccepted);
        Assert.True(h.Queue.Alias("u1", "v1", Pinned("g")).IsAccepted);
        Assert.True(h.Queue.Enqueue(PipelinesSemanticEvents.UserSuppressed("u2", Pinned("h"))).IsAccepted);
        var stats = await h.Queue.FlushAsync();

        var expected = new[]
        {
            PipelinesMessage.Identify("u1", new Dictionary<string, object?> { ["plan"] = "pro" }, Pinned("a")),
            PipelinesMessage.Track(PipelinesUser.Anonymous("v1"), "Viewed", props, Pinned("b")),
            PipelinesMessage.Page("u1", "Home", null, Pinned("c"), category: "Top"),
            PipelinesMessage.Screen("u1", "Cart", null, Pinned("d")),
            PipelinesMessage.Group("u1", "acme", null, Pinned("e")),
            PipelinesMessage.Object("u1", "acme", "2", null, new Dictionary<string, object?> { ["role"] = "owner" }, Pinned("f")),
            PipelinesMessage.Alias("u1", "v1", Pinned("g")),
            PipelinesSemanticEvents.UserSuppressed("u2", Pinned("h")),
        }.Select(m => m.JsonText);
        var sent = Assert.Single(h.Handler.Sent);
        Assert.Equal(PipelinesQueueHarness.Batch(h.SentAtNow, expected), sent.Body);
        Assert.Equal((8L, 8L, 0L), (stats.Enqueued, stats.Delivered, stats.Pending));
        var request = Assert.Single(h.Handler.Recording.Requests);
        Assert.Equal((ExpectedAuthorization, "1"), (request.Authorization, request.Header("X-Strict-Mode")));
    }

    [Fact]
    public async Task SentAt_is_stamped_at_each_attempt_and_the_message_ids_stay()
    {
        await using var h = new PipelinesQueueHarness();
        h.Handler.Respond = (i, _) => QueueHandler.Answer(i == 0 ? 503 : 200);
        Assert.True(h.Queue.Track("u1", "e", null, Pinned("a")).IsAccepted);

        var flushing = h.Queue.FlushAsync();
        await h.Handler.WaitForRequestsAsync(1);
        var firstSentAt = h.SentAtNow;
        TimeSpan due;
        do
        {
            due = await h.Time.NextTimerAsync();
        }
        while (due != TimeSpan.FromMilliseconds(500)); // the engine's first backoff, without jitter

        h.Time.Advance(due);
        await flushing;

        var message = PipelinesMessage.Track("u1", "e", null, Pinned("a")).JsonText;
        Assert.Equal(
            [PipelinesQueueHarness.Batch(firstSentAt, message), PipelinesQueueHarness.Batch(h.SentAtNow, message)],
            h.Handler.Bodies);
        Assert.NotEqual(firstSentAt, h.SentAtNow);
    }

    [Fact]
    public async Task SentAt_is_stamped_again_when_the_transport_itself_retries_the_batch()
    {
        // The client's own retries (not the engine's) re-send the request: each attempt carries its own time.
        await using var h = new PipelinesQueueHarness(client: o =>
        {
            o.Retry.MaxRetries = 1;
            o.Random = () => 0;
        });
        h.Handler.Respond = (i, _) => QueueHandler.Answer(i == 0 ? 503 : 200);
        Assert.True(h.Queue.Track("u1", "e", null, Pinned("a")).IsAccepted);

        var flushing = h.Queue.FlushAsync();
        await h.Handler.WaitForRequestsAsync(1);
        var firstSentAt = h.SentAtNow;
        var due = await h.Time.NextShortTimerAsync(); // the transport's retry delay
        h.Time.Advance(due);
        var snapshot = await flushing.WaitAsync(TimeSpan.FromSeconds(10));

        var message = PipelinesMessage.Track("u1", "e", null, Pinned("a")).JsonText;
        Assert.Equal(
            [PipelinesQueueHarness.Batch(firstSentAt, message), PipelinesQueueHarness.Batch(h.SentAtNow, message)],
            h.Handler.Bodies);
        Assert.NotEqual(firstSentAt, h.SentAtNow);
        Assert.Equal(1L, snapshot.Delivered);
    }

    [Fact]
    public async Task A_strict_mode_400_for_a_batch_is_split_until_the_refused_message_fails_alone_and_the_others_are_delivered()
    {
        await using var h = new PipelinesQueueHarness();
        const string refusal = """{"errors":[{"reason":"invalid","field":"batch[0].traits","message":"traits must be a JSON object"}]}""";
        h.Handler.Respond = (_, body) => QueueHandler.Answer(body.Contains("\"bad\"", StringComparison.Ordinal) ? 400 : 200, refusal);
        Assert.True(h.Queue.Identify("u1", null, Pinned("ok-1")).IsAccepted);
        Assert.True(h.Queue.Track("u2", "bad", null, Pinned("bad-1")).IsAccepted);
        Assert.True(h.Queue.Identify("u3", null, Pinned("ok-2")).IsAccepted);

        var stats = await h.Queue.FlushAsync();

        Assert.Equal((2L, 1L), (stats.Delivered, stats.Failed));
        var failed = Assert.Single(h.Outcomes);
        Assert.Equal((OutcomeStatus.Failed, "track", "bad-1", "rejected"), (failed.Status, failed.Type, failed.MessageId, failed.Reason));
        Assert.Equal(("invalid", "batch[0].traits"), (failed.Error!.Reason, failed.Error.Field));
        Assert.Equal(5, h.Handler.Count); // all three; the halves [1] and [2, 3]; then [2] alone (it fails) and [3]
        Assert.Equal(
            ["The Pipelines queue could not deliver 1 operations: rejected"],
            h.LogMessages(LogLevel.Warning).Where(m => m.StartsWith("The Pipelines queue", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_typed_context_is_written_at_enqueue_as_the_client_writes_it_and_a_bad_one_is_refused_there()
    {
        await using var h = new PipelinesQueueHarness();

        Assert.True(h.Queue.Screen("u1", "Cart", null, PipelinesContextSamples.Pinned(PipelinesContextSamples.Mobile)).IsAccepted);
        var refused = h.Queue.Track("u1", "e", null, new PipelinesMessageOptions { Context = new PipelinesContext { Extra = new Dictionary<string, object?> { ["page"] = "x" } } });
        await h.Queue.FlushAsync();

        var sent = Assert.Single(h.Handler.Sent);
        Assert.Equal(PipelinesQueueHarness.Batch(h.SentAtNow, [PipelinesMessage.Screen("u1", "Cart", null, PipelinesContextSamples.Pinned(PipelinesContextSamples.Mobile)).JsonText]), sent.Body);
        Assert.Contains(PipelinesContextSamples.MobileJson, sent.Body, StringComparison.Ordinal);
        Assert.Equal((EnqueueStatus.Invalid, "The context's 'page' is a typed property: set PipelinesContext.Page instead of an Extra key. (Parameter 'options.Context.Extra')"), (refused.Status, refused.Message));
    }

    [Fact]
    public async Task Bad_input_is_refused_at_enqueue_naming_the_parameter_and_never_thrown()
    {
        await using var h = new PipelinesQueueHarness();

        var noUser = h.Queue.Track(default, "e");
        var noEvent = h.Queue.Track("u", null!);
        var longId = h.Queue.Identify(new string('x', 151));
        var noGroup = h.Queue.Group("u", null!);
        var noObject = h.Queue.Object("u", null!, "1");
        var alias = h.Queue.Alias("u", "");

        Assert.All(new[] { noUser, noEvent, longId, noGroup, noObject, alias }, r => Assert.Equal(EnqueueStatus.Invalid, r.Status));
        Assert.Equal("A track message needs a userId, an anonymousId, or both. (Parameter 'user')", noUser.Message);
        Assert.Equal("Value cannot be null. (Parameter 'event')", noEvent.Message);
        Assert.Equal("The userId is 151 bytes; Customer.io allows at most 150 bytes of UTF-8. (Parameter 'user.UserId')", longId.Message);
        Assert.Equal("Value cannot be null. (Parameter 'groupId')", noGroup.Message);
        Assert.Equal("Value cannot be null. (Parameter 'objectId')", noObject.Message);
        Assert.Equal("The previousId must not be empty. (Parameter 'previousId')", alias.Message);
        var stats = h.Queue.GetStatistics();
        Assert.Equal((0L, 6L), (stats.Enqueued, stats.Refused));
        Assert.Equal(6, h.Outcomes.Count(o => o.Status == OutcomeStatus.Refused && o.Reason!.StartsWith("invalid: ", StringComparison.Ordinal) && o.MessageId is null));
        Assert.Equal(0, h.Handler.Count);
    }

    [Fact]
    public async Task The_largest_message_is_taken_and_delivered_and_one_byte_more_is_refused_at_enqueue()
    {
        await using var h = new PipelinesQueueHarness();
        var frame = PipelinesMessage.Track("u", "e", new Dictionary<string, object?> { ["v"] = string.Empty }, Pinned()).SizeInBytes;
        var room = CustomerIOLimits.MaxPipelinesMessageBytes - 36 - frame;

        var largest = h.Queue.Track("u", "e", new Dictionary<string, object?> { ["v"] = new string('ü', room / 2) + (room % 2 == 1 ? "x" : string.Empty) }, Pinned());
        var tooLarge = h.Queue.Track("u", "e", new Dictionary<string, object?> { ["v"] = new string('ü', (room / 2) + 1) + (room % 2 == 1 ? "x" : string.Empty) }, Pinned("m-2"));
        var stats = await h.Queue.FlushAsync();

        Assert.True(largest.IsAccepted);
        Assert.Equal(
            (EnqueueStatus.Invalid, "The track message (with the sentAt it is sent with) is 32770 bytes; Customer.io allows at most 32768 bytes of UTF-8. (Parameter 'message')"),
            (tooLarge.Status, tooLarge.Message));
        Assert.Equal((1L, 1L), (stats.Delivered, stats.Refused));
        Assert.Equal(CustomerIOLimits.MaxPipelinesMessageBytes - 36 + PipelinesBatchProtocol.EnvelopeOverhead, Encoding.UTF8.GetByteCount(Assert.Single(h.Handler.Bodies)));
    }

    [Fact]
    public async Task An_awaited_message_answers_its_outcome_with_its_type_and_id()
    {
        await using var h = new PipelinesQueueHarness(o => o.MaxBatchOperations = 1);
        var message = PipelinesMessage.Screen("u", "Home");

        var outcome = await h.Queue.EnqueueAndWaitAsync(message);

        Assert.Equal((OutcomeStatus.Delivered, "screen", message.MessageId, null), (outcome.Status, outcome.Type, outcome.MessageId, outcome.Reason));
        Assert.Equal("screen message: Delivered", outcome.ToString());
    }

    [Fact]
    public async Task A_closed_queue_refuses_and_close_answers_the_final_counts()
    {
        var h = new PipelinesQueueHarness();
        Assert.True(h.Queue.Track("u", "e").IsAccepted);

        var closed = await h.Queue.CloseAsync();
        var after = h.Queue.Track("u", "e");
        var again = await h.Queue.CloseAsync();

        Assert.Equal((1L, 0L, true), (closed.Delivered, closed.Pending, closed.IsClosed));
        Assert.Same(closed, again);
        Assert.Equal((EnqueueStatus.Closed, "The queue is shut down."), (after.Status, after.Message));
    }

    [Fact]
    public async Task Its_meters_name_the_pipelines_queue()
    {
        using var enqueued = new MetricCollector<long>(null, "CustomerIO", "customerio.queue.enqueued");
        await using var h = new PipelinesQueueHarness();

        h.Queue.Track("u", "e");
        h.Queue.Identify("u");
        await h.Queue.FlushAsync();

        Assert.Equal(2, enqueued.GetMeasurementSnapshot().Where(m => Equals(m.Tags["customerio.queue"], "pipelines")).Sum(m => m.Value));
    }

    [Fact]
    public void Lanes_are_keyed_by_user_id_else_anonymous_id()
    {
        Assert.Equal(MessageWriter.LaneHashOf("u"), MessageWriter.LaneHashOf(new PipelinesUser("u", "a")));
        Assert.Equal(MessageWriter.LaneHashOf(PipelinesUser.Anonymous("a")), MessageWriter.LaneHashOf(new PipelinesUser(null, "a")));
        Assert.NotEqual(MessageWriter.LaneHashOf("u"), MessageWriter.LaneHashOf(PipelinesUser.Anonymous("u")));
        Assert.Equal(PipelinesMessage.Track(new PipelinesUser("u", "a"), "e").LaneHash, MessageWriter.LaneHashOf("u"));
    }

    [Fact]
    public void The_envelope_is_the_batch_array_and_a_sent_at_of_fixed_length()
    {
        var protocol = new PipelinesBatchProtocol(new Infrastructure.StillClockAccess(Now).Clock);
        var end = new byte[protocol.EnvelopeEndLength];

        protocol.WriteEnvelopeEnd(end);

        Assert.Equal(("pipelines", "Pipelines"), (protocol.Name, protocol.DisplayName));
        Assert.Equal("{\"batch\":[", Encoding.UTF8.GetString(protocol.EnvelopeStart));
        Assert.Equal("],\"sentAt\":\"" + CustomerIO.Tests.Infrastructure.TestPipelinesClient.SentAt + "\"}", Encoding.UTF8.GetString(end));
        Assert.Equal(48, PipelinesBatchProtocol.EnvelopeOverhead);
        Assert.Null(protocol.ParseFailures(new CustomerIO.Transport.ApiResponse(HttpStatusCode.OK, "{}"u8.ToArray(), null), 3));
    }
}
