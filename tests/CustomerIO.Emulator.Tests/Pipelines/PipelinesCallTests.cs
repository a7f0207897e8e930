namespace CustomerIO.Emulator.Tests.Pipelines;

/// <summary>Each Pipelines call's effect on the stores the Track API uses.</summary>
public sealed class PipelinesCallTests : EmulatorTest
{
    [Fact]
    public async Task Identify_writes_traits_to_the_track_people_store()
    {
        var answer = await Pipelines("v1/identify", """{"userId":"u1","messageId":"m1","traits":{"email":"ada@example.com","plan":"pro","address":{"city":"Paris"}}}""");

        Assert.Equal(new Answer(200, "{}", null), answer);
        var person = Emulator.FindPerson("u1");
        Assert.NotNull(person);
        Assert.Equal("ada@example.com", person.Email);
        Assert.Equal(["address", "plan"], person.Attributes.Keys);
        Assert.Equal("""{"city":"Paris"}""", person.Attributes["address"].GetRawText());
        Assert.Same(person.CioId, Emulator.FindPerson("ada@example.com")?.CioId);
        Assert.Equal(1, Emulator.GetCounters().AcceptedByOperation["cdp.identify"]);

        await Put("api/v1/customers/u1", """{"plan":"team"}""");
        Assert.Equal("\"team\"", Emulator.FindPerson("u1")!.Attributes["plan"].GetRawText());
    }

    [Fact]
    public async Task Track_stores_an_event_with_message_id_properties_and_timestamp()
    {
        await Pipelines("v1/track", """{"userId":"u1","event":"Order Completed","messageId":"m-1","timestamp":"2026-01-02T03:04:05.000Z","properties":{"total":12.5},"context":{"ip":"1.2.3.4"}}""");

        var stored = Assert.Single(Emulator.GetEvents("u1"));
        Assert.Equal(("Order Completed", "m-1", "event", 1767323045L), (stored.Name, stored.Id, stored.Type, stored.Timestamp!.Value));
        Assert.Equal("""{"total":12.5}""", stored.Data?.GetRawText());
    }

    [Fact]
    public async Task Anonymous_events_belong_to_the_user_identified_with_the_same_anonymous_id()
    {
        await Pipelines("v1/track", """{"anonymousId":"anon-1","event":"Viewed"}""");
        await Pipelines("v1/identify", """{"userId":"u1","anonymousId":"anon-1"}""");

        Assert.Equal(["Viewed"], Emulator.GetEvents("u1").Select(e => e.Name));
        Assert.Equal(["anon-1"], Emulator.FindPerson("u1")!.AnonymousIds);
    }

    [Fact]
    public async Task Page_and_screen_are_stored_by_type_and_name()
    {
        await Pipelines("v1/page", """{"userId":"u1","name":"Pricing","properties":{"url":"https://example.com/pricing"}}""");
        await Pipelines("v1/screen", """{"userId":"u1","name":"Home"}""");

        Assert.Equal([("page", "Pricing"), ("screen", "Home")], Emulator.GetEvents("u1").Select(e => (e.Type, e.Name)));
        Assert.Equal(1, Emulator.GetCounters().AcceptedByOperation["cdp.screen"]);
    }

    [Fact]
    public async Task Group_creates_an_object_related_to_the_user()
    {
        await Pipelines("v1/group", """{"userId":"u1","groupId":"acme","traits":{"name":"Acme","objectTypeId":"2"}}""");
        await Pipelines("v1/group", """{"anonymousId":"anon-9","groupId":"beta"}""");

        var objects = Emulator.GetObjects();
        Assert.Equal([("1", "beta"), ("2", "acme")], objects.Select(o => (o.ObjectTypeId, o.ObjectId)));
        Assert.Equal(["name"], objects[1].Attributes.Keys);
        Assert.Equal(Emulator.FindPerson("u1")!.CioId, Assert.Single(objects[1].Relationships).PersonCioId);
        Assert.Equal("anon-9", Assert.Single(objects[0].Relationships).AnonymousId);
    }

    [Fact]
    public async Task Alias_merges_a_previous_user_or_links_a_previous_anonymous_id()
    {
        await Pipelines("v1/identify", """{"userId":"old","traits":{"a":1}}""");
        await Pipelines("v1/track", """{"anonymousId":"anon-2","event":"Clicked"}""");

        await Pipelines("v1/alias", """{"userId":"new","previousId":"old"}""");
        await Pipelines("v1/alias", """{"userId":"new","previousId":"anon-2"}""");

        Assert.Null(Emulator.FindPerson("old"));
        var person = Emulator.FindPerson("new")!;
        Assert.Equal(["a"], person.Attributes.Keys);
        Assert.Equal(["anon-2"], person.AnonymousIds);
        Assert.Equal(["Clicked"], Emulator.GetEvents("new").Select(e => e.Name));
    }

    [Fact]
    public async Task A_repeated_message_id_is_answered_200_and_ignored()
    {
        const string Body = """{"userId":"u1","event":"Paid","messageId":"dup-1"}""";

        var first = await Pipelines("v1/track", Body);
        var second = await Pipelines("v1/track", Body);
        var inBatch = await Pipelines("v1/batch", "{\"batch\":[" + Body.Replace("{", "{\"type\":\"track\",", StringComparison.Ordinal) + "]}");

        Assert.Equal([200, 200, 200], new[] { first.Status, second.Status, inBatch.Status });
        Assert.Single(Emulator.GetEvents("u1"));
        var counters = Emulator.GetCounters();
        Assert.Equal((2L, 3L), (counters.DuplicateMessages, counters.AcceptedByOperation["cdp.track"]));
    }

    [Fact]
    public async Task Message_ids_do_not_collide_with_track_event_ids()
    {
        await Post("api/v1/customers/u1/events", """{"name":"a","id":"same"}""");
        await Pipelines("v1/track", """{"userId":"u1","event":"b","messageId":"same"}""");

        Assert.Equal(["a", "b"], Emulator.GetEvents("u1").Select(e => e.Name));
        Assert.Equal(0, Emulator.GetCounters().DuplicateMessages);
    }

    [Fact]
    public async Task Batch_applies_every_call_type()
    {
        var answer = await Pipelines("v1/batch", """
            {"batch":[
              {"type":"identify","userId":"u1","traits":{"email":"u1@example.com"}},
              {"type":"track","userId":"u1","event":"E"},
              {"type":"page","userId":"u1","name":"P"},
              {"type":"screen","userId":"u1","name":"S"},
              {"type":"group","userId":"u1","groupId":"g"},
              {"type":"alias","userId":"u2","previousId":"u1"}
            ],"context":{"library":{"name":"test"}}}
            """);

        Assert.Equal(new Answer(200, "{}", null), answer);
        Assert.Equal("u1@example.com", Emulator.FindPerson("u2")!.Email);
        Assert.Equal(["E", "P", "S"], Emulator.GetEvents("u2").Select(e => e.Name));
        Assert.Equal(
            new Dictionary<string, long> { ["cdp.alias"] = 1, ["cdp.group"] = 1, ["cdp.identify"] = 1, ["cdp.page"] = 1, ["cdp.screen"] = 1, ["cdp.track"] = 1 },
            Emulator.GetCounters().AcceptedByOperation);
    }

    [Fact]
    public async Task Sink_mode_counts_without_keeping_state()
    {
        await using var sink = await CustomerIOEmulator.StartAsync(new CustomerIOEmulatorOptions { SinkMode = true });
        using var client = new HttpClient { BaseAddress = sink.PipelinesUri };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Basic(sink.PipelinesWriteKey, string.Empty));

        await Send(client, HttpMethod.Post, "v1/identify", """{"userId":"u1","messageId":"m"}""");
        await Send(client, HttpMethod.Post, "v1/identify", """{"userId":"u1","messageId":"m"}""");

        Assert.Empty(sink.GetPeople());
        Assert.Equal((2L, 1L), (sink.GetCounters().AcceptedByOperation["cdp.identify"], sink.GetCounters().DuplicateMessages));
    }
}
