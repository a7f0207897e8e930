using CustomerIO.Track;

namespace CustomerIO.Tests.TrackV2;

public sealed class ObjectOperationTests
{
    private static readonly ObjectIdentifier Acme = ObjectIdentifier.Of("1", "acme");
    private static readonly ObjectIdentifier ByCio = ObjectIdentifier.ByCioObjectId("obj_9");

    [Fact]
    public void Identify_with_attributes_relationships_to_people_and_timestamp()
    {
        var operation = ObjectOperation.Identify(
            Acme,
            new Dictionary<string, object?> { ["name"] = "Acme Inc", ["seats"] = 25 },
            [Relationship.WithPerson("user-42", new Dictionary<string, object?> { ["role"] = "admin" }), Relationship.WithPerson(PersonIdentifier.Email("bob@example.com"))],
            V2.T1700000000);

        V2.AssertOperation(
            operation,
            "{\"type\":\"object\",\"action\":\"identify\",\"identifiers\":{\"object_type_id\":\"1\",\"object_id\":\"acme\"},\"timestamp\":1700000000,"
            + "\"attributes\":{\"name\":\"Acme Inc\",\"seats\":25},"
            + "\"cio_relationships\":[{\"identifiers\":{\"id\":\"user-42\"},\"relationship_attributes\":{\"role\":\"admin\"}},{\"identifiers\":{\"email\":\"bob@example.com\"}}]}",
            "object",
            "identify",
            isIdempotent: true,
            eventId: null,
            "acme",
            "user-42",
            "bob@example.com");
    }

    [Fact]
    public void Identify_by_cio_object_id_without_attributes_sends_an_empty_attributes_object()
    {
        var operation = ObjectOperation.Identify(ByCio);

        V2.AssertOperation(
            operation,
            "{\"type\":\"object\",\"action\":\"identify\",\"identifiers\":{\"cio_object_id\":\"obj_9\"},\"attributes\":{}}",
            "object",
            "identify",
            isIdempotent: true,
            eventId: null,
            "obj_9");
    }

    [Fact]
    public void Identify_with_typed_attributes_uses_the_callers_type_info()
    {
        var attributes = new AccountAttributes { Name = "Acme Inc", Seats = 25, RenewsAt = V2.T1704067200 };

        var operation = ObjectOperation.Identify(
            Acme, attributes, V2TestJsonContext.Default.AccountAttributes, [Relationship.WithPerson(PersonIdentifier.CioId("a3000001"))], V2.T1700000000);

        V2.AssertOperation(
            operation,
            "{\"type\":\"object\",\"action\":\"identify\",\"identifiers\":{\"object_type_id\":\"1\",\"object_id\":\"acme\"},\"timestamp\":1700000000,"
            + "\"attributes\":{\"name\":\"Acme Inc\",\"seats\":25,\"renews_at\":1704067200},"
            + "\"cio_relationships\":[{\"identifiers\":{\"cio_id\":\"a3000001\"}}]}",
            "object",
            "identify",
            isIdempotent: true,
            eventId: null,
            "acme",
            "a3000001");
    }

    [Fact]
    public void IdentifyAnonymous_relates_anonymous_people_by_anonymous_id()
    {
        var operation = ObjectOperation.IdentifyAnonymous(
            Acme,
            [Relationship.WithAnonymousPerson("anon-7", new Dictionary<string, object?> { ["invited"] = true }), Relationship.WithAnonymousPerson("anon-8")],
            new Dictionary<string, object?> { ["name"] = "Acme Inc" });

        V2.AssertOperation(
            operation,
            "{\"type\":\"object\",\"action\":\"identify_anonymous\",\"identifiers\":{\"object_type_id\":\"1\",\"object_id\":\"acme\"},\"attributes\":{\"name\":\"Acme Inc\"},"
            + "\"cio_relationships\":[{\"identifiers\":{\"anonymous_id\":\"anon-7\"},\"relationship_attributes\":{\"invited\":true}},{\"identifiers\":{\"anonymous_id\":\"anon-8\"}}]}",
            "object",
            "identify_anonymous",
            isIdempotent: true,
            eventId: null,
            "acme",
            "anon-7");
    }

    [Fact]
    public void IdentifyAnonymous_by_cio_object_id_without_attributes()
    {
        var operation = ObjectOperation.IdentifyAnonymous(ByCio, [Relationship.WithAnonymousPerson("anon-7")]);

        Assert.Equal(
            "{\"type\":\"object\",\"action\":\"identify_anonymous\",\"identifiers\":{\"cio_object_id\":\"obj_9\"},\"attributes\":{},"
            + "\"cio_relationships\":[{\"identifiers\":{\"anonymous_id\":\"anon-7\"}}]}",
            V2.JsonOf(operation));
    }

    [Fact]
    public void IdentifyAnonymous_refuses_missing_or_empty_relationships()
    {
        Assert.Throws<ArgumentNullException>("relationships", () => ObjectOperation.IdentifyAnonymous(Acme, null!));
        Assert.Equal("relationships", Assert.Throws<CustomerIOValidationException>(() => ObjectOperation.IdentifyAnonymous(Acme, [])).ParameterName);
    }

    public static TheoryData<string, string> Identifiers => new()
    {
        { "type", "{\"object_type_id\":\"1\",\"object_id\":\"acme\"}" },
        { "cio", "{\"cio_object_id\":\"obj_9\"}" },
    };

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void Delete_carries_only_the_identifiers(string form, string identifiers)
    {
        var operation = ObjectOperation.Delete(form == "cio" ? ByCio : Acme);

        V2.AssertOperation(
            operation,
            "{\"type\":\"object\",\"action\":\"delete\",\"identifiers\":" + identifiers + "}",
            "object",
            "delete",
            isIdempotent: true,
            eventId: null,
            "acme",
            "obj_9");
    }

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void AddRelationships_and_DeleteRelationships_list_people_with_relationship_attributes(string form, string identifiers)
    {
        var target = form == "cio" ? ByCio : Acme;
        Relationship[] people =
        [
            Relationship.WithPerson(PersonIdentifier.Email("ann@example.com"), new Dictionary<string, object?> { ["role"] = "owner" }),
            Relationship.WithPerson(PersonIdentifier.Phone("+14155550100")),
        ];
        const string Relationships =
            "\"cio_relationships\":[{\"identifiers\":{\"email\":\"ann@example.com\"},\"relationship_attributes\":{\"role\":\"owner\"}},{\"identifiers\":{\"phone\":\"+14155550100\"}}]";

        var add = ObjectOperation.AddRelationships(target, people);
        var delete = ObjectOperation.DeleteRelationships(target, people);

        V2.AssertOperation(
            add,
            "{\"type\":\"object\",\"action\":\"add_relationships\",\"identifiers\":" + identifiers + "," + Relationships + "}",
            "object",
            "add_relationships",
            isIdempotent: true,
            eventId: null,
            "ann@example.com");
        V2.AssertOperation(
            delete,
            "{\"type\":\"object\",\"action\":\"delete_relationships\",\"identifiers\":" + identifiers + "," + Relationships + "}",
            "object",
            "delete_relationships",
            isIdempotent: true,
            eventId: null,
            "ann@example.com");
    }

    [Fact]
    public void Object_operations_refuse_a_null_target()
    {
        Assert.Throws<ArgumentNullException>("target", () => ObjectOperation.Delete(null!));
        Assert.Throws<ArgumentNullException>("target", () => ObjectOperation.Identify(null!));
    }
}
