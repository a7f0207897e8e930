using System.Net;
using System.Text;
using CustomerIO.Queue.Engine;
using CustomerIO.Track;
using CustomerIO.Transport;

namespace CustomerIO.Tests.Queue;

/// <summary>What the Track API tells the delivery engine: its endpoint, envelope, partial failures and outcomes.</summary>
public sealed class TrackBatchProtocolTests
{
    private static readonly TrackBatchProtocol Protocol = TrackBatchProtocol.Instance;

    [Fact]
    public void It_names_the_queue_and_wraps_batches_in_the_v2_envelope()
    {
        Assert.Equal(("track", "Track"), (Protocol.Name, Protocol.DisplayName));
        Assert.Equal("{\"batch\":[", Encoding.UTF8.GetString(Protocol.EnvelopeStart));
        var end = new byte[Protocol.EnvelopeEndLength];
        Protocol.WriteEnvelopeEnd(end);
        Assert.Equal("]}", Encoding.UTF8.GetString(end));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_batch_is_posted_to_the_batch_endpoint_with_its_idempotency_and_rate_limits_left_to_the_engine(bool idempotent)
    {
        var body = "{\"batch\":[]}"u8.ToArray();

        var request = Protocol.CreateRequest(body, idempotent);

        Assert.Equal((HttpMethod.Post, "/api/v2/batch", "api/v2/batch", "POST /api/v2/batch"), (request.Method, request.PathTemplate, request.Path, request.Subject));
        Assert.Equal((idempotent, false, true), (request.IsIdempotent, request.RetryRateLimits, request.Authenticate));
        Assert.Equal(body, request.Body!.Value.ToArray());
    }

    [Fact]
    public void Only_a_207_names_refused_operations_by_batch_index()
    {
        var errors = """{"errors":[{"batch_index":1,"reason":"invalid","field":"name","message":"bad"}]}"""u8.ToArray();

        var failures = Protocol.ParseFailures(new ApiResponse((HttpStatusCode)207, errors, null), count: 3);

        Assert.Equal([false, true, false], failures!.Select(f => f is not null));
        Assert.Equal(("bad", "invalid", "name"), (failures![1]!.Message, failures[1]!.Reason, failures[1]!.Field));
        Assert.Null(Protocol.ParseFailures(new ApiResponse(HttpStatusCode.OK, errors, null), count: 3));
    }

    [Fact]
    public void An_outcome_tells_the_operations_type_action_and_event_id()
    {
        var facts = Protocol.Describe("""{"type":"person","identifiers":{"id":"1"},"action":"event","name":"x","id":"01ID","attributes":{"type":"no"}}"""u8);
        var error = new CustomerIOApiError("bad");

        var outcome = Protocol.CreateOutcome(OutcomeStatus.Failed, facts, "rejected", error, exception: null);

        Assert.Equal(new OperationFacts("person", "event", "01ID"), facts);
        Assert.Equal(("person", "event", "01ID", OutcomeStatus.Failed, "rejected"), (outcome.Type, outcome.Action, outcome.EventId, outcome.Status, outcome.Reason));
        Assert.Same(error, outcome.Error);
        Assert.Equal(new OperationFacts("?", "?", null), Protocol.Describe("{}"u8));
    }
}
