namespace CustomerIO.Emulator.Tests.TrackV1;

public sealed class CustomerTests : EmulatorTest
{
    [Fact]
    public async Task Identify_creates_person_with_attributes_and_email_index()
    {
        var answer = await Put("api/v1/customers/42", """{"email":"ada@example.com","plan":"pro","created_at":1700000000,"unsubscribed":false,"nested":{"a":[1,2]}}""");

        Assert.Equal(new Answer(200, "{}", null), answer);
        var person = Assert.Single(Emulator.GetPeople());
        Assert.Equal("42", person.Id);
        Assert.Equal("ada@example.com", person.Email);
        Assert.Equal(["created_at", "nested", "plan", "unsubscribed"], person.Attributes.Keys);
        Assert.Equal("pro", person.Attributes["plan"].GetString());
        Assert.Equal(1700000000, person.Attributes["created_at"].GetInt64());
        Assert.Equal("""{"a":[1,2]}""", person.Attributes["nested"].GetRawText());
        Assert.Same(person.CioId, Emulator.FindPerson("ada@example.com")!.CioId);
        Assert.Equal("42", Emulator.FindPerson("cio_" + person.CioId)!.Id);
    }

    [Fact]
    public async Task Identify_updates_and_removes_attributes_with_null_or_empty_string()
    {
        await Put("api/v1/customers/42", """{"a":"1","b":"2","c":"3"}""");
        await Put("api/v1/customers/42", """{"a":"changed","b":null,"c":""}""");

        var person = Emulator.FindPerson("42")!;
        Assert.Equal(["a"], person.Attributes.Keys);
        Assert.Equal("changed", person.Attributes["a"].GetString());
    }

    [Fact]
    public async Task Identify_by_email_path_creates_person_by_email()
    {
        await Put("api/v1/customers/grace%40example.com", """{"plan":"free"}""");

        var person = Assert.Single(Emulator.GetPeople());
        Assert.Null(person.Id);
        Assert.Equal("grace@example.com", person.Email);
    }

    [Fact]
    public async Task Path_identifiers_are_percent_decoded_once_including_slash_and_space()
    {
        Assert.Equal(200, (await Put("api/v1/customers/a%2Fb%20c%25d", "{}")).Status);

        Assert.Equal("a/b c%d", Assert.Single(Emulator.GetPeople()).Id);
    }

    [Fact]
    public async Task Update_only_does_not_create_but_updates_existing()
    {
        await Put("api/v1/customers/1", """{"_update":true,"plan":"x"}""");
        Assert.Empty(Emulator.GetPeople());
        Assert.Equal(1, Emulator.GetCounters().IgnoredByReason["update_only_missing"]);

        await Put("api/v1/customers/1", """{"plan":"a"}""");
        await Put("api/v1/customers/1", """{"_update":true,"plan":"b"}""");
        Assert.Equal("b", Emulator.FindPerson("1")!.Attributes["plan"].GetString());
    }

    [Fact]
    public async Task Older_timestamp_is_ignored()
    {
        await Put("api/v1/customers/1", """{"_timestamp":200,"plan":"new"}""");
        var answer = await Put("api/v1/customers/1", """{"_timestamp":100,"plan":"old"}""");

        Assert.Equal(200, answer.Status);
        var person = Emulator.FindPerson("1")!;
        Assert.Equal("new", person.Attributes["plan"].GetString());
        Assert.DoesNotContain("_timestamp", person.Attributes.Keys);
        Assert.Equal(1, Emulator.GetCounters().IgnoredByReason["stale_timestamp"]);
    }

    [Fact]
    public async Task Subscription_preferences_and_relationships_are_applied()
    {
        await Put("api/v1/customers/1", """
            {"cio_subscription_preferences":{"topics":{"topic_1":true,"topic_2":false}},
             "cio_relationships":{"action":"add_relationships","relationships":[{"identifiers":{"object_type_id":"1","object_id":"acme"},"relationship_attributes":{"role":"admin"}}]}}
            """);

        var person = Emulator.FindPerson("1")!;
        Assert.Equal(new Dictionary<string, bool> { ["topic_1"] = true, ["topic_2"] = false }, person.SubscriptionTopics);
        var relationship = Assert.Single(person.Relationships);
        Assert.Equal(("1", "acme", """{"role":"admin"}"""), (relationship.ObjectTypeId, relationship.ObjectId, relationship.Attributes!.Value.GetRawText()));
        Assert.Equal("acme", Assert.Single(Emulator.GetObjects()).ObjectId);

        await Put("api/v1/customers/1", """{"cio_relationships":{"action":"delete_relationships","relationships":[{"identifiers":{"object_type_id":"1","object_id":"acme"}}]}}""");
        Assert.Empty(Emulator.FindPerson("1")!.Relationships);
    }

    [Fact]
    public async Task Changing_id_requires_cio_id_addressing()
    {
        await Put("api/v1/customers/old", "{}");
        var cioId = Emulator.FindPerson("old")!.CioId;

        await Put("api/v1/customers/old", """{"id":"ignored"}""");
        Assert.NotNull(Emulator.FindPerson("old"));

        await Put("api/v1/customers/cio_" + cioId, """{"id":"new","email":"n@example.com"}""");
        Assert.Null(Emulator.FindPerson("old"));
        var person = Emulator.FindPerson("new")!;
        Assert.Equal((cioId, "n@example.com"), (person.CioId, person.Email));
    }

    [Fact]
    public async Task Delete_removes_person_and_new_data_recreates_them()
    {
        await Put("api/v1/customers/1", """{"a":1}""");
        Assert.Equal(new Answer(200, "{}", null), await Delete("api/v1/customers/1"));
        Assert.Empty(Emulator.GetPeople());

        await Put("api/v1/customers/1", "{}");
        Assert.Empty(Emulator.FindPerson("1")!.Attributes);
    }

    [Fact]
    public async Task Suppress_deletes_and_blocks_until_unsuppressed()
    {
        await Put("api/v1/customers/1", """{"email":"s@example.com"}""");
        Assert.Equal(200, (await Post("api/v1/customers/1/suppress")).Status);
        Assert.Empty(Emulator.GetPeople());
        Assert.Contains("s@example.com", Emulator.GetSuppressedIdentifiers());

        Assert.Equal(200, (await Put("api/v1/customers/1", """{"a":1}""")).Status);
        Assert.Equal(200, (await Post("api/v1/customers/s%40example.com/events", """{"name":"x"}""")).Status);
        Assert.Empty(Emulator.GetPeople());
        Assert.Equal(2, Emulator.GetCounters().IgnoredByReason["suppressed"]);

        Assert.Equal(200, (await Post("api/v1/customers/1/unsuppress")).Status);
        Assert.Empty(Emulator.GetSuppressedIdentifiers());
        await Put("api/v1/customers/1", """{"a":1}""");
        Assert.Empty(Assert.Single(Emulator.GetPeople()).Devices);
    }

    [Fact]
    public async Task Devices_are_added_updated_moved_and_deleted()
    {
        var answer = await Put("api/v1/customers/1/devices", """{"device":{"id":"tok-1","platform":"ios","last_used":1700000000,"attributes":{"app_version":"1.2","push_enabled":"true"}}}""");
        Assert.Equal(new Answer(200, "{}", null), answer);
        var device = Assert.Single(Emulator.GetDevices("1"));
        Assert.Equal(("tok-1", "ios", (long?)1700000000), (device.Token, device.Platform, device.LastUsed));
        Assert.Equal("1.2", device.Attributes!.Value.GetProperty("app_version").GetString());

        await Put("api/v1/customers/2/devices", """{"device":{"id":"tok-1","platform":"android"}}""");
        Assert.Empty(Emulator.GetDevices("1"));
        Assert.Equal("android", Assert.Single(Emulator.GetDevices("2")).Platform);

        Assert.Equal(200, (await Delete("api/v1/customers/2/devices/tok-1")).Status);
        Assert.Empty(Emulator.GetDevices());
    }

    [Fact]
    public async Task Device_errors_name_the_missing_field()
    {
        Assert.Equal(new Answer(400, """{"meta":{"errors":["device is required"]}}""", null), await Put("api/v1/customers/1/devices", "{}"));
        Assert.Equal(new Answer(400, """{"meta":{"errors":["device.id is required"]}}""", null), await Put("api/v1/customers/1/devices", """{"device":{"platform":"ios"}}"""));
        Assert.Equal(new Answer(400, """{"meta":{"errors":["device.platform is required"]}}""", null), await Put("api/v1/customers/1/devices", """{"device":{"id":"t"}}"""));
        Assert.Equal(new Answer(400, """{"meta":{"errors":["device.platform must be ios or android"]}}""", null), await Put("api/v1/customers/1/devices", """{"device":{"id":"t","platform":"web"}}"""));
    }

    [Fact]
    public async Task Merge_moves_attributes_events_and_devices_to_primary()
    {
        await Put("api/v1/customers/p", """{"plan":"primary"}""");
        await Put("api/v1/customers/s", """{"plan":"secondary","only_secondary":true,"email":"s@example.com"}""");
        await Post("api/v1/customers/s/events", """{"name":"from_secondary"}""");
        await Put("api/v1/customers/s/devices", """{"device":{"id":"tok","platform":"ios"}}""");

        var answer = await Post("api/v1/merge_customers", """{"primary":{"id":"p"},"secondary":{"email":"s@example.com"}}""");

        Assert.Equal(new Answer(200, "{}", null), answer);
        var primary = Assert.Single(Emulator.GetPeople());
        Assert.Equal("p", primary.Id);
        Assert.Equal("primary", primary.Attributes["plan"].GetString());
        Assert.True(primary.Attributes["only_secondary"].GetBoolean());
        Assert.Equal("tok", Assert.Single(primary.Devices).Token);
        Assert.Equal(1, primary.EventCount);
        Assert.Equal(primary.CioId, Assert.Single(Emulator.GetEvents("p")).PersonCioId);
        Assert.Null(Emulator.FindPerson("s"));
    }

    [Fact]
    public async Task Merge_needs_exactly_one_identifier_on_each_side()
    {
        Assert.Equal(
            new Answer(400, """{"meta":{"error":"primary must hold exactly one of id, email, phone, cio_id"}}""", null),
            await Post("api/v1/merge_customers", """{"primary":{"id":"a","email":"b@c.d"},"secondary":{"id":"s"}}"""));
        Assert.Equal(
            new Answer(400, """{"meta":{"error":"secondary is required"}}""", null),
            await Post("api/v1/merge_customers", """{"primary":{"id":"a"}}"""));
    }
}
