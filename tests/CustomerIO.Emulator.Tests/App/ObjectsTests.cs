using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>Object types, the object search, an object's attributes and people, over the objects the Track API made.</summary>
public sealed class ObjectsTests : EmulatorTest
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task Types_are_the_seeded_one_and_those_objects_use()
    {
        await Batch("""{"type":"object","action":"identify","identifiers":{"object_type_id":"3","object_id":"x"}}""");

        Assert.Equal(
            new Answer(200, """{"types":[{"id":"1","name":"Companies","singular_name":"Company","slug":"companies","singular_slug":"company","icon":"building","enabled":true},{"id":"3","name":"Object type 3","singular_name":"Object 3","slug":"type-3","singular_slug":"type-3","icon":"cube","enabled":true}]}""", null),
            await App(HttpMethod.Get, "v1/object_types"));
    }

    [Fact]
    public async Task The_search_matches_attribute_conditions_of_one_type()
    {
        await Batch(
            """{"type":"object","action":"identify","identifiers":{"object_type_id":"1","object_id":"acme"},"attributes":{"name":"Acme","plan":"pro"}}""",
            """{"type":"object","action":"identify","identifiers":{"object_type_id":"1","object_id":"globex"},"attributes":{"name":"Globex"}}""",
            """{"type":"object","action":"identify","identifiers":{"object_type_id":"2","object_id":"other"},"attributes":{"plan":"pro"}}""");
        var acme = Emulator.GetObjects().Single(o => o.ObjectId == "acme").CioObjectId;
        var globex = Emulator.GetObjects().Single(o => o.ObjectId == "globex").CioObjectId;
        const string Pro = """{"object_type_id":"1","filter":{"and":[{"object_attribute":{"field":"name","operator":"exists","type_id":"1"}},{"object_attribute":{"field":"plan","operator":"eq","type_id":"1","value":"pro"}}]}}""";

        Assert.Equal(new Answer(200, "{\"identifiers\":[{\"object_id\":\"acme\",\"cio_object_id\":\"" + acme + "\"}],\"ids\":[\"acme\"],\"next\":\"\"}", null), await App(HttpMethod.Post, "v1/objects", Pro));
        Assert.Equal(
            new Answer(200, "{\"identifiers\":[{\"object_id\":\"globex\",\"cio_object_id\":\"" + globex + "\"}],\"ids\":[\"globex\"],\"next\":\"\"}", null),
            await App(HttpMethod.Post, "v1/objects", """{"object_type_id":"1","filter":{"not":{"object_attribute":{"field":"plan","operator":"exists","type_id":"1"}}}}"""));
        Assert.Equal(
            new Answer(400, """{"meta":{"error":"filter.and[0].object_attribute.type_id must be the searched object_type_id"}}""", null),
            await App(HttpMethod.Post, "v1/objects", """{"object_type_id":"1","filter":{"and":[{"object_attribute":{"field":"name","operator":"exists","type_id":"2"}}]}}"""));
        Assert.Equal(
            new Answer(400, """{"meta":{"error":"object_type_id is required: an integer as a string"}}""", null),
            await App(HttpMethod.Post, "v1/objects", """{"filter":{"object_attribute":{"field":"name","operator":"exists","type_id":"1"}}}"""));
        Assert.Equal(
            new Answer(400, """{"meta":{"error":"filter.object_attribute.value is required"}}""", null),
            await App(HttpMethod.Post, "v1/objects", """{"object_type_id":"1","filter":{"object_attribute":{"field":"name","operator":"eq","type_id":"1"}}}"""));
    }

    [Fact]
    public async Task Attributes_and_people_by_object_id_or_cio_object_id()
    {
        await Batch("""{"type":"object","action":"identify","identifiers":{"object_type_id":"1","object_id":"acme"},"attributes":{"name":"Acme","seats":10},"cio_relationships":[{"identifiers":{"id":"42"}}]}""");
        await Put("api/v1/customers/42", """{"email":"ann@example.com"}""");
        var (cioObjectId, cioId) = (Emulator.GetObjects()[0].CioObjectId, Emulator.FindPerson("42")!.CioId);
        var attributes = "{\"object\":{\"object_type_id\":\"1\",\"identifiers\":{\"object_id\":\"acme\",\"cio_object_id\":\"" + cioObjectId + "\"},\"attributes\":{\"name\":\"Acme\",\"seats\":10},\"timestamps\":{\"name\":1800000000,\"seats\":1800000000}}}";

        Assert.Equal(new Answer(200, attributes, null), await App(HttpMethod.Get, "v1/objects/1/acme/attributes"));
        Assert.Equal(new Answer(200, attributes, null), await App(HttpMethod.Get, "v1/objects/1/" + cioObjectId + "/attributes?id_type=cio_object_id"));
        Assert.Equal(
            new Answer(200, "{\"cio_relationships\":[{\"identifiers\":{\"id\":\"42\",\"email\":\"ann@example.com\",\"cio_id\":\"" + cioId + "\"},\"object_type_id\":\"1\",\"object_type_disabled\":false}],\"next\":\"\"}", null),
            await App(HttpMethod.Get, "v1/objects/1/acme/relationships"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"object not found"}}""", null), await App(HttpMethod.Get, "v1/objects/2/acme/attributes"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"object_type_id must be an integer"}}""", null), await App(HttpMethod.Get, "v1/objects/companies/acme/attributes"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"id_type must be object_id or cio_object_id"}}""", null), await App(HttpMethod.Get, "v1/objects/1/acme/relationships?id_type=id"));
    }
}
