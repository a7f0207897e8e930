using CustomerIO.Track;

namespace CustomerIO.Tests.TrackV2;

/// <summary>A person relates to objects and an object to people: a relationship made for the other side is refused.</summary>
public sealed class RelationshipSideTests
{
    private static readonly ObjectIdentifier Acme = ObjectIdentifier.Of("1", "acme");

    [Fact]
    public void Person_operations_refuse_relationships_to_people()
    {
        Relationship[] toPerson = [Relationship.WithPerson("user-7")];
        Relationship[] toAnonymous = [Relationship.WithAnonymousPerson("anon-7")];

        Assert.Equal("relationships", Assert.Throws<CustomerIOValidationException>(() => PersonOperation.AddRelationships("user-42", toPerson)).ParameterName);
        Assert.Equal("relationships", Assert.Throws<CustomerIOValidationException>(() => PersonOperation.DeleteRelationships("user-42", toAnonymous)).ParameterName);
        Assert.Equal(
            "options.Relationships",
            Assert.Throws<CustomerIOValidationException>(() => PersonOperation.Identify("user-42", options: new IdentifyOptions { Relationships = toPerson })).ParameterName);
    }

    [Fact]
    public void Object_operations_refuse_relationships_to_objects()
    {
        Relationship[] toObject = [Relationship.WithObject(ObjectIdentifier.Of("2", "team-7"))];

        Assert.Equal("relationships", Assert.Throws<CustomerIOValidationException>(() => ObjectOperation.AddRelationships(Acme, toObject)).ParameterName);
        Assert.Equal("relationships", Assert.Throws<CustomerIOValidationException>(() => ObjectOperation.DeleteRelationships(Acme, toObject)).ParameterName);
        Assert.Equal("relationships", Assert.Throws<CustomerIOValidationException>(() => ObjectOperation.Identify(Acme, relationships: toObject)).ParameterName);
    }

    [Fact]
    public void IdentifyAnonymous_takes_only_anonymous_people()
    {
        var error = Assert.Throws<CustomerIOValidationException>(() =>
            ObjectOperation.IdentifyAnonymous(Acme, [Relationship.WithAnonymousPerson("anon-7"), Relationship.WithPerson("user-42")]));

        Assert.Equal("relationships", error.ParameterName);
        Assert.DoesNotContain("user-42", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Object_operations_accept_known_and_anonymous_people_together()
    {
        var operation = ObjectOperation.AddRelationships(Acme, [Relationship.WithPerson("user-42"), Relationship.WithAnonymousPerson("anon-7")]);

        Assert.Equal(
            "{\"type\":\"object\",\"action\":\"add_relationships\",\"identifiers\":{\"object_type_id\":\"1\",\"object_id\":\"acme\"},"
            + "\"cio_relationships\":[{\"identifiers\":{\"id\":\"user-42\"}},{\"identifiers\":{\"anonymous_id\":\"anon-7\"}}]}",
            V2.JsonOf(operation));
    }
}
