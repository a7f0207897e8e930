namespace CustomerIO.Emulator.Tests.Validation;

/// <summary>The same limits over v2, answered as 207 items naming reason and field.</summary>
public sealed class TrackV2LimitTests : EmulatorTest
{
    private static string Item(string reason, string field, string message) =>
        "{\"errors\":[{\"batch_index\":0,\"reason\":\"" + reason + "\",\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]}";

    [Theory]
    [InlineData(150)]
    [InlineData(151)]
    public async Task Identifier_length_in_bytes(int bytes)
    {
        foreach (var id in new[] { Payloads.Ascii(bytes), Payloads.MultiByte(bytes) })
        {
            var answer = await Batch(Json(new { type = "person", action = "identify", identifiers = new { id } }));
            Assert.Equal(bytes <= 150 ? new Answer(200, "{}", null) : new Answer(207, Item("too_long", "identifiers.id", "identifiers.id must be at most 150 bytes"), null), answer);
        }
    }

    [Fact]
    public async Task Empty_identifier_is_required()
    {
        var answer = await Batch("""{"type":"person","action":"identify","identifiers":{"email":""}}""");

        Assert.Equal(new Answer(207, Item("required", "identifiers.email", "identifiers.email must not be empty"), null), answer);
    }

    [Theory]
    [InlineData(150)]
    [InlineData(151)]
    public async Task Attribute_name_length_in_bytes(int bytes)
    {
        foreach (var name in new[] { Payloads.Ascii(bytes), Payloads.MultiByte(bytes) })
        {
            var op = Json(new { type = "person", action = "identify", identifiers = new { id = "1" }, attributes = new Dictionary<string, int> { [name] = 1 } });
            var answer = await Batch(op);
            Assert.Equal(bytes <= 150 ? new Answer(200, "{}", null) : new Answer(207, Item("too_long", "attributes", "attribute names must be at most 150 bytes"), null), answer);
        }
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1001)]
    public async Task Attribute_value_length_in_bytes(int bytes)
    {
        foreach (var value in new[] { Payloads.Ascii(bytes), Payloads.MultiByte(bytes) })
        {
            var op = Json(new { type = "person", action = "identify", identifiers = new { id = "1" }, attributes = new { bio = value } });
            var answer = await Batch(op);
            Assert.Equal(bytes <= 1000 ? new Answer(200, "{}", null) : new Answer(207, Item("too_long", "attributes.bio", "attribute values must be at most 1000 bytes"), null), answer);
        }
    }

    [Theory]
    [InlineData(300)]
    [InlineData(301)]
    public async Task Attribute_count_per_call(int count)
    {
        var attributes = Enumerable.Range(0, count).ToDictionary(i => "a" + i, i => i);
        var answer = await Batch(Json(new { type = "person", action = "identify", identifiers = new { id = "1" }, attributes }));

        Assert.Equal(count <= 300 ? new Answer(200, "{}", null) : new Answer(207, Item("too_many", "attributes", "at most 300 attributes are allowed per request"), null), answer);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(101)]
    public async Task Event_name_length_in_bytes(int bytes)
    {
        foreach (var name in new[] { Payloads.Ascii(bytes), Payloads.MultiByte(bytes) })
        {
            var answer = await Batch(Json(new { type = "person", action = "event", identifiers = new { id = "1" }, name }));
            Assert.Equal(bytes <= 100 ? new Answer(200, "{}", null) : new Answer(207, Item("too_long", "name", "event name must be at most 100 bytes"), null), answer);
        }
    }

    [Fact]
    public async Task Event_data_of_100000_bytes_cannot_fit_an_operation_and_is_refused_as_too_large()
    {
        // In v2 the 32 KB operation limit binds before the 100,000-byte event data limit.
        var op = "{\"type\":\"person\",\"action\":\"event\",\"identifiers\":{\"id\":\"1\"},\"name\":\"big\",\"attributes\":" + Payloads.ObjectOfSize(100_000) + "}";

        var answer = await Batch(op);

        Assert.Equal(new Answer(207, Item("too_large", "operation", "an operation must be at most 32768 bytes"), null), answer);
    }

    [Fact]
    public async Task Device_and_relationship_fields_are_required()
    {
        var answer = await Batch(
            """{"type":"person","action":"add_device","identifiers":{"id":"1"},"device":{"platform":"ios"}}""",
            """{"type":"person","action":"add_relationships","identifiers":{"id":"1"}}""",
            """{"type":"person","action":"merge","primary":{"id":"1"}}""",
            """{"type":"object","action":"identify","identifiers":{"object_type_id":"1"}}""");

        Assert.Equal(207, answer.Status);
        Assert.Equal(
            """{"errors":[{"batch_index":0,"reason":"required","field":"device.token","message":"device.token is required"},""" +
            """{"batch_index":1,"reason":"required","field":"cio_relationships","message":"cio_relationships is required"},""" +
            """{"batch_index":2,"reason":"required","field":"secondary","message":"secondary is required"},""" +
            """{"batch_index":3,"reason":"invalid","field":"identifiers","message":"identifiers must hold object_type_id and object_id, or cio_object_id"}]}""",
            answer.Body);
    }
}
