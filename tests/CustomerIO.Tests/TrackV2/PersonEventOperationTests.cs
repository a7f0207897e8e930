using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.TrackV2;

public sealed class PersonEventOperationTests
{
    [Fact]
    public void Event_sends_data_as_attributes_with_a_generated_ulid_id()
    {
        var operation = PersonOperation.Event(
            PersonIdentifier.Email("ann@example.com"),
            "purchase",
            new Dictionary<string, object?> { ["total"] = 42.5, ["sku"] = "A-1", ["gift"] = null },
            new EventOptions { Timestamp = V2.T1700000000 });

        Assert.NotNull(operation.EventId);
        Assert.Matches(TestTrackClient.Ulid, operation.EventId);
        V2.AssertOperation(
            operation,
            "{\"type\":\"person\",\"action\":\"event\",\"identifiers\":{\"email\":\"ann@example.com\"},\"name\":\"purchase\",\"id\":\"" + operation.EventId
            + "\",\"timestamp\":1700000000,\"attributes\":{\"total\":42.5,\"sku\":\"A-1\",\"gift\":null}}",
            "person",
            "event",
            isIdempotent: true,
            eventId: operation.EventId,
            "ann@example.com",
            "A-1");
        Assert.DoesNotContain("\"data\"", V2.JsonOf(operation), StringComparison.Ordinal);
    }

    [Fact]
    public void Event_uses_the_callers_id_when_given()
    {
        var operation = PersonOperation.Event("user-42", "signed_in", options: new EventOptions { Id = V2.FixedEventId });

        V2.AssertOperation(
            operation,
            "{\"type\":\"person\",\"action\":\"event\",\"identifiers\":{\"id\":\"user-42\"},\"name\":\"signed_in\",\"id\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\"}",
            "person",
            "event",
            isIdempotent: true,
            eventId: V2.FixedEventId,
            "user-42");
    }

    [Fact]
    public void Each_event_gets_its_own_generated_id()
    {
        var first = PersonOperation.Event("user-42", "signed_in");
        var second = PersonOperation.Event("user-42", "signed_in");

        Assert.Matches(TestTrackClient.Ulid, first.EventId!);
        Assert.Matches(TestTrackClient.Ulid, second.EventId!);
        Assert.NotEqual(first.EventId, second.EventId);
        Assert.Equal(
            "{\"type\":\"person\",\"action\":\"event\",\"identifiers\":{\"id\":\"user-42\"},\"name\":\"signed_in\",\"id\":\"" + second.EventId + "\"}",
            V2.JsonOf(second));
    }

    [Fact]
    public void Event_with_typed_data_uses_the_callers_type_info()
    {
        var data = new CartData { CartId = "c-9", Total = 19.90m, At = V2.T1704067200 };

        var operation = PersonOperation.Event(
            PersonIdentifier.Phone("+14155550100"), "cart_updated", data, V2TestJsonContext.Default.CartData, new EventOptions { Id = V2.FixedEventId, Timestamp = V2.T1700000000 });

        V2.AssertOperation(
            operation,
            "{\"type\":\"person\",\"action\":\"event\",\"identifiers\":{\"phone\":\"+14155550100\"},\"name\":\"cart_updated\",\"id\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\","
            + "\"timestamp\":1700000000,\"attributes\":{\"cart_id\":\"c-9\",\"total\":19.90,\"at\":1704067200}}",
            "person",
            "event",
            isIdempotent: true,
            eventId: V2.FixedEventId,
            "+14155550100");
    }

    [Fact]
    public void Page_uses_the_url_as_name()
    {
        var operation = PersonOperation.Page(
            "user-42",
            "https://example.com/pricing?plan=pro&x=1",
            new Dictionary<string, object?> { ["referrer"] = "https://www.google.com/" },
            new EventOptions { Id = V2.FixedEventId, Timestamp = V2.T1704067200 });

        V2.AssertOperation(
            operation,
            "{\"type\":\"person\",\"action\":\"page\",\"identifiers\":{\"id\":\"user-42\"},\"name\":\"https://example.com/pricing?plan=pro&x=1\","
            + "\"id\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\",\"timestamp\":1704067200,\"attributes\":{\"referrer\":\"https://www.google.com/\"}}",
            "person",
            "page",
            isIdempotent: true,
            eventId: V2.FixedEventId,
            "user-42",
            "pricing");
    }

    [Fact]
    public void Page_without_options_gets_a_generated_id()
    {
        var operation = PersonOperation.Page("user-42", "/home");

        Assert.Matches(TestTrackClient.Ulid, operation.EventId!);
        V2.AssertOperation(
            operation,
            "{\"type\":\"person\",\"action\":\"page\",\"identifiers\":{\"id\":\"user-42\"},\"name\":\"/home\",\"id\":\"" + operation.EventId + "\"}",
            "person",
            "page",
            isIdempotent: true,
            eventId: operation.EventId);
    }

    [Fact]
    public void Screen_uses_the_screen_name()
    {
        var operation = PersonOperation.Screen(
            PersonIdentifier.CioId("a3000001"), "Checkout", new Dictionary<string, object?> { ["step"] = 2 }, new EventOptions { Id = V2.FixedEventId });

        V2.AssertOperation(
            operation,
            "{\"type\":\"person\",\"action\":\"screen\",\"identifiers\":{\"cio_id\":\"a3000001\"},\"name\":\"Checkout\",\"id\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\",\"attributes\":{\"step\":2}}",
            "person",
            "screen",
            isIdempotent: true,
            eventId: V2.FixedEventId,
            "a3000001");
    }

    [Fact]
    public void Screen_without_options_gets_a_generated_id()
    {
        var operation = PersonOperation.Screen("user-42", "Home");

        Assert.Matches(TestTrackClient.Ulid, operation.EventId!);
        Assert.Equal(
            "{\"type\":\"person\",\"action\":\"screen\",\"identifiers\":{\"id\":\"user-42\"},\"name\":\"Home\",\"id\":\"" + operation.EventId + "\"}",
            V2.JsonOf(operation));
    }

    [Fact]
    public void Event_name_of_100_bytes_is_accepted_and_101_refused()
    {
        var accepted = PersonOperation.Event("user-42", new string('n', 100), options: new EventOptions { Id = V2.FixedEventId });
        Assert.Contains("\"name\":\"" + new string('n', 100) + "\"", V2.JsonOf(accepted), StringComparison.Ordinal);

        var error = Assert.Throws<CustomerIOValidationException>(() => PersonOperation.Event("user-42", V2.Utf8Text(101)));

        Assert.Equal("name", error.ParameterName);
        Assert.Equal(100, error.Limit);
        Assert.Equal(101, error.Actual);
    }

    [Fact]
    public void Empty_event_name_is_refused()
    {
        var error = Assert.Throws<CustomerIOValidationException>(() => PersonOperation.Page("user-42", " "));

        Assert.Equal("name", error.ParameterName);
    }
}
