namespace CustomerIO.Emulator.Tests.Validation;

/// <summary>Each limit at its boundary over v1: the limit passes, one byte more is refused, multi-byte characters count as bytes.</summary>
public sealed class TrackV1LimitTests : EmulatorTest
{
    private static string Errors(string message) => "{\"meta\":{\"errors\":[\"" + message + "\"]}}";

    [Theory]
    [InlineData(150)]
    [InlineData(151)]
    public async Task Path_identifier_length_in_bytes(int bytes)
    {
        foreach (var identifier in new[] { Payloads.Ascii(bytes), Payloads.MultiByte(bytes) })
        {
            Assert.Equal(bytes, Payloads.Utf8(identifier));
            var answer = await Put("api/v1/customers/" + Uri.EscapeDataString(identifier), "{}");
            Assert.Equal(bytes <= 150 ? new Answer(200, "{}", null) : new Answer(400, Errors("identifier must be at most 150 bytes"), null), answer);
        }
    }

    [Theory]
    [InlineData(150)]
    [InlineData(151)]
    public async Task Attribute_name_length_in_bytes(int bytes)
    {
        foreach (var name in new[] { Payloads.Ascii(bytes), Payloads.MultiByte(bytes) })
        {
            var answer = await Put("api/v1/customers/1", Json(new Dictionary<string, int> { [name] = 1 }));
            Assert.Equal(bytes <= 150 ? new Answer(200, "{}", null) : new Answer(400, Errors("attribute names must be at most 150 bytes"), null), answer);
        }
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1001)]
    public async Task Attribute_value_length_in_bytes(int bytes)
    {
        foreach (var value in new[] { Payloads.Ascii(bytes), Payloads.MultiByte(bytes) })
        {
            var answer = await Put("api/v1/customers/1", Json(new Dictionary<string, string> { ["v"] = value }));
            Assert.Equal(bytes <= 1000 ? new Answer(200, "{}", null) : new Answer(400, Errors("attribute values must be at most 1000 bytes"), null), answer);
        }
    }

    [Fact]
    public async Task Escaped_characters_count_as_their_unescaped_bytes()
    {
        // 500 escaped 'é' are 3000 characters of JSON but 1000 bytes of value.
        var escaped = "{\"v\":\"" + string.Concat(Enumerable.Repeat("\\u00e9", 500)) + "\"}";
        Assert.Equal(200, (await Put("api/v1/customers/1", escaped)).Status);
        Assert.Equal(new string('é', 500), Emulator.FindPerson("1")!.Attributes["v"].GetString());

        var over = "{\"v\":\"" + string.Concat(Enumerable.Repeat("\\u00e9", 500)) + "a\"}";
        Assert.Equal(400, (await Put("api/v1/customers/1", over)).Status);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(301)]
    public async Task Attribute_count_per_call(int count)
    {
        var attributes = Enumerable.Range(0, count).ToDictionary(i => "a" + i, i => (object)i);
        attributes["_timestamp"] = 1; // instruction keys are not attributes
        attributes["_update"] = false;

        var answer = await Put("api/v1/customers/1", Json(attributes));

        Assert.Equal(count <= 300 ? new Answer(200, "{}", null) : new Answer(400, Errors("at most 300 attributes are allowed per request"), null), answer);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(101)]
    public async Task Event_name_length_in_bytes(int bytes)
    {
        foreach (var name in new[] { Payloads.Ascii(bytes), Payloads.MultiByte(bytes) })
        {
            var answer = await Post("api/v1/customers/1/events", Json(new { name }));
            Assert.Equal(bytes <= 100 ? new Answer(200, "{}", null) : new Answer(400, Errors("event name must be at most 100 bytes"), null), answer);
        }
    }

    [Fact]
    public async Task Event_name_is_required_and_non_empty()
    {
        Assert.Equal(new Answer(400, Errors("event name is required"), null), await Post("api/v1/customers/1/events", "{}"));
        Assert.Equal(new Answer(400, Errors("event name is required"), null), await Post("api/v1/customers/1/events", """{"name":""}"""));
        Assert.Equal(new Answer(400, Errors("name must be a string"), null), await Post("api/v1/customers/1/events", """{"name":5}"""));
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(100_001)]
    public async Task Event_data_size_in_bytes(int bytes)
    {
        var body = "{\"name\":\"big\",\"data\":" + Payloads.ObjectOfSize(bytes) + "}";

        var answer = await Post("api/v1/customers/1/events", body);

        Assert.Equal(bytes <= 100_000 ? new Answer(200, "{}", null) : new Answer(400, Errors("event data must be at most 100000 bytes"), null), answer);
    }

    [Fact]
    public async Task Anonymous_id_follows_identifier_limits()
    {
        var answer = await Post("api/v1/events", Json(new { name = "x", anonymous_id = Payloads.Ascii(151) }));

        Assert.Equal(new Answer(400, Errors("anonymous_id must be at most 150 bytes"), null), answer);
    }

    [Fact]
    public async Task Rejections_are_counted_by_reason()
    {
        await Post("api/v1/customers/1/events", "{}");
        await Put("api/v1/customers/" + Payloads.Ascii(151), "{}");

        Assert.Equal(new Dictionary<string, long> { ["required"] = 1, ["too_long"] = 1 }, Emulator.GetCounters().RejectedByReason);
    }
}
