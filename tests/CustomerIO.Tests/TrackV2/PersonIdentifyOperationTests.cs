using CustomerIO.Track;

namespace CustomerIO.Tests.TrackV2;

public sealed class PersonIdentifyOperationTests
{
    [Fact]
    public void Identify_puts_reserved_options_in_attributes_and_timestamp_and_relationships_at_top_level()
    {
        var options = new IdentifyOptions
        {
            CreatedAt = V2.T1700000000,
            Timestamp = V2.T1704067200,
            UpdateOnly = true,
            Unsubscribed = false,
            TopicPreferences = new Dictionary<int, bool> { [1] = true, [7] = false },
            Relationships =
            [
                Relationship.WithObject(ObjectIdentifier.Of("1", "acme"), new Dictionary<string, object?> { ["role"] = "admin", ["since"] = V2.T1700000000 }),
                Relationship.WithObject(ObjectIdentifier.ByCioObjectId("obj_9")),
            ],
        };

        var operation = PersonOperation.Identify(
            PersonIdentifier.Id("user-42"), new Dictionary<string, object?> { ["first_name"] = "Ann", ["plan"] = "pro" }, options);

        V2.AssertOperation(
            operation,
            "{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":{\"id\":\"user-42\"},\"timestamp\":1704067200,"
            + "\"attributes\":{\"created_at\":1700000000,\"_update\":true,\"unsubscribed\":false,"
            + "\"cio_subscription_preferences\":{\"topics\":{\"topic_1\":true,\"topic_7\":false}},\"first_name\":\"Ann\",\"plan\":\"pro\"},"
            + "\"cio_relationships\":["
            + "{\"identifiers\":{\"object_type_id\":\"1\",\"object_id\":\"acme\"},\"relationship_attributes\":{\"role\":\"admin\",\"since\":1700000000}},"
            + "{\"identifiers\":{\"cio_object_id\":\"obj_9\"}}]}",
            type: "person",
            action: "identify",
            isIdempotent: true,
            eventId: null,
            "user-42",
            "acme",
            "Ann");
    }

    [Fact]
    public void Identify_without_attributes_or_options_sends_an_empty_attributes_object()
    {
        var operation = PersonOperation.Identify("user-42");

        V2.AssertOperation(
            operation,
            "{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":{\"id\":\"user-42\"},\"attributes\":{}}",
            "person",
            "identify",
            isIdempotent: true,
            eventId: null,
            "user-42");
    }

    [Fact]
    public void Identify_with_unsubscribed_true_and_no_other_option()
    {
        var operation = PersonOperation.Identify(PersonIdentifier.Email("ann@example.com"), options: new IdentifyOptions { Unsubscribed = true });

        Assert.Equal(
            "{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":{\"email\":\"ann@example.com\"},\"attributes\":{\"unsubscribed\":true}}",
            V2.JsonOf(operation));
    }

    [Fact]
    public void Identify_with_typed_attributes_uses_the_callers_type_info_and_every_option()
    {
        var attributes = new AccountAttributes { Name = "Ann", Seats = 3, RenewsAt = V2.T1700000000, Note = null };
        var options = new IdentifyOptions
        {
            CreatedAt = V2.T1700000000,
            Timestamp = V2.T1704067200,
            UpdateOnly = true,
            Unsubscribed = true,
            TopicPreferences = new Dictionary<int, bool> { [2] = false },
            Relationships = [Relationship.WithObject(ObjectIdentifier.Of("3", "team-7"))],
        };

        var operation = PersonOperation.Identify(PersonIdentifier.CioId("a3000001"), attributes, V2TestJsonContext.Default.AccountAttributes, options);

        V2.AssertOperation(
            operation,
            "{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":{\"cio_id\":\"a3000001\"},\"timestamp\":1704067200,"
            + "\"attributes\":{\"created_at\":1700000000,\"_update\":true,\"unsubscribed\":true,"
            + "\"cio_subscription_preferences\":{\"topics\":{\"topic_2\":false}},\"name\":\"Ann\",\"seats\":3,\"renews_at\":1700000000},"
            + "\"cio_relationships\":[{\"identifiers\":{\"object_type_id\":\"3\",\"object_id\":\"team-7\"}}]}",
            "person",
            "identify",
            isIdempotent: true,
            eventId: null,
            "a3000001");
    }

    [Fact]
    public void Identify_with_typed_attributes_that_are_not_an_object_is_refused()
    {
        var error = Assert.Throws<CustomerIOValidationException>(() =>
            PersonOperation.Identify("user-42", new[] { "a" }, V2TestJsonContext.Default.StringArray));

        Assert.Equal("attributes", error.ParameterName);
    }

    [Fact]
    public void Identify_that_would_delete_relationships_is_refused()
    {
        var options = new IdentifyOptions
        {
            RelationshipAction = RelationshipAction.Delete,
            Relationships = [Relationship.WithObject(ObjectIdentifier.Of("1", "acme"))],
        };

        var error = Assert.Throws<CustomerIOValidationException>(() => PersonOperation.Identify("user-42", options: options));

        Assert.Equal("options", error.ParameterName);
        Assert.Contains("DeleteRelationships", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Limit);
    }

    [Fact]
    public void Identify_with_delete_action_but_no_relationships_is_a_plain_identify()
    {
        var options = new IdentifyOptions { RelationshipAction = RelationshipAction.Delete, Relationships = [] };

        var operation = PersonOperation.Identify("user-42", new Dictionary<string, object?> { ["a"] = 1 }, options);

        Assert.Equal("{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":{\"id\":\"user-42\"},\"attributes\":{\"a\":1}}", V2.JsonOf(operation));
    }

    [Fact]
    public void Identify_refuses_an_attribute_also_set_through_options()
    {
        var error = Assert.Throws<CustomerIOValidationException>(() =>
            PersonOperation.Identify("user-42", new Dictionary<string, object?> { ["created_at"] = 1 }, new IdentifyOptions { CreatedAt = V2.T1700000000 }));

        Assert.Equal("attributes", error.ParameterName);
    }

    [Fact]
    public void Identify_refuses_a_default_identifier()
    {
        Assert.Throws<ArgumentNullException>("person", () => PersonOperation.Identify(default));
    }
}
