namespace CustomerIO.Emulator.Tests.TrackV1;

public sealed class EventTests : EmulatorTest
{
    [Fact]
    public async Task Event_is_stored_with_type_timestamp_and_data_and_creates_the_person()
    {
        var answer = await Post("api/v1/customers/42/events", """{"name":"purchase","id":"01HZY0000000000000000000AA","timestamp":1700000000,"data":{"price":9.5}}""");

        Assert.Equal(new Answer(200, "{}", null), answer);
        var stored = Assert.Single(Emulator.GetEvents("42"));
        Assert.Equal(("purchase", "01HZY0000000000000000000AA", "event", (long?)1700000000), (stored.Name, stored.Id, stored.Type, stored.Timestamp));
        Assert.Equal("""{"price":9.5}""", stored.Data!.Value.GetRawText());
        Assert.Equal(1, Emulator.FindPerson("42")!.EventCount);
    }

    [Fact]
    public async Task Page_and_screen_types_are_kept()
    {
        await Post("api/v1/customers/1/events", """{"type":"page","name":"/pricing"}""");
        await Post("api/v1/customers/1/events", """{"type":"screen","name":"Home"}""");

        Assert.Equal(["page", "screen"], Emulator.GetEvents("1").Select(e => e.Type));
        Assert.Equal(new Answer(400, """{"meta":{"errors":["type must be event, page or screen"]}}""", null), await Post("api/v1/customers/1/events", """{"type":"click","name":"x"}"""));
    }

    [Fact]
    public async Task Repeated_event_id_is_accepted_and_ignored()
    {
        const string Body = """{"name":"purchase","id":"01HZY0000000000000000000AB"}""";
        Assert.Equal(200, (await Post("api/v1/customers/1/events", Body)).Status);
        Assert.Equal(200, (await Post("api/v1/customers/1/events", Body)).Status);
        Assert.Equal(200, (await Post("api/v1/customers/2/events", Body)).Status);

        Assert.Single(Emulator.GetEvents());
        var counters = Emulator.GetCounters();
        Assert.Equal(2, counters.DuplicateEvents);
        Assert.Equal(3, counters.AcceptedOperations);
        Assert.Equal(1, counters.EventsReceived);
    }

    [Fact]
    public async Task Events_without_id_are_never_deduplicated()
    {
        await Post("api/v1/customers/1/events", """{"name":"x"}""");
        await Post("api/v1/customers/1/events", """{"name":"x"}""");

        Assert.Equal(2, Emulator.GetEvents("1").Count);
    }

    [Fact]
    public async Task Anonymous_events_merge_into_the_person_identified_with_the_anonymous_id()
    {
        await Post("api/v1/events", """{"anonymous_id":"anon-1","name":"viewed"}""");
        await Post("api/v1/events", """{"anonymous_id":"anon-2","name":"other"}""");
        Assert.Null(Emulator.GetEvents()[0].PersonCioId);

        await Put("api/v1/customers/7", """{"anonymous_id":"anon-1"}""");

        var person = Emulator.FindPerson("7")!;
        var mine = Assert.Single(Emulator.GetEvents("7"));
        Assert.Equal(("viewed", "anon-1", person.CioId), (mine.Name, mine.AnonymousId, mine.PersonCioId));
        Assert.Equal(["anon-1"], person.AnonymousIds);
        Assert.Equal(1, person.EventCount);
        Assert.DoesNotContain("anonymous_id", person.Attributes.Keys);
    }

    [Fact]
    public async Task Anonymous_invite_event_without_anonymous_id_is_accepted()
    {
        Assert.Equal(200, (await Post("api/v1/events", """{"name":"invite","data":{"recipient":"friend@example.com"}}""")).Status);

        var invite = Assert.Single(Emulator.GetEvents());
        Assert.Null(invite.AnonymousId);
        Assert.Equal("friend@example.com", invite.Data!.Value.GetProperty("recipient").GetString());
    }

    [Fact]
    public async Task Malformed_json_and_non_object_bodies_are_400()
    {
        var malformed = await Post("api/v1/customers/1/events", """{"name":""");
        Assert.Equal(400, malformed.Status);
        Assert.StartsWith("""{"meta":{"errors":["the request body is not valid JSON: """, malformed.Body, StringComparison.Ordinal);

        Assert.Equal(new Answer(400, """{"meta":{"errors":["body must be a JSON object"]}}""", null), await Post("api/v1/customers/1/events", "[1]"));
        Assert.Equal(new Answer(400, """{"meta":{"errors":["body is required"]}}""", null), await Post("api/v1/customers/1/events", ""));
        Assert.Equal(new Answer(400, """{"meta":{"errors":["data must be a JSON object"]}}""", null), await Post("api/v1/customers/1/events", """{"name":"x","data":[1]}"""));
        Assert.Equal(new Answer(400, """{"meta":{"errors":["timestamp must be a number (unix seconds)"]}}""", null), await Post("api/v1/customers/1/events", """{"name":"x","timestamp":"soon"}"""));
        Assert.Empty(Emulator.GetEvents());
    }

    [Fact]
    public async Task Bodies_over_one_megabyte_are_413_in_the_v1_shape()
    {
        var body = "{\"name\":\"x\",\"data\":" + Payloads.ObjectOfSize(1_048_577 - 20) + "}";
        Assert.Equal(1_048_577, Payloads.Utf8(body));

        var answer = await Post("api/v1/customers/1/events", body);

        Assert.Equal(new Answer(413, """{"meta":{"errors":["the request body must be at most 1048576 bytes"]}}""", null), answer);
    }
}
