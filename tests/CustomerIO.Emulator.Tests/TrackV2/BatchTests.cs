namespace CustomerIO.Emulator.Tests.TrackV2;

public sealed class BatchTests : EmulatorTest
{
    [Fact]
    public async Task Invalid_operations_answer_207_and_all_valid_ones_are_applied()
    {
        var answer = await Batch(
            """{"type":"person","action":"identify","identifiers":{"id":"ok-1"}}""",
            """{"type":"person","action":"event","identifiers":{"id":"ok-1"}}""",
            """{"type":"person","action":"identify","identifiers":{"id":"ok-2"}}""",
            """{"type":"person","action":"identify","identifiers":{"id":"a","email":"b@c.d"}}""",
            "42",
            """{"action":"identify","identifiers":{"id":"x"}}""");

        Assert.Equal(207, answer.Status);
        Assert.Equal(
            """{"errors":[{"batch_index":1,"reason":"required","field":"name","message":"event name is required"},""" +
            """{"batch_index":3,"reason":"invalid","field":"identifiers","message":"identifiers must hold exactly one of id, email, phone, cio_id"},""" +
            """{"batch_index":4,"reason":"invalid","field":"operation","message":"operation must be a JSON object"},""" +
            """{"batch_index":5,"reason":"required","field":"type","message":"type is required"}]}""",
            answer.Body);
        Assert.Equal(["ok-1", "ok-2"], Emulator.GetPeople().Select(p => p.Id));
        var counters = Emulator.GetCounters();
        Assert.Equal((2L, 4L), (counters.AcceptedOperations, counters.RejectedOperations));
        Assert.Equal(new Dictionary<string, long> { ["invalid"] = 2, ["required"] = 2 }, counters.RejectedByReason);
    }

    [Fact]
    public async Task Malformed_batch_is_400_and_applies_nothing()
    {
        var answer = await Post("api/v2/batch", """{"batch":[{"type":"person","action":"identify","identifiers":{"id":"1"}},{"type":""");

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("""{"errors":[{"reason":"invalid_json","field":"body","message":"the request body is not valid JSON: """, answer.Body, StringComparison.Ordinal);
        Assert.Empty(Emulator.GetPeople());
    }

    [Theory]
    [InlineData("{}", """{"errors":[{"reason":"required","field":"batch","message":"batch is required"}]}""")]
    [InlineData("", """{"errors":[{"reason":"required","field":"batch","message":"batch is required"}]}""")]
    [InlineData("""{"batch":{}}""", """{"errors":[{"reason":"invalid","field":"batch","message":"batch must be an array of operations"}]}""")]
    [InlineData("""{"batch":[]}""", """{"errors":[{"reason":"invalid","field":"batch","message":"batch must hold at least one operation"}]}""")]
    [InlineData("[]", """{"errors":[{"reason":"invalid","field":"body","message":"body must be a JSON object"}]}""")]
    public async Task Whole_request_errors_are_400_without_batch_index(string body, string expected)
    {
        Assert.Equal(new Answer(400, expected, null), await Post("api/v2/batch", body));
    }

    [Fact]
    public async Task Invalid_entity_is_400_without_batch_index()
    {
        var answer = await Post("api/v2/entity", """{"type":"person","action":"event","identifiers":{"id":"1"},"name":""}""");

        Assert.Equal(new Answer(400, """{"errors":[{"reason":"required","field":"name","message":"event name is required"}]}""", null), answer);
    }

    [Fact]
    public async Task Entity_of_32768_bytes_passes_and_32769_is_413()
    {
        var atLimit = Payloads.EventOperationOfSize(32_768);
        var overLimit = Payloads.EventOperationOfSize(32_769);

        Assert.Equal(new Answer(200, "{}", null), await Post("api/v2/entity", atLimit));
        Assert.Equal(
            new Answer(413, """{"errors":[{"reason":"too_large","field":"operation","message":"an operation must be at most 32768 bytes"}]}""", null),
            await Post("api/v2/entity", overLimit));
    }

    [Fact]
    public async Task Batch_operation_over_32768_bytes_is_a_207_item()
    {
        var answer = await Batch(Payloads.EventOperationOfSize(32_768, "a"), Payloads.EventOperationOfSize(32_769, "b"));

        Assert.Equal(new Answer(207, """{"errors":[{"batch_index":1,"reason":"too_large","field":"operation","message":"an operation must be at most 32768 bytes"}]}""", null), answer);
        Assert.Equal(["a"], Emulator.GetPeople().Select(p => p.Id));
    }

    [Fact]
    public async Task Batch_of_511999_bytes_passes_and_512000_is_413()
    {
        var under = Payloads.BatchOfSize(511_999);
        var atLimit = Payloads.BatchOfSize(512_000);

        Assert.Equal(new Answer(200, "{}", null), await Post("api/v2/batch", under));
        Assert.Equal(
            new Answer(413, """{"errors":[{"reason":"too_large","field":"batch","message":"a batch body must be under 512000 bytes"}]}""", null),
            await Post("api/v2/batch", atLimit));
        Assert.Equal(1, Emulator.GetCounters().RejectedByReason["too_large"]);
    }
}
