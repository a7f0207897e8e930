namespace CustomerIO.Emulator.Tests.TrackV2;

public sealed class PersonOperationTests : EmulatorTest
{
    [Fact]
    public async Task Entity_identify_sets_attributes_subscriptions_and_relationships()
    {
        var answer = await Post("api/v2/entity", """
            {"type":"person","action":"identify","identifiers":{"id":"1"},
             "attributes":{"plan":"pro","email":"one@example.com","cio_subscription_preferences":{"topics":{"topic_3":true}}},
             "cio_relationships":[{"identifiers":{"object_type_id":"1","object_id":"acme"},"relationship_attributes":{"role":"owner"}}]}
            """);

        Assert.Equal(new Answer(200, "{}", null), answer);
        var person = Emulator.FindPerson("one@example.com")!;
        Assert.Equal(("1", "pro"), (person.Id, person.Attributes["plan"].GetString()));
        Assert.True(person.SubscriptionTopics["topic_3"]);
        Assert.Equal("acme", Assert.Single(person.Relationships).ObjectId);
    }

    [Fact]
    public async Task Identify_by_email_phone_and_cio_id()
    {
        await Batch(
            """{"type":"person","action":"identify","identifiers":{"email":"e@example.com"},"attributes":{"a":1}}""",
            """{"type":"person","action":"identify","identifiers":{"phone":"+15551234567"},"attributes":{"b":2}}""");
        var cioId = Emulator.FindPerson("e@example.com")!.CioId;

        await Batch("""{"type":"person","action":"identify","identifiers":{"cio_id":"%CIO%"},"attributes":{"c":3}}""".Replace("%CIO%", cioId, StringComparison.Ordinal));
        await Batch("""{"type":"person","action":"identify","identifiers":{"cio_id":"unknown"},"attributes":{"c":3}}""");

        var people = Emulator.GetPeople();
        Assert.Equal(2, people.Count);
        Assert.Equal(["a", "c"], Emulator.FindPerson("e@example.com")!.Attributes.Keys);
        Assert.Equal("+15551234567", people.Single(p => p.Phone is not null).Phone);
        Assert.Equal(1, Emulator.GetCounters().IgnoredByReason["unknown_cio_id"]);
    }

    [Fact]
    public async Task Update_only_identify_never_creates()
    {
        await Batch("""{"type":"person","action":"identify","identifiers":{"id":"1"},"attributes":{"_update":true,"a":1}}""");

        Assert.Empty(Emulator.GetPeople());
    }

    [Fact]
    public async Task Events_pages_and_screens_carry_attributes_as_data()
    {
        var answer = await Batch(
            """{"type":"person","action":"event","identifiers":{"id":"1"},"name":"bought","id":"01HZY00000000000000000000A","timestamp":1700000000,"attributes":{"sku":"x"}}""",
            """{"type":"person","action":"page","identifiers":{"id":"1"},"name":"/home"}""",
            """{"type":"person","action":"screen","identifiers":{"id":"1"},"name":"Cart"}""");

        Assert.Equal(new Answer(200, "{}", null), answer);
        var events = Emulator.GetEvents("1");
        Assert.Equal([("bought", "event"), ("/home", "page"), ("Cart", "screen")], events.Select(e => (e.Name, e.Type)));
        Assert.Equal("""{"sku":"x"}""", events[0].Data!.Value.GetRawText());
        Assert.Equal(1700000000, events[0].Timestamp);
        Assert.Equal(new Dictionary<string, long> { ["person.event"] = 1, ["person.page"] = 1, ["person.screen"] = 1 }, Emulator.GetCounters().AcceptedByOperation);
    }

    [Fact]
    public async Task Duplicate_event_ids_within_and_across_batches_are_ignored()
    {
        const string Op = """{"type":"person","action":"event","identifiers":{"id":"1"},"name":"e","id":"01HZY00000000000000000000B"}""";
        Assert.Equal(200, (await Batch(Op, Op)).Status);
        Assert.Equal(200, (await Batch(Op)).Status);

        Assert.Single(Emulator.GetEvents());
        Assert.Equal(2, Emulator.GetCounters().DuplicateEvents);
    }

    [Fact]
    public async Task Anonymous_v2_event_merges_on_identify_with_anonymous_id()
    {
        await Batch("""{"type":"person","action":"event","anonymous_id":"anon-9","name":"landing"}""");
        await Batch("""{"type":"person","action":"identify","identifiers":{"id":"9"},"attributes":{"anonymous_id":"anon-9"}}""");

        Assert.Equal("landing", Assert.Single(Emulator.GetEvents("9")).Name);
    }

    [Fact]
    public async Task Delete_suppress_and_unsuppress()
    {
        await Batch("""{"type":"person","action":"identify","identifiers":{"id":"1"}}""", """{"type":"person","action":"identify","identifiers":{"id":"2"}}""");

        await Batch("""{"type":"person","action":"delete","identifiers":{"id":"1"}}""", """{"type":"person","action":"suppress","identifiers":{"id":"2"}}""");
        Assert.Empty(Emulator.GetPeople());
        await Batch("""{"type":"person","action":"identify","identifiers":{"id":"1"}}""", """{"type":"person","action":"identify","identifiers":{"id":"2"}}""");
        Assert.Equal(["1"], Emulator.GetPeople().Select(p => p.Id));

        await Batch("""{"type":"person","action":"unsuppress","identifiers":{"id":"2"}}""", """{"type":"person","action":"identify","identifiers":{"id":"2"}}""");
        Assert.Equal(["1", "2"], Emulator.GetPeople().Select(p => p.Id).Order());
    }

    [Fact]
    public async Task Add_and_delete_device_with_token()
    {
        await Batch("""{"type":"person","action":"add_device","identifiers":{"id":"1"},"device":{"token":"tok","platform":"android","last_used":5,"attributes":{"device_os":"14"}}}""");
        var device = Assert.Single(Emulator.GetDevices("1"));
        Assert.Equal(("tok", "android", (long?)5), (device.Token, device.Platform, device.LastUsed));

        await Batch("""{"type":"person","action":"delete_device","identifiers":{"id":"1"},"device":{"token":"tok"}}""");
        Assert.Empty(Emulator.GetDevices("1"));
    }

    [Fact]
    public async Task Add_and_delete_relationships()
    {
        await Batch("""{"type":"person","action":"add_relationships","identifiers":{"id":"1"},"cio_relationships":[{"identifiers":{"object_type_id":"2","object_id":"team"}}]}""");
        Assert.Equal(("2", "team"), Emulator.FindPerson("1")!.Relationships.Select(r => (r.ObjectTypeId, r.ObjectId)).Single());

        await Batch("""{"type":"person","action":"delete_relationships","identifiers":{"id":"1"},"cio_relationships":[{"identifiers":{"object_type_id":"2","object_id":"team"}}]}""");
        Assert.Empty(Emulator.FindPerson("1")!.Relationships);
    }

    [Fact]
    public async Task Merge_without_identifiers_key()
    {
        await Batch(
            """{"type":"person","action":"identify","identifiers":{"id":"p"},"attributes":{"x":1}}""",
            """{"type":"person","action":"event","identifiers":{"id":"s"},"name":"e"}""");

        var answer = await Batch("""{"type":"person","action":"merge","primary":{"id":"p"},"secondary":{"id":"s"}}""");

        Assert.Equal(200, answer.Status);
        var person = Assert.Single(Emulator.GetPeople());
        Assert.Equal(("p", 1L), (person.Id, person.EventCount));
    }
}
