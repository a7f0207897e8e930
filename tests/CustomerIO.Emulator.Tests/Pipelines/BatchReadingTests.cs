namespace CustomerIO.Emulator.Tests.Pipelines;

/// <summary>
/// A batch is read in one pass, each message as the reader meets it: what that pass must still get right about the
/// body as a whole (its shape, a fault after good messages, a repeated key, trailing content, the order of errors).
/// </summary>
public sealed class BatchReadingTests : EmulatorTest
{
    [Fact]
    public async Task The_batchs_own_sent_at_error_comes_before_its_messages_errors_wherever_it_stands()
    {
        var after = await Strict(PipelinesClient, "v1/batch", """{"batch":[{"type":"track","userId":"x"}],"sentAt":"soon"}""");
        var before = await Strict(PipelinesClient, "v1/batch", """{"sentAt":"soon","batch":[{"type":"track","userId":"x"}]}""");

        const string Expected = """{"errors":[{"reason":"invalid","field":"sentAt","message":"sentAt must be an ISO-8601 date"},{"reason":"required","field":"batch[0].event","message":"event is required"}]}""";
        Assert.Equal(new Answer(400, Expected, null), after);
        Assert.Equal(new Answer(400, Expected, null), before);
    }

    [Fact]
    public async Task Malformed_json_after_good_messages_refuses_the_whole_body_and_applies_none()
    {
        const string Body = """{"batch":[{"type":"identify","userId":"ok"},{"type":"track","userId":"x"},{"type":""";

        var strict = await Strict(PipelinesClient, "v1/batch", Body);
        var permissive = await Pipelines("v1/batch", Body);

        Assert.Equal(400, strict.Status);
        Assert.StartsWith("""{"errors":[{"reason":"invalid_json","field":"body","message":"the request body is not valid JSON: """, strict.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("batch[1]", strict.Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(200, "{}", null), permissive);
        Assert.Empty(Emulator.GetPeople());
        Assert.Equal(new Dictionary<string, long> { ["invalid_json"] = 1 }, Emulator.GetCounters().PipelinesDroppedByReason);
    }

    [Fact]
    public async Task Content_after_the_body_is_malformed_json()
    {
        var strict = await Strict(PipelinesClient, "v1/batch", """{"batch":[{"type":"identify","userId":"ok"}]} {}""");

        Assert.Equal(400, strict.Status);
        Assert.StartsWith("""{"errors":[{"reason":"invalid_json","field":"body","message":"the request body is not valid JSON: '{' is invalid after a single JSON value. Expected end of data.""", strict.Body, StringComparison.Ordinal);
        Assert.Empty(Emulator.GetPeople());
    }

    [Fact]
    public async Task A_repeated_batch_key_is_read_as_its_last_value_only()
    {
        var strict = await Strict(PipelinesClient, "v1/batch", """{"batch":[{"type":"track","userId":"x"}],"batch":[{"type":"identify","userId":"second"}]}""");
        var permissive = await Pipelines("v1/batch", """{"batch":[{"type":"identify","userId":"first"}],"batch":[{"type":"identify","userId":"second"}]}""");

        Assert.Equal(new Answer(200, "{}", null), strict);
        Assert.Equal(new Answer(200, "{}", null), permissive);
        Assert.Equal(["second"], Emulator.GetPeople().Select(p => p.Id));
        Assert.Equal(2, Emulator.GetCounters().AcceptedByOperation["cdp.identify"]);
    }

    [Fact]
    public async Task A_body_that_is_not_an_object_and_an_item_that_is_not_one_are_named()
    {
        var text = await Strict(PipelinesClient, "v1/batch", "\"batch\"");
        var item = await Strict(PipelinesClient, "v1/batch", """{"batch":[1,{"type":"identify","userId":"ok"}]}""");
        var permissive = await Pipelines("v1/batch", """{"batch":[1,{"type":"identify","userId":"ok"}]}""");

        Assert.Equal(new Answer(400, """{"errors":[{"reason":"invalid","field":"body","message":"body must be a JSON object"}]}""", null), text);
        Assert.Equal(new Answer(400, """{"errors":[{"reason":"invalid","field":"batch[0]","message":"batch[0] must be a JSON object"}]}""", null), item);
        Assert.Equal(new Answer(200, "{}", null), permissive);
        Assert.Equal(["ok"], Emulator.GetPeople().Select(p => p.Id));
    }

    [Fact]
    public async Task Counts_are_kept_by_type_and_duplicates_once_per_message()
    {
        await Pipelines("v1/batch", """{"batch":[{"type":"identify","userId":"a","messageId":"m1"},{"type":"track","userId":"a","event":"E","messageId":"m2"},{"type":"track","userId":"a","event":"E","messageId":"m2"},{"type":"page","userId":"a","messageId":"m3"}]}""");

        var counters = Emulator.GetCounters();
        Assert.Equal(new Dictionary<string, long> { ["cdp.identify"] = 1, ["cdp.track"] = 2, ["cdp.page"] = 1 }, counters.AcceptedByOperation);
        Assert.Equal(1, counters.DuplicateMessages);
    }

    [Fact]
    public async Task A_message_id_longer_than_the_stack_buffer_is_de_duplicated_too()
    {
        var id = new string('m', 400);
        var body = "{\"batch\":[{\"type\":\"identify\",\"userId\":\"a\",\"messageId\":\"" + id + "\"},{\"type\":\"identify\",\"userId\":\"a\",\"messageId\":\"" + id + "\"}]}";

        await Pipelines("v1/batch", body);

        Assert.Equal(1, Emulator.GetCounters().DuplicateMessages);
        Assert.Equal([false, true], Emulator.GetPipelinesMessages().Select(m => m.Duplicate));
    }
}
