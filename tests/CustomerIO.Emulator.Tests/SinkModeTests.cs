namespace CustomerIO.Emulator.Tests;

public sealed class SinkModeTests : EmulatorTest
{
    protected override CustomerIOEmulatorOptions CreateOptions() => new() { SinkMode = true };

    [Fact]
    public async Task Sink_mode_validates_and_counts_but_keeps_no_state()
    {
        var answer = await Batch(
            """{"type":"person","action":"identify","identifiers":{"id":"1"},"attributes":{"a":1}}""",
            """{"type":"person","action":"event","identifiers":{"id":"1"},"name":"e","id":"01HZY00000000000000000000C"}""",
            """{"type":"person","action":"event","identifiers":{"id":"1"},"name":"e","id":"01HZY00000000000000000000C"}""",
            """{"type":"person","action":"event","identifiers":{"id":"1"}}""");
        await Post("api/v1/customers/2/events", """{"name":"v1","id":"01HZY00000000000000000000C"}""");
        await Put("api/v1/customers/2", """{"b":2}""");

        Assert.Equal(new Answer(207, """{"errors":[{"batch_index":3,"reason":"required","field":"name","message":"event name is required"}]}""", null), answer);
        Assert.True(Emulator.SinkMode);
        Assert.Empty(Emulator.GetPeople());
        Assert.Empty(Emulator.GetEvents());
        var counters = Emulator.GetCounters();
        Assert.Equal((5L, 1L, 2L, 1L), (counters.AcceptedOperations, counters.RejectedOperations, counters.DuplicateEvents, counters.EventsReceived));
    }

    [Fact]
    public async Task Sink_mode_still_authenticates()
    {
        using var anonymous = new HttpClient { BaseAddress = Emulator.TrackUri };

        Assert.Equal(401, (await Send(anonymous, HttpMethod.Post, "api/v2/batch", """{"batch":[]}""")).Status);
    }
}
