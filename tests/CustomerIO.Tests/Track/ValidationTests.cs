using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Track;

/// <summary>Every limit at its boundary: the value at the limit is sent, one byte more is refused before anything is sent.</summary>
public sealed class ValidationTests
{
    private readonly RecordingHandler _handler = new();
    private readonly TrackClient _client;

    public ValidationTests() => _client = TestTrackClient.Create(_handler);

    public static TheoryData<string, int> IdentifiersAtLimit => new()
    {
        { new string('a', 150), 150 },
        { string.Concat(Enumerable.Repeat("é", 75)), 150 },
        { string.Concat(Enumerable.Repeat("😀", 37)) + "ab", 150 },
        { string.Concat(Enumerable.Repeat("日", 50)), 150 },
    };

    public static TheoryData<string, int> IdentifiersOverLimit => new()
    {
        { new string('a', 151), 151 },
        { string.Concat(Enumerable.Repeat("é", 76)), 152 },
        { string.Concat(Enumerable.Repeat("😀", 37)) + "abc", 151 },
        { string.Concat(Enumerable.Repeat("😀", 38)), 152 },
        { string.Concat(Enumerable.Repeat("日", 50)) + "a", 151 },
    };

    [Theory]
    [MemberData(nameof(IdentifiersAtLimit))]
    public async Task Identifier_of_150_bytes_is_sent(string identifier, int bytes)
    {
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(identifier));

        await _client.IdentifyAsync(PersonIdentifier.Id(identifier));
        await _client.TrackAnonymousAsync(identifier, "e");
        await _client.AddToSegmentAsync(1, [identifier]);

        Assert.Equal(3, _handler.Requests.Count);
        Assert.Equal("/api/v1/customers/" + Uri.EscapeDataString(identifier), _handler.Requests[0].PathAndQuery);
        using var anonymous = System.Text.Json.JsonDocument.Parse(_handler.Requests[1].Body!);
        Assert.Equal(identifier, anonymous.RootElement.GetProperty("anonymous_id").GetString());
        using var segment = System.Text.Json.JsonDocument.Parse(_handler.Requests[2].Body!);
        Assert.Equal(identifier, segment.RootElement.GetProperty("ids")[0].GetString());
    }

    [Theory]
    [MemberData(nameof(IdentifiersOverLimit))]
    public async Task Identifier_over_150_bytes_is_refused(string identifier, int bytes)
    {
        foreach (Func<string, PersonIdentifier> make in new Func<string, PersonIdentifier>[] { PersonIdentifier.Id, PersonIdentifier.Email, PersonIdentifier.CioId, PersonIdentifier.Phone })
        {
            var error = Assert.Throws<CustomerIOValidationException>(() => make(identifier));
            AssertTooLarge(error, "identifier", 150, bytes, $"The person identifier is {bytes} bytes; Customer.io allows at most 150 bytes of UTF-8.");
        }

        AssertTooLarge(await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackAnonymousAsync(identifier, "e")), "anonymousId", 150, bytes, "The anonymous id is");
        AssertTooLarge(await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.AddToSegmentAsync(1, ["ok", identifier])), "identifiers", 150, bytes, "The person identifier is");
        AssertTooLarge(Assert.Throws<CustomerIOValidationException>(() => ObjectIdentifier.Of("1", identifier)), "objectId", 150, bytes, "The object id is");
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public void Identifier_with_an_unpaired_surrogate_is_refused()
    {
        var error = Assert.Throws<CustomerIOValidationException>(() => PersonIdentifier.Id(new string('a', 60) + "\uD83D"));

        Assert.Equal("identifier", error.ParameterName);
        Assert.Contains("unpaired surrogate", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    [InlineData("\u00A0")]
    public async Task Empty_or_whitespace_identifiers_and_names_are_refused(string blank)
    {
        Assert.Equal("identifier", Assert.Throws<CustomerIOValidationException>(() => PersonIdentifier.Id(blank)).ParameterName);
        Assert.Equal("identifier", Assert.Throws<CustomerIOValidationException>(() => PersonIdentifier.Email(blank)).ParameterName);
        Assert.Equal("The person identifier must not be empty. (Parameter 'identifier')", Assert.Throws<CustomerIOValidationException>(() => PersonIdentifier.CioId(blank)).Message);

        var errors = new[]
        {
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackAsync("user-42", blank)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackPageViewAsync("user-42", blank)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackScreenViewAsync("user-42", blank)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackAnonymousAsync("anon", blank)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackInviteAsync(blank, "friend@example.com")),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackAnonymousAsync(blank, "e")),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackInviteAsync("invited", blank)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackAsync("user-42", "e", null, new EventOptions { Id = blank })),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.SubmitFormAsync(blank, new Dictionary<string, string> { ["id"] = "1" })),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.UnsubscribeAsync(blank)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.IdentifyAsync("user-42", new Dictionary<string, object?> { [string.Empty] = 1 })),
        };

        Assert.Equal(
            ["name", "url", "screen", "name", "name", "anonymousId", "recipient", "options.Id", "formId", "deliveryId", "attributes"],
            errors.Select(e => e.ParameterName));
        Assert.Equal("The event name must not be empty. (Parameter 'url')", errors[1].Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Null_identifiers_are_argument_null()
    {
        Assert.Equal("identifier", Assert.Throws<ArgumentNullException>(() => PersonIdentifier.Id(null!)).ParamName);
        Assert.Equal("name", (await Assert.ThrowsAsync<ArgumentNullException>(() => _client.TrackAsync("user-42", null!))).ParamName);
        Assert.Equal("device", (await Assert.ThrowsAsync<ArgumentNullException>(() => _client.AddDeviceAsync("user-42", null!))).ParamName);
        Assert.Equal("metric", (await Assert.ThrowsAsync<ArgumentNullException>(() => _client.TrackMetricAsync(null!))).ParamName);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Attribute_name_of_150_bytes_is_sent_and_151_refused()
    {
        var atLimit = string.Concat(Enumerable.Repeat("ü", 75));
        var over = new string('n', 151);

        await _client.IdentifyAsync("user-42", new Dictionary<string, object?> { [atLimit] = 1 });
        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.IdentifyAsync("user-42", new Dictionary<string, object?> { [over] = 1 }));

        Assert.Equal("{\"" + atLimit + "\":1}", Assert.Single(_handler.Requests).Body);
        // The name can be personal data: the error gives its position and size, never its text.
        AssertTooLarge(error, "attributes", 150, 151, "The name of attribute 1 is 151 bytes; Customer.io allows at most 150 bytes of UTF-8.");
        Assert.DoesNotContain("nnn", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, object?, long?> AttributeValues => new()
    {
        { "ascii string at limit", new string('v', 1000), null },
        { "ascii string over", new string('v', 1001), 1001 },
        { "multi-byte at limit", string.Concat(Enumerable.Repeat("é", 500)), null },
        { "multi-byte over", string.Concat(Enumerable.Repeat("é", 500)) + "v", 1001 },
        { "escaped quotes measured unescaped", new string('"', 1000), null },
        { "escaped quotes over", new string('"', 1001), 1001 },
        { "emoji (escaped in JSON) measured unescaped", string.Concat(Enumerable.Repeat("😀", 250)), null },
        { "emoji over", string.Concat(Enumerable.Repeat("😀", 250)) + "v", 1001 },
        { "array JSON text at limit", Enumerable.Repeat(1, 498).Append(10).ToArray(), null },
        { "array JSON text over", Enumerable.Repeat(1, 497).Append(10).Append(10).ToArray(), 1001 },
        { "object JSON text at limit", new Dictionary<string, object?> { ["k"] = new string('a', 992) }, null },
        { "object JSON text over", new Dictionary<string, object?> { ["k"] = new string('a', 993) }, 1001 },
    };

    [Theory]
    [MemberData(nameof(AttributeValues))]
    public async Task Attribute_value_limit_is_1000_bytes(string description, object? value, long? refusedSize)
    {
        var attributes = new Dictionary<string, object?> { ["v"] = value };

        if (refusedSize is null)
        {
            await _client.IdentifyAsync("user-42", attributes);
            Assert.Single(_handler.Requests);
        }
        else
        {
            var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.IdentifyAsync("user-42", attributes));
            AssertTooLarge(error, "attributes", 1000, refusedSize.Value, $"The value of attribute 1 is {refusedSize} bytes; Customer.io allows at most 1000 bytes of UTF-8.");
            Assert.Empty(_handler.Requests);
        }

        Assert.NotEmpty(description);
    }

    [Fact]
    public async Task Typed_attributes_are_written_as_utf8_whatever_the_callers_encoder_and_measured_so()
    {
        var atLimit = new ShopperAttributes { FirstName = string.Concat(Enumerable.Repeat("é", 500)) };
        var over = new ShopperAttributes { FirstName = string.Concat(Enumerable.Repeat("é", 501)) };

        await _client.IdentifyAsync("user-42", atLimit, TrackTestJsonContext.Default.ShopperAttributes);
        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.IdentifyAsync("user-42", over, TrackTestJsonContext.Default.ShopperAttributes));

        // The caller's context uses the default encoder (which would write \u00E9); the SDK writes with its own writer,
        // so the wire carries UTF-8 and the limit counts 2 bytes each.
        Assert.StartsWith("{\"first_name\":\"éé", Assert.Single(_handler.Requests).Body, StringComparison.Ordinal);
        AssertTooLarge(error, "attributes", 1000, 1002, "The value of attribute 1 is 1002 bytes");
    }

    [Fact]
    public async Task Three_hundred_counted_attributes_are_sent_and_301_refused_created_at_counting_and_directives_not()
    {
        var two99 = Enumerable.Range(0, 299).ToDictionary(i => "a" + i, i => (object?)i);
        var three00 = Enumerable.Range(0, 300).ToDictionary(i => "a" + i, i => (object?)i);
        var directives = new IdentifyOptions { UpdateOnly = true, Timestamp = TestTimes.T1704067200, TopicPreferences = new Dictionary<int, bool> { [1] = true } };
        var callerDirectives = new Dictionary<string, object?>(three00) { ["_update"] = true, ["anonymous_id"] = "anon-1" };

        await _client.IdentifyAsync("user-42", two99, new IdentifyOptions { CreatedAt = TestTimes.T1700000000, UpdateOnly = true });
        await _client.IdentifyAsync("user-42", three00, directives);
        await _client.IdentifyAsync("user-42", callerDirectives);
        var withCreatedAt = await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.IdentifyAsync("user-42", three00, new IdentifyOptions { CreatedAt = TestTimes.T1700000000 }));
        var withUnsubscribed = Assert.Throws<CustomerIOValidationException>(() => PersonOperation.Identify("user-42", three00, new IdentifyOptions { Unsubscribed = true }));
        var withEmail = await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.IdentifyAsync("user-42", new Dictionary<string, object?>(three00) { ["email"] = "a@example.com" }));

        var bodies = _handler.Requests.Select(r => r.Body!).ToArray();
        Assert.Equal(3, bodies.Length);
        Assert.StartsWith("{\"created_at\":1700000000,\"_update\":true,\"a0\":0,", bodies[0], StringComparison.Ordinal);
        Assert.EndsWith(",\"a298\":298}", bodies[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"_timestamp\":1704067200,\"_update\":true,\"cio_subscription_preferences\":{\"topics\":{\"topic_1\":true}},\"a0\":0,", bodies[1], StringComparison.Ordinal);
        Assert.EndsWith(",\"a299\":299,\"_update\":true,\"anonymous_id\":\"anon-1\"}", bodies[2], StringComparison.Ordinal);
        Assert.All(
            new[] { withCreatedAt, withUnsubscribed, withEmail },
            e => AssertTooLarge(e, "attributes", 300, 301, "Customer.io accepts at most 300 attributes in one call (every key but _update, _timestamp, anonymous_id, cio_subscription_preferences and cio_relationships counts)."));
    }

    [Fact]
    public void Relationship_attributes_follow_the_attribute_limits()
    {
        var error = Assert.Throws<CustomerIOValidationException>(
            () => Relationship.WithObject(ObjectIdentifier.Of("1", "acme"), new Dictionary<string, object?> { ["role"] = new string('r', 1001) }));

        AssertTooLarge(error, "relationshipAttributes", 1000, 1001, "The value of attribute 1 is 1001 bytes");
    }

    [Theory]
    [InlineData("created_at")]
    [InlineData("_timestamp")]
    [InlineData("_update")]
    [InlineData("unsubscribed")]
    [InlineData("cio_subscription_preferences")]
    [InlineData("cio_relationships")]
    public async Task Reserved_attribute_given_twice_is_refused(string name)
    {
        var options = new IdentifyOptions
        {
            CreatedAt = TestTimes.T1700000000,
            Timestamp = TestTimes.T1704067200,
            UpdateOnly = true,
            Unsubscribed = false,
            TopicPreferences = new Dictionary<int, bool> { [1] = true },
            Relationships = [Relationship.WithObject(ObjectIdentifier.Of("1", "acme"))],
        };

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(
            () => _client.IdentifyAsync("user-42", new Dictionary<string, object?> { ["plan"] = "pro", [name] = 1 }, options));

        Assert.Equal("attributes", error.ParameterName);
        Assert.Equal($"The attribute '{name}' is also set through IdentifyOptions; set it in one place only. (Parameter 'attributes')", error.Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Reserved_attribute_in_the_attributes_alone_is_sent()
    {
        await _client.IdentifyAsync("user-42", new Dictionary<string, object?> { ["created_at"] = 1600000000 }, new IdentifyOptions { Unsubscribed = true });

        Assert.Equal("{\"unsubscribed\":true,\"created_at\":1600000000}", _handler.Single.Body);
    }

    [Fact]
    public async Task A_person_cannot_relate_to_a_person_in_an_identify()
    {
        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(
            () => _client.IdentifyAsync("user-42", options: new IdentifyOptions { Relationships = [Relationship.WithPerson("user-43")] }));

        Assert.Equal("options.Relationships", error.ParameterName);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Event_name_of_100_bytes_is_sent_and_101_refused()
    {
        var atLimit = string.Concat(Enumerable.Repeat("é", 50));
        var over = string.Concat(Enumerable.Repeat("é", 50)) + "x";

        await _client.TrackAsync("user-42", atLimit, options: new EventOptions { Id = "01HV5A3KQ8XN2CJ7RTW9000007" });
        var errors = new[]
        {
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackAsync("user-42", over)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackPageViewAsync("user-42", over)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackScreenViewAsync("user-42", over)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackAnonymousAsync("anon", over)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackInviteAsync(over, "friend@example.com")),
        };

        Assert.Equal("{\"name\":\"" + atLimit + "\",\"id\":\"01HV5A3KQ8XN2CJ7RTW9000007\"}", Assert.Single(_handler.Requests).Body);
        Assert.Equal(["name", "url", "screen", "name", "name"], errors.Select(e => e.ParameterName));
        Assert.All(errors, e => AssertTooLarge(e, e.ParameterName, 100, 101, "The event name is 101 bytes; Customer.io allows at most 100 bytes of UTF-8."));
    }

    [Fact]
    public async Task Event_data_of_100000_bytes_is_sent_and_100001_refused()
    {
        // {"k":"…"} is the string's length plus 8 bytes.
        var atLimit = new Dictionary<string, object?> { ["k"] = new string('a', 99_992) };
        var over = new Dictionary<string, object?> { ["k"] = new string('a', 99_993) };

        await _client.TrackAsync("user-42", "big", atLimit, new EventOptions { Id = "01HV5A3KQ8XN2CJ7RTW9000007" });
        var errors = new[]
        {
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackAsync("user-42", "big", over)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackPageViewAsync("user-42", "/p", over)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackAnonymousAsync("anon", "big", over)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackInviteAsync("big", "f@example.com", new Dictionary<string, object?> { ["k"] = new string('a', 99_965) })),
        };

        var body = Assert.Single(_handler.Requests).Body!;
        Assert.Equal(100_000 + "{\"name\":\"big\",\"id\":\"01HV5A3KQ8XN2CJ7RTW9000007\",\"data\":}".Length, Encoding.UTF8.GetByteCount(body));
        Assert.All(errors, e => AssertTooLarge(e, "data", 100_000, 100_001, "The event data is 100001 bytes; Customer.io allows at most 100000 bytes of UTF-8."));
    }

    [Fact]
    public async Task Typed_event_data_over_100000_bytes_is_refused()
    {
        var data = new OrderData { OrderId = new string('o', 100_000), PlacedAt = TestTimes.T1700000000 };

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => _client.TrackAsync("user-42", "big", data, TrackTestJsonContext.Default.OrderData));

        // {"order_id":"…","total":0,"placed_at":1700000000} is the id's length plus 48 bytes.
        AssertTooLarge(error, "data", 100_000, 100_048, "The event data is 100048 bytes");
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Invite_with_recipient_inside_data_is_refused()
    {
        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(
            () => _client.TrackInviteAsync("invited", "friend@example.com", new Dictionary<string, object?> { ["recipient"] = "other@example.com" }));

        Assert.Equal("data", error.ParameterName);
        Assert.Equal("Pass the recipient once, as the recipient parameter, not inside the data. (Parameter 'data')", error.Message);
        Assert.Null(error.Limit);
        Assert.Empty(_handler.Requests);
    }

    private static void AssertTooLarge(CustomerIOValidationException error, string parameterName, long limit, long actual, string messageStart)
    {
        Assert.Equal(parameterName, error.ParameterName);
        Assert.Equal(limit, error.Limit);
        Assert.Equal(actual, error.Actual);
        Assert.StartsWith(messageStart, error.Message, StringComparison.Ordinal);
        Assert.Contains(limit.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"(Parameter '{parameterName}')", error.Message, StringComparison.Ordinal);
    }
}
