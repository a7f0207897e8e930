using CustomerIO.Track;

namespace CustomerIO.Tests.Queue;

/// <summary>Enqueueing never throws for bad input: it answers <see cref="EnqueueStatus.Invalid"/>, with a reason that never quotes the data.</summary>
public sealed class TrackQueueBadInputTests
{
    private const string Secret = "secret-ann@example.com";

    [Fact]
    public async Task A_converted_string_that_is_no_valid_identifier_is_answered_invalid_on_every_path()
    {
        await using var h = new QueueHarness();
        var tooLong = Secret + new string('x', 151 - Secret.Length);
        const string tooLongMessage = "The person identifier is 151 bytes; Customer.io allows at most 150 bytes of UTF-8. (Parameter 'identifier')";

        EnqueueResult[] results =
        [
            h.Queue.Track(tooLong, "e"),
            h.Queue.Track(tooLong, "e", new Dictionary<string, object?> { ["a"] = DateTimeOffset.UnixEpoch }),
            h.Queue.TrackPageView(tooLong, "/p"),
            h.Queue.TrackScreenView(tooLong, "s"),
            h.Queue.Identify(tooLong),
            h.Queue.AddDevice(tooLong, new Device("tok", DevicePlatform.Android)),
            h.Queue.DeleteDevice(tooLong, "tok"),
            h.Queue.DeletePerson(tooLong),
            h.Queue.Suppress(tooLong),
            h.Queue.Unsuppress(tooLong),
            h.Queue.MergePeople("p", tooLong),
            h.Queue.MergePeople(tooLong, "p"),
        ];

        Assert.All(results, r => Assert.Equal((EnqueueStatus.Invalid, tooLongMessage), (r.Status, r.Message)));
        Assert.Equal(
            "The person identifier must not be empty. (Parameter 'identifier')",
            h.Queue.Track(" ", "e").Message);
        Assert.Equal(
            "The person identifier is not valid Unicode text (it has an unpaired surrogate). (Parameter 'identifier')",
            h.Queue.Identify("p\uD800").Message);
        Assert.Equal(14, h.Queue.GetStatistics().Refused);
        Assert.Equal(0, h.Queue.GetStatistics().Enqueued);
        Assert.All(h.Outcomes, o => Assert.DoesNotContain("secret", o.Reason!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_converted_string_of_exactly_150_bytes_is_accepted()
    {
        await using var h = new QueueHarness();
        var atLimit = new string('é', 75); // 150 bytes of UTF-8 in 75 characters

        Assert.True(h.Queue.Track(atLimit, "e").IsAccepted);
        Assert.Equal(EnqueueStatus.Invalid, h.Queue.Track(atLimit + "x", "e").Status);
        var stats = await h.Queue.FlushAsync();

        Assert.Equal(1, stats.Delivered);
        Assert.Contains("\"id\":\"" + atLimit + "\"", Assert.Single(h.Handler.Bodies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_string_and_a_default_identifier_are_answered_invalid_too()
    {
        await using var h = new QueueHarness();

        var fromNull = h.Queue.Track((string)null!, "e");
        var defaultOnFastPath = h.Queue.Track(default(PersonIdentifier), "e");
        var defaultOnOperationPath = h.Queue.Identify(default(PersonIdentifier));

        Assert.Equal(EnqueueStatus.Invalid, fromNull.Status);
        Assert.Equal(EnqueueStatus.Invalid, defaultOnFastPath.Status);
        Assert.Equal(EnqueueStatus.Invalid, defaultOnOperationPath.Status);
        Assert.Contains("'person'", defaultOnFastPath.Message, StringComparison.Ordinal);
        Assert.Equal(3, h.Queue.GetStatistics().Refused);
    }

    [Fact]
    public async Task Self_referencing_attributes_and_data_are_answered_invalid_in_the_sdks_words()
    {
        await using var h = new QueueHarness();
        var looped = new Dictionary<string, object?> { [Secret] = "x" };
        looped["self"] = looped;
        const string words = "A value cannot be written as JSON: it refers to itself, nests more than 64 levels deep, or holds a JsonElement that is not valid text.";

        var identify = h.Queue.Identify("p", looped);
        var track = h.Queue.Track("p", "e", looped);

        Assert.Equal((EnqueueStatus.Invalid, words + " (Parameter 'attributes')"), (identify.Status, identify.Message));
        Assert.Equal((EnqueueStatus.Invalid, words + " (Parameter 'data')"), (track.Status, track.Message));
        Assert.True(h.Queue.Track("p", "after").IsAccepted); // the fast path's writer is usable again
        var stats = await h.Queue.FlushAsync();
        Assert.Equal(1, stats.Delivered);
        Assert.Equal(1, Ops.CountOperations(Assert.Single(h.Handler.Bodies)));
    }

    [Fact]
    public async Task The_client_still_throws_for_the_same_converted_string_before_sending()
    {
        var handler = new Infrastructure.RecordingHandler();
        var client = Infrastructure.TestTrackClient.CreateWithoutRetries(handler);
        var tooLong = new string('x', 151);

        var identify = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.IdentifyAsync(tooLong));
        var v2 = Assert.Throws<CustomerIOValidationException>(() => PersonOperation.Event(tooLong, "e"));

        Assert.Equal(("identifier", 150L, 151L), (identify.ParameterName, identify.Limit!.Value, identify.Actual!.Value));
        Assert.Equal(identify.Message, v2.Message);
        Assert.Empty(handler.Requests);
    }
}
