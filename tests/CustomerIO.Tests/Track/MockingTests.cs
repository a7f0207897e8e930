using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Track;

/// <summary>Code that uses the SDK can be tested without HTTP: a subclass (or a mocking library) replaces the calls it makes, and the factory builds the answers.</summary>
public sealed class MockingTests
{
    /// <summary>What a mocking library would generate: it records calls and answers from the model factory.</summary>
    private sealed class FakeTrackClient : TrackClient
    {
        public List<(string Person, string Name)> Tracked { get; } = [];

        public override Task TrackAsync(PersonIdentifier person, string name, IReadOnlyDictionary<string, object?>? data = null, EventOptions? options = null, CancellationToken cancellationToken = default)
        {
            Tracked.Add((person.Value, name));
            return Task.CompletedTask;
        }

        public override Task<TrackBatchResult> SendBatchAsync(IReadOnlyList<TrackOperation> operations, CancellationToken cancellationToken = default) =>
            Task.FromResult(TrackModelFactory.BatchResult(operations.Count, [TrackModelFactory.OperationFailure(1, new CustomerIOApiError("bad email", "invalid", "email", 1), operations[1])]));
    }

    /// <summary>The application code under test.</summary>
    private static async Task<int> SignUpAsync(TrackClient client, string userId)
    {
        await client.TrackAsync(userId, "signed_up");
        var result = await client.SendBatchAsync([PersonOperation.Identify(userId), PersonOperation.Event(userId, "welcomed")]);
        return result.Failures.Count;
    }

    [Fact]
    public async Task A_subclass_replaces_the_calls_the_code_under_test_makes()
    {
        var fake = new FakeTrackClient();

        var failures = await SignUpAsync(fake, "user-1");

        Assert.Equal([("user-1", "signed_up")], fake.Tracked);
        Assert.Equal(1, failures);
    }

    [Fact]
    public void The_factory_builds_every_answer_with_the_values_given()
    {
        var operation = PersonOperation.Identify("user-1");
        var error = new CustomerIOApiError("bad email", "invalid", "email", 0);

        var batch = TrackModelFactory.BatchResult(3, [TrackModelFactory.OperationFailure(0, error, operation)]);
        var accepted = TrackModelFactory.BatchResult(2);
        var refused = TrackModelFactory.EnqueueResult(EnqueueStatus.QueueFull, "full");
        var outcome = TrackModelFactory.OperationOutcome(OutcomeStatus.Failed, "person", "event", TestUlids.Of(1), "rejected", error);
        var stats = TrackModelFactory.QueueStatistics(enqueued: 5, delivered: 3, failed: 1, pending: 1, pendingBytes: 120, isPaused: true);

        Assert.Equal((3, false, 0, operation, error), (batch.OperationCount, batch.AllAccepted, batch.Failures[0].Index, batch.Failures[0].Operation, batch.Failures[0].Error));
        Assert.True(accepted.AllAccepted);
        Assert.Equal((EnqueueStatus.QueueFull, "full", false), (refused.Status, refused.Message, refused.IsAccepted));
        Assert.Equal((OutcomeStatus.Failed, "person", "event", TestUlids.Of(1), "rejected", error), (outcome.Status, outcome.Type, outcome.Action, outcome.EventId, outcome.Reason, outcome.Error));
        Assert.Equal((5L, 3L, 1L, 1L, 120L, true, false), (stats.Enqueued, stats.Delivered, stats.Failed, stats.Pending, stats.PendingBytes, stats.IsPaused, stats.IsClosed));
    }
}
