using CustomerIO.Track;

namespace CustomerIO.Tests.TrackV2;

public sealed class OperationSizeLimitTests
{
    private const int Limit = 32_768;

    [Fact]
    public void The_documented_operation_limit_is_32_KiB()
    {
        Assert.Equal(Limit, CustomerIOLimits.MaxOperationBytes);
    }

    [Fact]
    public void Event_of_exactly_32768_bytes_is_accepted_and_32769_refused()
    {
        var padding = Limit - EventWithBlob(string.Empty).SizeInBytes;

        var accepted = EventWithBlob(V2.Utf8Text(padding));
        Assert.Equal(Limit, accepted.SizeInBytes);
        Assert.Equal(Limit, accepted.Json.Length);
        Assert.Equal(
            "{\"type\":\"person\",\"action\":\"event\",\"identifiers\":{\"id\":\"user-42\"},\"name\":\"big\",\"id\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\",\"attributes\":{\"blob\":\""
            + V2.Utf8Text(padding) + "\"}}",
            V2.JsonOf(accepted));

        var error = Assert.Throws<CustomerIOValidationException>(() => EventWithBlob(V2.Utf8Text(padding + 1)));
        Assert.Equal("operation", error.ParameterName);
        Assert.Equal(Limit, error.Limit);
        Assert.Equal(Limit + 1, error.Actual);
    }

    [Fact]
    public void Identify_of_exactly_32768_bytes_is_accepted_and_32769_refused()
    {
        // Attribute values are limited to 1000 bytes each: 32 full ones, then one sized to reach the limit.
        var padding = Limit - IdentifyWithLast(string.Empty).SizeInBytes;
        Assert.InRange(padding, 0, 999);

        var accepted = IdentifyWithLast(V2.Utf8Text(padding));
        Assert.Equal(Limit, accepted.SizeInBytes);
        Assert.EndsWith(",\"last\":\"" + V2.Utf8Text(padding) + "\"}}", V2.JsonOf(accepted), StringComparison.Ordinal);

        var error = Assert.Throws<CustomerIOValidationException>(() => IdentifyWithLast(V2.Utf8Text(padding + 1)));
        Assert.Equal("operation", error.ParameterName);
        Assert.Equal(Limit, error.Limit);
        Assert.Equal(Limit + 1, error.Actual);
    }

    [Fact]
    public void Object_identify_over_the_limit_is_refused_with_the_exact_size()
    {
        var attributes = Enumerable.Range(0, 33).ToDictionary(i => $"k{i:00}", _ => (object?)new string('x', 1000));
        var expectedSize = V2.JsonOf(ObjectOperation.Identify(ObjectIdentifier.Of("1", "acme"), attributes.Take(32).ToDictionary(p => p.Key, p => p.Value))).Length
            + ",\"k32\":\"\"".Length + 1000;

        var error = Assert.Throws<CustomerIOValidationException>(() => ObjectOperation.Identify(ObjectIdentifier.Of("1", "acme"), attributes));

        Assert.Equal("operation", error.ParameterName);
        Assert.Equal(Limit, error.Limit);
        Assert.Equal(expectedSize, error.Actual);
    }

    public static TheoryData<string, string> IdentifierKinds => new()
    {
        { "id", "{\"id\":\"user-42\"}" },
        { "email", "{\"email\":\"ann@example.com\"}" },
        { "cio_id", "{\"cio_id\":\"a3000001\"}" },
        { "phone", "{\"phone\":\"+14155550100\"}" },
    };

    [Theory]
    [MemberData(nameof(IdentifierKinds))]
    public void Each_person_identifier_kind_is_written_under_its_own_key(string kind, string identifiers)
    {
        var person = kind switch
        {
            "email" => PersonIdentifier.Email("ann@example.com"),
            "cio_id" => PersonIdentifier.CioId("a3000001"),
            "phone" => PersonIdentifier.Phone("+14155550100"),
            _ => PersonIdentifier.Id("user-42"),
        };

        Assert.Equal("{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":" + identifiers + ",\"attributes\":{}}", V2.JsonOf(PersonOperation.Identify(person)));
        Assert.Equal(
            "{\"type\":\"person\",\"action\":\"event\",\"identifiers\":" + identifiers + ",\"name\":\"e\",\"id\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\"}",
            V2.JsonOf(PersonOperation.Event(person, "e", options: new EventOptions { Id = V2.FixedEventId })));
    }

    private static TrackOperation EventWithBlob(string blob) =>
        PersonOperation.Event("user-42", "big", new Dictionary<string, object?> { ["blob"] = blob }, new EventOptions { Id = V2.FixedEventId });

    private static TrackOperation IdentifyWithLast(string last)
    {
        var attributes = new Dictionary<string, object?>();
        for (var i = 0; i < 32; i++)
        {
            attributes[$"k{i:00}"] = new string('x', 1000);
        }

        attributes["last"] = last;
        return PersonOperation.Identify(PersonIdentifier.Email("ann@example.com"), attributes);
    }
}
