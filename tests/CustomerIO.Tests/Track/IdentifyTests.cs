using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Track;

public sealed class IdentifyTests
{
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task Identify_without_attributes_sends_empty_object()
    {
        var client = TestTrackClient.Create(_handler);

        await client.IdentifyAsync("user-42");

        Assert.Equal("{}", _handler.Single.Body);
        Assert.Equal("/api/v1/customers/user-42", _handler.Single.PathAndQuery);
    }

    [Fact]
    public async Task Identify_by_email_uses_the_email_as_path_segment()
    {
        var client = TestTrackClient.Create(_handler);

        await client.IdentifyAsync(PersonIdentifier.Email("ann+news@example.com"), new Dictionary<string, object?> { ["plan"] = "pro" });

        Assert.Equal("/api/v1/customers/ann%2Bnews%40example.com", _handler.Single.PathAndQuery);
        Assert.Equal("{\"plan\":\"pro\"}", _handler.Single.Body);
    }

    [Fact]
    public async Task Identify_by_cio_id_prefixes_cio_in_the_path()
    {
        var client = TestTrackClient.Create(_handler);

        await client.IdentifyAsync(PersonIdentifier.CioId("a3000001"));

        Assert.Equal("/api/v1/customers/cio_a3000001", _handler.Single.PathAndQuery);
    }

    [Fact]
    public async Task Identify_puts_every_reserved_option_before_the_attributes()
    {
        var client = TestTrackClient.Create(_handler);
        var options = new IdentifyOptions
        {
            CreatedAt = TestTimes.T1700000000,
            Timestamp = TestTimes.T1704067200,
            UpdateOnly = true,
            Unsubscribed = false,
            TopicPreferences = new Dictionary<int, bool> { [1] = true, [7] = false },
            Relationships =
            [
                Relationship.WithObject(ObjectIdentifier.Of("1", "acme"), new Dictionary<string, object?> { ["role"] = "admin", ["since"] = TestTimes.T1700000000 }),
                Relationship.WithObject(ObjectIdentifier.ByCioObjectId("obj_9")),
            ],
        };

        await client.IdentifyAsync("user-42", new Dictionary<string, object?> { ["first_name"] = "Ann" }, options);

        Assert.Equal(
            "{\"created_at\":1700000000,\"_timestamp\":1704067200,\"_update\":true,\"unsubscribed\":false,"
            + "\"cio_subscription_preferences\":{\"topics\":{\"topic_1\":true,\"topic_7\":false}},"
            + "\"cio_relationships\":{\"action\":\"add_relationships\",\"relationships\":["
            + "{\"identifiers\":{\"object_type_id\":\"1\",\"object_id\":\"acme\"},\"relationship_attributes\":{\"role\":\"admin\",\"since\":1700000000}},"
            + "{\"identifiers\":{\"cio_object_id\":\"obj_9\"}}]},"
            + "\"first_name\":\"Ann\"}",
            _handler.Single.Body);
    }

    [Fact]
    public async Task Identify_with_delete_relationships_action()
    {
        var client = TestTrackClient.Create(_handler);
        var options = new IdentifyOptions
        {
            RelationshipAction = RelationshipAction.Delete,
            Relationships = [Relationship.WithObject(ObjectIdentifier.Of("2", "team 7"))],
        };

        await client.IdentifyAsync("user-42", options: options);

        Assert.Equal(
            "{\"cio_relationships\":{\"action\":\"delete_relationships\",\"relationships\":[{\"identifiers\":{\"object_type_id\":\"2\",\"object_id\":\"team 7\"}}]}}",
            _handler.Single.Body);
    }

    [Fact]
    public async Task Identify_options_left_empty_add_nothing()
    {
        var client = TestTrackClient.Create(_handler);

        await client.IdentifyAsync("user-42", new Dictionary<string, object?> { ["a"] = 1 }, new IdentifyOptions { UpdateOnly = false, TopicPreferences = new Dictionary<int, bool>(), Relationships = [] });

        Assert.Equal("{\"a\":1}", _handler.Single.Body);
    }

    [Fact]
    public async Task Identify_unsubscribed_true_alone()
    {
        var client = TestTrackClient.Create(_handler);

        await client.IdentifyAsync("user-42", options: new IdentifyOptions { Unsubscribed = true });

        Assert.Equal("{\"unsubscribed\":true}", _handler.Single.Body);
    }

    [Fact]
    public async Task Identify_writes_dates_as_unix_seconds_and_keeps_nested_values_nulls_and_utf8()
    {
        var client = TestTrackClient.Create(_handler);
        var attributes = new Dictionary<string, object?>
        {
            ["signed_up"] = TestTimes.T1700000000,
            ["renews"] = TestTimes.T1704067200,
            ["nickname"] = null,
            ["tags"] = new[] { "a", "b" },
            ["scores"] = new List<object?> { 1, 2.5, null, "x" },
            ["address"] = new Dictionary<string, object?> { ["city"] = "Zürich", ["zip"] = 8000, ["moved"] = TestTimes.T1700000000 },
            ["greeting"] = "Grüße, 日本 <b>&</b>",
        };

        await client.IdentifyAsync("user-42", attributes);

        Assert.Equal(
            "{\"signed_up\":1700000000,\"renews\":1704067200,\"nickname\":null,\"tags\":[\"a\",\"b\"],\"scores\":[1,2.5,null,\"x\"],"
            + "\"address\":{\"city\":\"Zürich\",\"zip\":8000,\"moved\":1700000000},\"greeting\":\"Grüße, 日本 <b>&</b>\"}",
            _handler.Single.Body);
    }

    [Fact]
    public async Task Identify_with_a_type_that_is_not_an_object_is_refused()
    {
        var client = TestTrackClient.Create(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(
            () => client.IdentifyAsync("user-42", new[] { 1, 2 }, TrackTestJsonContext.Default.Int32Array));

        Assert.Equal("attributes", error.ParameterName);
        Assert.Contains("must serialize to a JSON object", error.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Requests);
    }
}
