using CustomerIO.Track;

namespace CustomerIO.Tests.TrackV2;

public sealed class PersonLifecycleOperationTests
{
    public static TheoryData<string> SimpleActions => new() { "delete", "suppress", "unsuppress" };

    [Theory]
    [MemberData(nameof(SimpleActions))]
    public void Delete_suppress_and_unsuppress_carry_only_type_action_and_identifiers(string action)
    {
        var person = PersonIdentifier.Email("ann@example.com");
        var operation = action switch
        {
            "delete" => PersonOperation.Delete(person),
            "suppress" => PersonOperation.Suppress(person),
            _ => PersonOperation.Unsuppress(person),
        };

        V2.AssertOperation(
            operation,
            "{\"type\":\"person\",\"action\":\"" + action + "\",\"identifiers\":{\"email\":\"ann@example.com\"}}",
            "person",
            action,
            isIdempotent: true,
            eventId: null,
            "ann@example.com");
    }

    public static TheoryData<string, string, string> MergePairs => new()
    {
        { "id", "email", "{\"type\":\"person\",\"action\":\"merge\",\"primary\":{\"id\":\"user-42\"},\"secondary\":{\"email\":\"ann@example.com\"}}" },
        { "email", "cio_id", "{\"type\":\"person\",\"action\":\"merge\",\"primary\":{\"email\":\"ann@example.com\"},\"secondary\":{\"cio_id\":\"a3000001\"}}" },
        { "cio_id", "phone", "{\"type\":\"person\",\"action\":\"merge\",\"primary\":{\"cio_id\":\"a3000001\"},\"secondary\":{\"phone\":\"+14155550100\"}}" },
        { "phone", "id", "{\"type\":\"person\",\"action\":\"merge\",\"primary\":{\"phone\":\"+14155550100\"},\"secondary\":{\"id\":\"user-42\"}}" },
    };

    [Theory]
    [MemberData(nameof(MergePairs))]
    public void Merge_names_primary_and_secondary_without_identifiers_and_is_not_idempotent(string primaryKind, string secondaryKind, string json)
    {
        var operation = PersonOperation.Merge(Person(primaryKind), Person(secondaryKind));

        V2.AssertOperation(operation, json, "person", "merge", isIdempotent: false, eventId: null, "user-42", "ann@example.com", "a3000001", "+14155550100");
        Assert.DoesNotContain("identifiers", V2.JsonOf(operation), StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_refuses_a_default_identifier_by_parameter_name()
    {
        Assert.Throws<ArgumentNullException>("primary", () => PersonOperation.Merge(default, "user-42"));
        Assert.Throws<ArgumentNullException>("secondary", () => PersonOperation.Merge("user-42", default));
    }

    private static PersonIdentifier Person(string kind) => kind switch
    {
        "id" => PersonIdentifier.Id("user-42"),
        "email" => PersonIdentifier.Email("ann@example.com"),
        "cio_id" => PersonIdentifier.CioId("a3000001"),
        "phone" => PersonIdentifier.Phone("+14155550100"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
