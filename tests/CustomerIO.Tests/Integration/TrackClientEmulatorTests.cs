using System.Text.Json;
using CustomerIO.Emulator;
using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration;

/// <summary>Every Track v1 operation, sent by the SDK over loopback HTTP, and its effect on the emulator's state.</summary>
public sealed class TrackClientEmulatorTests : EmulatorTestBase
{
    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    [Fact]
    public async Task Identify_creates_then_updates_a_person_with_reserved_attributes()
    {
        await Client.IdentifyAsync("user-1", new Dictionary<string, object?> { ["email"] = "ada@example.com", ["plan"] = "free" },
            new IdentifyOptions { CreatedAt = DateTimeOffset.FromUnixTimeSeconds(1700000000), TopicPreferences = new Dictionary<int, bool> { [3] = true } });
        await Client.IdentifyAsync("user-1", new Dictionary<string, object?> { ["plan"] = "pro", ["seats"] = 5 });

        var person = Person("user-1");
        Assert.Equal("user-1", person.Id);
        Assert.Equal("ada@example.com", person.Email);
        Assert.Equal("pro", Text(person.Attributes["plan"]));
        Assert.Equal("5", Text(person.Attributes["seats"]));
        Assert.Equal("1700000000", Text(person.Attributes["created_at"]));
        Assert.True(person.SubscriptionTopics["topic_3"]);
        Assert.Single(Emulator.GetPeople());
    }

    [Fact]
    public async Task Update_only_identify_does_not_create_a_person()
    {
        await Client.IdentifyAsync("ghost", new Dictionary<string, object?> { ["a"] = 1 }, new IdentifyOptions { UpdateOnly = true });

        Assert.Null(Emulator.FindPerson("ghost"));
    }

    [Fact]
    public async Task Identifiers_with_reserved_characters_arrive_intact()
    {
        const string id = "team/α b+c";
        await Client.IdentifyAsync(id, new Dictionary<string, object?> { ["x"] = "y" });

        Assert.Equal(id, Person(id).Id);
    }

    [Fact]
    public async Task Delete_removes_the_person_and_suppress_blocks_the_identifier_until_unsuppressed()
    {
        await Client.IdentifyAsync("gone", new Dictionary<string, object?> { ["a"] = 1 });
        await Client.DeletePersonAsync("gone");
        Assert.Null(Emulator.FindPerson("gone"));

        await Client.IdentifyAsync("blocked", new Dictionary<string, object?> { ["a"] = 1 });
        await Client.SuppressAsync("blocked");
        Assert.Null(Emulator.FindPerson("blocked"));
        Assert.Contains("blocked", Emulator.GetSuppressedIdentifiers());

        await Client.UnsuppressAsync("blocked");
        Assert.DoesNotContain("blocked", Emulator.GetSuppressedIdentifiers());
    }

    [Fact]
    public async Task Events_page_and_screen_views_are_stored_with_their_ulid_ids_and_data()
    {
        await Client.IdentifyAsync("user-2", new Dictionary<string, object?> { ["email"] = "bo@example.com" });
        await Client.TrackAsync("user-2", "purchase", new Dictionary<string, object?> { ["total"] = 12.5 }, new EventOptions { Timestamp = DateTimeOffset.FromUnixTimeSeconds(1700000100) });
        await Client.TrackPageViewAsync("user-2", "https://example.com/pricing");
        await Client.TrackScreenViewAsync("user-2", "Settings");

        var events = Emulator.GetEvents("user-2");
        Assert.Equal(["purchase", "https://example.com/pricing", "Settings"], events.Select(e => e.Name));
        Assert.Equal(["event", "page", "screen"], events.Select(e => e.Type));
        Assert.All(events, e => Assert.Matches(TestTrackClient.Ulid, e.Id));
        Assert.Equal(1700000100, events[0].Timestamp);
        Assert.Equal("""{"total":12.5}""", events[0].Data!.Value.GetRawText());
    }

    [Fact]
    public async Task A_repeated_event_id_is_accepted_once_and_counted_as_a_duplicate()
    {
        var options = new EventOptions { Id = EventIds.NewId() };
        await Client.TrackAsync("user-3", "signup", options: options);
        await Client.TrackAsync("user-3", "signup", options: options);

        Assert.Single(Emulator.GetEvents("user-3"));
        Assert.Equal(1, Emulator.GetCounters().DuplicateEvents);
    }

    [Fact]
    public async Task Anonymous_events_join_the_person_identified_later_with_the_same_anonymous_id()
    {
        await Client.TrackAnonymousAsync("anon-77", "viewed_pricing");
        await Client.IdentifyAsync("user-4", new Dictionary<string, object?> { ["anonymous_id"] = "anon-77" });

        var e = Assert.Single(Emulator.GetEvents("user-4"));
        Assert.Equal("viewed_pricing", e.Name);
        Assert.Equal("anon-77", e.AnonymousId);
    }

    [Fact]
    public async Task An_invite_event_carries_its_recipient()
    {
        await Client.TrackInviteAsync("invited", "friend@example.com", new Dictionary<string, object?> { ["from"] = "ada" });

        var e = Assert.Single(Emulator.GetEvents());
        Assert.Equal("invited", e.Name);
        Assert.Null(e.AnonymousId);
        Assert.Equal("""{"recipient":"friend@example.com","from":"ada"}""", e.Data!.Value.GetRawText());
    }

    [Fact]
    public async Task Devices_are_added_updated_and_removed()
    {
        await Client.IdentifyAsync("user-5", new Dictionary<string, object?> { ["a"] = 1 });
        await Client.AddDeviceAsync("user-5", new Device("tok-1", DevicePlatform.Ios) { AppVersion = "3.1", PushEnabled = true, LastUsed = DateTimeOffset.FromUnixTimeSeconds(1700000200) });
        await Client.AddDeviceAsync("user-5", new Device("tok-2", DevicePlatform.Android));

        var devices = Emulator.GetDevices("user-5");
        Assert.Equal(["tok-1", "tok-2"], devices.Select(d => d.Token).Order());
        var ios = devices.Single(d => d.Token == "tok-1");
        Assert.Equal("ios", ios.Platform);
        Assert.Equal(1700000200, ios.LastUsed);
        Assert.Equal("""{"app_version":"3.1","push_enabled":"true"}""", ios.Attributes!.Value.GetRawText());

        await Client.DeleteDeviceAsync("user-5", "tok-1");
        Assert.Equal(["tok-2"], Emulator.GetDevices("user-5").Select(d => d.Token));
    }

    [Fact]
    public async Task Merging_moves_attributes_events_and_devices_to_the_primary_and_removes_the_secondary()
    {
        await Client.IdentifyAsync("primary", new Dictionary<string, object?> { ["plan"] = "pro" });
        await Client.IdentifyAsync("secondary", new Dictionary<string, object?> { ["email"] = "sec@example.com", ["color"] = "blue" });
        await Client.TrackAsync("secondary", "clicked");
        await Client.AddDeviceAsync("secondary", new Device("tok-9", DevicePlatform.Android));

        await Client.MergePeopleAsync("primary", PersonIdentifier.Email("sec@example.com"));

        Assert.Null(Emulator.FindPerson("secondary"));
        var primary = Person("primary");
        Assert.Equal("blue", Text(primary.Attributes["color"]));
        Assert.Equal("pro", Text(primary.Attributes["plan"]));
        Assert.Equal(["clicked"], Emulator.GetEvents("primary").Select(e => e.Name));
        Assert.Equal(["tok-9"], Emulator.GetDevices("primary").Select(d => d.Token));
    }

    [Fact]
    public async Task Manual_segment_membership_follows_add_and_remove()
    {
        await Client.IdentifyAsync("s1", new Dictionary<string, object?> { ["email"] = "s1@example.com" });
        await Client.IdentifyAsync("s2", new Dictionary<string, object?> { ["email"] = "s2@example.com" });

        await Client.AddToSegmentAsync(7, ["s1", "s2"]);
        await Client.RemoveFromSegmentAsync(7, ["s2@example.com"], IdentifierKind.Email);

        Assert.Equal(["7"], Person("s1").Segments);
        Assert.Empty(Person("s2").Segments);
    }

    [Fact]
    public async Task Metrics_forms_unsubscribes_and_the_region_lookup_reach_the_emulator()
    {
        await Client.TrackMetricAsync(new DeliveryMetric("dlv-1", MetricName.Clicked) { Href = "https://example.com/x" });
        await Client.TrackPushMetricAsync("dlv-2", MetricName.Opened, "tok-3");
        await Client.SubmitFormAsync("newsletter", new Dictionary<string, string> { ["email"] = "f@example.com", ["name"] = "F" });
        await Client.UnsubscribeAsync("dlv-1");
        var region = await Client.GetRegionAsync();

        // The emulator records the unsubscribe as the delivery's "unsubscribed" metric.
        Assert.Equal(["clicked", "opened", "unsubscribed"], Emulator.GetDeliveryMetrics().Select(m => m.Metric));
        Assert.Equal("newsletter", Assert.Single(Emulator.GetFormSubmissions()).FormId);
        Assert.Equal("us", region.Region);
        Assert.Equal(1, region.EnvironmentId);
        Assert.Contains(Emulator.GetReceivedRequests(), r => r.Path == "/unsubscribe/dlv-1" && r.Status == 200);
    }

    [Fact]
    public async Task Wrong_credentials_are_an_authentication_exception()
    {
        var client = CreateClient(apiKey: "wrong-key");

        var error = await Assert.ThrowsAsync<CustomerIOAuthenticationException>(() => client.IdentifyAsync("x"));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.DoesNotContain("wrong-key", error.ToString(), StringComparison.Ordinal);
    }
}
