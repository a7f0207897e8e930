using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>The people reads added beside <see cref="ReadTests"/>: many profiles at once, and a person's relationships.</summary>
public sealed class CustomersTests : EmulatorTest
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task Many_profiles_by_one_id_type_leave_unknown_people_out()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com","plan":"pro"}""");
        await Put("api/v1/customers/2", """{"email":"bo@example.com","unsubscribed":true}""");
        var (ann, bo) = (Emulator.FindPerson("1")!.CioId, Emulator.FindPerson("2")!.CioId);

        var answer = await App(HttpMethod.Post, "v1/customers/attributes?id_type=email", """{"ids":["bo@example.com","nobody@example.com","ann@example.com"]}""");

        Assert.Equal(
            new Answer(200, "{\"customers\":[" +
                "{\"customer\":{\"id\":\"2\",\"identifiers\":{\"id\":\"2\",\"email\":\"bo@example.com\",\"cio_id\":\"" + bo + "\"},\"attributes\":{\"id\":\"2\",\"email\":\"bo@example.com\",\"cio_id\":\"" + bo + "\",\"unsubscribed\":\"true\"},\"timestamps\":{\"cio_id\":1800000000},\"devices\":[],\"unsubscribed\":true}}," +
                "{\"customer\":{\"id\":\"1\",\"identifiers\":{\"id\":\"1\",\"email\":\"ann@example.com\",\"cio_id\":\"" + ann + "\"},\"attributes\":{\"id\":\"1\",\"email\":\"ann@example.com\",\"cio_id\":\"" + ann + "\",\"plan\":\"pro\"},\"timestamps\":{\"cio_id\":1800000000},\"devices\":[],\"unsubscribed\":false}}]}", null),
            answer);
    }

    [Fact]
    public async Task Many_profiles_refuse_a_list_out_of_bounds_and_an_unknown_id_type()
    {
        var tooMany = "{\"ids\":[" + string.Join(",", Enumerable.Range(0, 101).Select(i => "\"" + i + "\"")) + "]}";

        Assert.Equal(new Answer(400, """{"meta":{"error":"ids must hold 1 to 100 identifiers, each a string"}}""", null), await App(HttpMethod.Post, "v1/customers/attributes", tooMany));
        Assert.Equal(new Answer(400, """{"meta":{"error":"ids must hold 1 to 100 identifiers, each a string"}}""", null), await App(HttpMethod.Post, "v1/customers/attributes", """{"ids":[]}"""));
        Assert.Equal(new Answer(400, """{"meta":{"error":"ids is required"}}""", null), await App(HttpMethod.Post, "v1/customers/attributes", "{}"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"id_type must be id, email or cio_id"}}""", null), await App(HttpMethod.Post, "v1/customers/attributes?id_type=phone", """{"ids":["1"]}"""));
        Assert.Equal(new Answer(200, """{"customers":[]}""", null), await App(HttpMethod.Post, "v1/customers/attributes", """{"ids":["nobody"]}"""));
    }

    [Fact]
    public async Task A_persons_relationships_name_the_objects_and_page()
    {
        await Batch(
            """{"type":"object","action":"identify","identifiers":{"object_type_id":"1","object_id":"acme"},"attributes":{"name":"Acme"},"cio_relationships":[{"identifiers":{"id":"42"},"relationship_attributes":{"role":"admin"}}]}""",
            """{"type":"object","action":"identify","identifiers":{"object_type_id":"2","object_id":"eu"},"cio_relationships":[{"identifiers":{"id":"42"}}]}""");
        var objects = Emulator.GetObjects().ToDictionary(o => o.ObjectId, o => o.CioObjectId);

        var first = await App(HttpMethod.Get, "v1/customers/42/relationships?limit=1");
        var second = await App(HttpMethod.Get, "v1/customers/42/relationships?limit=1&start=1");

        Assert.Equal(
            new Answer(200, "{\"cio_relationships\":[{\"identifiers\":{\"object_id\":\"acme\",\"cio_object_id\":\"" + objects["acme"] + "\"},\"object_type_id\":1,\"attributes\":{\"role\":\"admin\"},\"timestamps\":{\"name\":1800000000}}],\"next\":\"1\"}", null),
            first);
        Assert.Equal(
            new Answer(200, "{\"cio_relationships\":[{\"identifiers\":{\"object_id\":\"eu\",\"cio_object_id\":\"" + objects["eu"] + "\"},\"object_type_id\":2,\"attributes\":{},\"timestamps\":{}}],\"next\":\"\"}", null),
            second);
        Assert.Equal(new Answer(404, """{"meta":{"error":"customer not found"}}""", null), await App(HttpMethod.Get, "v1/customers/nobody/relationships"));
    }
}
