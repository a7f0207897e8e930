namespace CustomerIO.Emulator.Tests.TrackV2;

public sealed class ObjectAndDeliveryTests : EmulatorTest
{
    [Fact]
    public async Task Object_identify_with_people_relationships_then_delete()
    {
        var answer = await Batch("""
            {"type":"object","action":"identify","identifiers":{"object_type_id":"1","object_id":"acme"},
             "attributes":{"name":"Acme","seats":10},
             "cio_relationships":[{"identifiers":{"id":"42"},"relationship_attributes":{"role":"admin"}}]}
            """);

        Assert.Equal(new Answer(200, "{}", null), answer);
        var acme = Assert.Single(Emulator.GetObjects());
        Assert.Equal(("1", "acme", "Acme", 10), (acme.ObjectTypeId, acme.ObjectId, acme.Attributes["name"].GetString(), acme.Attributes["seats"].GetInt32()));
        var relationship = Assert.Single(acme.Relationships);
        Assert.Equal(Emulator.FindPerson("42")!.CioId, relationship.PersonCioId);
        Assert.Equal("admin", relationship.Attributes!.Value.GetProperty("role").GetString());

        await Batch("""{"type":"object","action":"identify","identifiers":{"cio_object_id":"%ID%"},"attributes":{"seats":11}}""".Replace("%ID%", acme.CioObjectId, StringComparison.Ordinal));
        Assert.Equal(11, Emulator.GetObjects()[0].Attributes["seats"].GetInt32());

        await Batch("""{"type":"object","action":"delete","identifiers":{"object_type_id":"1","object_id":"acme"}}""");
        Assert.Empty(Emulator.GetObjects());
        Assert.Empty(Emulator.FindPerson("42")!.Relationships);
    }

    [Fact]
    public async Task Identify_anonymous_relates_an_object_to_an_anonymous_id()
    {
        await Batch("""{"type":"object","action":"identify_anonymous","identifiers":{"object_type_id":"1","object_id":"cart"},"cio_relationships":[{"identifiers":{"anonymous_id":"anon-1"}}]}""");

        var relationship = Assert.Single(Assert.Single(Emulator.GetObjects()).Relationships);
        Assert.Equal(("anon-1", (string?)null), (relationship.AnonymousId, relationship.PersonCioId));
    }

    [Fact]
    public async Task Object_add_and_delete_relationships()
    {
        await Batch("""{"type":"object","action":"add_relationships","identifiers":{"object_type_id":"1","object_id":"acme"},"cio_relationships":[{"identifiers":{"email":"a@example.com"}}]}""");
        Assert.Equal("acme", Assert.Single(Emulator.FindPerson("a@example.com")!.Relationships).ObjectId);

        await Batch("""{"type":"object","action":"delete_relationships","identifiers":{"object_type_id":"1","object_id":"acme"},"cio_relationships":[{"identifiers":{"email":"a@example.com"}}]}""");
        Assert.Empty(Emulator.FindPerson("a@example.com")!.Relationships);
    }

    [Fact]
    public async Task Delivery_events_are_stored_as_metrics()
    {
        var answer = await Batch("""{"type":"delivery","action":"event","identifiers":{"id":"dlv-1"},"name":"opened","timestamp":7,"attributes":{"device_token":"tok"}}""");

        Assert.Equal(200, answer.Status);
        var metric = Assert.Single(Emulator.GetDeliveryMetrics());
        Assert.Equal(("track_v2", "dlv-1", "opened", (long?)7, "tok"), (metric.Source, metric.DeliveryId, metric.Metric, metric.Timestamp, metric.DeviceId));
    }

    [Fact]
    public async Task Unsupported_type_and_action_combinations_are_refused()
    {
        var answer = await Batch(
            """{"type":"object","action":"event","identifiers":{"object_type_id":"1","object_id":"a"},"name":"x"}""",
            """{"type":"delivery","action":"identify","identifiers":{"id":"d"}}""",
            """{"type":"company","action":"identify","identifiers":{"id":"1"}}""",
            """{"type":"delivery","action":"event","identifiers":{"id":"d"},"name":"clicked"}""");

        Assert.Equal(207, answer.Status);
        Assert.Equal(
            """{"errors":[{"batch_index":0,"reason":"invalid","field":"action","message":"action event is not supported for type object"},""" +
            """{"batch_index":1,"reason":"invalid","field":"action","message":"action identify is not supported for type delivery"},""" +
            """{"batch_index":2,"reason":"invalid","field":"type","message":"type must be person, object or delivery"},""" +
            """{"batch_index":3,"reason":"invalid","field":"name","message":"delivery event name must be opened, converted or delivered"}]}""",
            answer.Body);
    }
}
