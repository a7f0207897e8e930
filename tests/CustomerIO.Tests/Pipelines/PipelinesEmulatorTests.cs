using CustomerIO.Pipelines;

namespace CustomerIO.Tests.Pipelines;

/// <summary>The client against the emulator over loopback: every call and semantic event applied, strict and permissive answers, de-duplication.</summary>
public sealed class PipelinesEmulatorTests : PipelinesEmulatorTestBase
{
    [Fact]
    public async Task Identify_track_page_screen_group_and_alias_reach_people_events_and_objects()
    {
        await Client.IdentifyAsync("u1", new Dictionary<string, object?> { ["email"] = "u1@example.com", ["plan"] = "pro" });
        await Client.TrackAsync("u1", "Order Completed", new Dictionary<string, object?> { ["total"] = 12 });
        await Client.PageAsync("u1", "Pricing");
        await Client.ScreenAsync(PipelinesUser.Anonymous("v9"), "Cart");
        await Client.SendAsync(PipelinesMessage.Object("u1", "acme", "2", new Dictionary<string, object?> { ["name"] = "Acme" }, new Dictionary<string, object?> { ["role"] = "admin" }));
        await Client.IdentifyAsync("u2");
        await Client.AliasAsync("u1", "u2");

        var person = Emulator.FindPerson("u1")!;
        Assert.Equal("u1@example.com", person.Email);
        Assert.Equal("\"pro\"", person.Attributes["plan"].GetRawText());
        Assert.Equal(["Order Completed", "Pricing", "Cart"], Emulator.GetEvents().Select(e => e.Name));
        var obj = Assert.Single(Emulator.GetObjects());
        Assert.Equal(("2", "acme", "\"Acme\""), (obj.ObjectTypeId, obj.ObjectId, obj.Attributes["name"].GetRawText()));
        var relationship = Assert.Single(person.Relationships);
        Assert.Equal("\"admin\"", relationship.Attributes!.Value.GetProperty("role").GetRawText());
        Assert.Null(Emulator.FindPerson("u2"));
        var received = Emulator.GetPipelinesMessages();
        Assert.Equal(["identify", "track", "page", "screen", "group", "identify", "alias"], received.Select(m => m.Type));
        Assert.All(received, m => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", m.SentAt!));
        Assert.All(received, m => Assert.Equal("CustomerIO-DotNet", m.Body.GetProperty("context").GetProperty("library").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Semantic_events_act_on_people_devices_objects_relationships_and_metrics()
    {
        await Client.IdentifyAsync("u1", new Dictionary<string, object?> { ["email"] = "u1@example.com" });
        await Client.SendAsync(PipelinesSemanticEvents.DeviceCreatedOrUpdated("u1", "tok-1", PipelinesDeviceType.Ios));
        await Client.SendAsync(PipelinesSemanticEvents.DeviceCreatedOrUpdated("u1", "tok-2", PipelinesDeviceType.Android));
        await Client.SendAsync(PipelinesSemanticEvents.DeviceDeleted("u1", "tok-1"));
        await Client.SendAsync(PipelinesMessage.Object("u1", "acme", "1"));
        await Client.SendAsync(PipelinesMessage.Object("u1", "beta", "1"));
        await Client.SendAsync(PipelinesSemanticEvents.RelationshipDeleted("u1", "beta", 1));
        await Client.SendAsync(PipelinesSemanticEvents.ObjectDeleted("anon-ops", "acme", 1));
        await Client.SendAsync(PipelinesSemanticEvents.ReportDeliveryEvent("dlv-1", PipelinesDeliveryMetric.Opened, new PipelinesDeliveryReport { Recipient = "u1@example.com" }));
        await Client.SendAsync(PipelinesSemanticEvents.ReportContentEvent(PipelinesContentAction.ViewedContent, 5, 6));
        var devices = Emulator.GetDevices("u1").Select(d => (d.Token, d.Platform)).ToArray();
        var relationships = Emulator.FindPerson("u1")!.Relationships.Select(r => r.ObjectId).ToArray();
        await Client.SendAsync(PipelinesSemanticEvents.UserSuppressed("u1"));
        var suppressed = Emulator.GetSuppressedIdentifiers();
        await Client.SendAsync(PipelinesSemanticEvents.UserUnsuppressed("u1"));
        await Client.IdentifyAsync("u3");
        await Client.SendAsync(PipelinesSemanticEvents.UserDeleted("u3"));

        Assert.Equal([("tok-2", "android")], devices);
        Assert.Empty(relationships);
        Assert.Equal(["beta"], Emulator.GetObjects().Select(o => o.ObjectId));
        var metric = Assert.Single(Emulator.GetDeliveryMetrics());
        Assert.Equal(("pipelines", "dlv-1", "opened", "u1@example.com"), (metric.Source, metric.DeliveryId, metric.Metric, metric.Recipient));
        Assert.Contains("u1", suppressed);
        Assert.Empty(Emulator.GetSuppressedIdentifiers());
        Assert.Null(Emulator.FindPerson("u3"));
        Assert.Empty(Emulator.GetEvents());
        Assert.Contains(Emulator.GetPipelinesMessages(), m => m.Event == "Report Content Event");
    }

    [Fact]
    public async Task Typed_contexts_of_both_shapes_and_a_batch_context_are_accepted_in_strict_mode()
    {
        await Client.PageAsync("u1", "Pricing", null, new PipelinesMessageOptions { Context = PipelinesContextSamples.Web });
        await Client.ScreenAsync("u1", "Basket", null, new PipelinesMessageOptions { Context = PipelinesContextSamples.Mobile });
        await Client.SendBatchAsync(
            [PipelinesMessage.Track("u1", "Checked Out"), PipelinesSemanticEvents.DeviceCreatedOrUpdated("u1", "tok-1", PipelinesDeviceType.Ios)],
            PipelinesContextSamples.Mobile,
            new Dictionary<string, bool> { ["All"] = true });

        var received = Emulator.GetPipelinesMessages();
        Assert.Equal(["page", "screen", "track", "track"], received.Select(m => m.Type));
        Assert.Equal(["Pricing", "Basket", "Checked Out"], Emulator.GetEvents().Select(e => e.Name));
        Assert.Equal([("tok-1", "ios")], Emulator.GetDevices("u1").Select(d => (d.Token, d.Platform)));
        var page = received[0].Body.GetProperty("context");
        var screen = received[1].Body.GetProperty("context");
        Assert.Equal(("/pricing", "plans", "browser"), (page.GetProperty("page").GetProperty("path").GetString(), page.GetProperty("page").GetProperty("keywords")[1].GetString(), page.GetProperty("channel").GetString()));
        Assert.Equal(("android", false, "CustomerIO-DotNet"), (screen.GetProperty("device").GetProperty("type").GetString(), screen.GetProperty("network").GetProperty("wifi").GetBoolean(), screen.GetProperty("library").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_message_sent_twice_is_applied_once()
    {
        var message = PipelinesMessage.Track("u1", "Clicked");

        await Client.SendAsync(message);
        await Client.SendAsync(message);
        await Client.SendBatchAsync([message]);

        Assert.Single(Emulator.GetEvents());
        Assert.Equal(2, Emulator.GetCounters().DuplicateMessages);
        Assert.Equal([false, true, true], Emulator.GetPipelinesMessages().Select(m => m.Duplicate));
    }

    [Fact]
    public async Task A_bad_write_key_fails_in_strict_mode_and_is_silently_dropped_without_it()
    {
        var strict = CreateClient(o => o.Retry.MaxRetries = 0, writeKey: "wrong");
        var permissive = CreateClient(o => o.StrictMode = false, writeKey: "wrong");

        var error = await Assert.ThrowsAsync<CustomerIOAuthenticationException>(() => strict.TrackAsync("u1", "e"));
        await permissive.TrackAsync("u1", "e");

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("unauthorized", Assert.Single(error.Errors).Reason);
        Assert.Equal(1, Emulator.GetCounters().PipelinesDroppedByReason["unauthorized"]);
        Assert.Empty(Emulator.GetEvents());
    }
}
