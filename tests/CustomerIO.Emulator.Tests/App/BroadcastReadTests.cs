using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

public sealed class BroadcastReadTests : EmulatorTest
{
    private const string Zeros = "[0,0]";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task A_trigger_sends_to_known_people_and_records_the_others_as_errors_and_its_status()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com","first_name":"Ann"}""");

        var trigger = await App(HttpMethod.Post, "v1/campaigns/3/triggers", """{"ids":["1","404",405],"data":{"headline":"Spring"}}""");
        var status = await App(HttpMethod.Get, "v1/campaigns/3/triggers/1");
        var errors = await App(HttpMethod.Get, "v1/campaigns/3/triggers/1/errors");
        var firstError = await App(HttpMethod.Get, "v1/campaigns/3/triggers/1/errors?limit=1");
        var triggers = await App(HttpMethod.Get, "v1/broadcasts/3/triggers");

        Assert.Equal(new Answer(200, """{"id":1}""", null), trigger);
        Assert.Equal(new Answer(200, """{"trigger":{"id":1,"broadcast_id":3,"created_at":1800000000,"processed_at":1800000000}}""", null), status);
        Assert.Equal(new Answer(200, """{"errors":["line 2: no person has this id","line 3: no person has this id"]}""", null), errors);
        Assert.Equal(new Answer(200, """{"errors":["line 2: no person has this id"],"next":1}""", null), firstError);
        Assert.Equal(new Answer(200, """{"triggers":[{"id":1,"broadcast_id":3,"created_at":1800000000,"processed_at":1800000000}]}""", null), triggers);
        var delivery = Assert.Single(Emulator.GetDeliveries());
        Assert.Equal(("email", "ann@example.com", "Spring", "<p>Spring</p>", (long?)3, (long?)4), (delivery.Type, delivery.To, delivery.Subject, delivery.Body, delivery.BroadcastId, delivery.ActionId));
        Assert.Equal(["line 2: no person has this id", "line 3: no person has this id"], Emulator.GetBroadcastTriggers()[0].Errors);
    }

    [Fact]
    public async Task Ignoring_missing_people_records_no_errors_and_a_filter_sends_to_whom_it_matches()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com","plan":"pro"}""");
        await Put("api/v1/customers/2", """{"email":"bo@example.com","plan":"free"}""");

        await App(HttpMethod.Post, "v1/campaigns/3/triggers", """{"emails":["nobody@example.com"],"email_ignore_missing":true}""");
        await App(HttpMethod.Post, "v1/campaigns/3/triggers", """{"recipients":{"attribute":{"field":"plan","operator":"eq","value":"pro"}}}""");
        await App(HttpMethod.Post, "v1/campaigns/4/triggers", """{"ids":["1"]}""");

        Assert.Equal(new Answer(200, """{"errors":[]}""", null), await App(HttpMethod.Get, "v1/campaigns/3/triggers/1/errors"));
        Assert.Equal(["ann@example.com"], Emulator.GetDeliveries().Select(d => d.To));
    }

    [Fact]
    public async Task The_messages_a_broadcast_sent_and_their_metrics_come_from_the_stored_deliveries()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com"}""");
        await App(HttpMethod.Post, "v1/campaigns/3/triggers", """{"ids":["1"],"data":{"headline":"Spring"}}""");
        var id = Emulator.GetDeliveries()[0].DeliveryId;
        await Post("api/v1/metrics", $$"""{"delivery_id":"{{id}}","metric":"clicked","timestamp":1800000000,"href":"https://example.com/a"}""");
        await Post("api/v1/metrics", $$"""{"delivery_id":"{{id}}","metric":"clicked","timestamp":1800000001,"href":"https://example.com/a"}""");

        var messages = await App(HttpMethod.Get, "v1/broadcasts/3/messages");
        var metrics = await App(HttpMethod.Get, "v1/broadcasts/3/metrics?steps=2");
        var links = await App(HttpMethod.Get, "v1/broadcasts/3/metrics/links?steps=2&unique=true");
        var other = await App(HttpMethod.Get, "v1/broadcasts/4/messages");

        Assert.Equal(200, messages.Status);
        var message = JsonDocument.Parse(messages.Body).RootElement.GetProperty("messages")[0];
        Assert.Equal((id, "Spring", 3, 4), (message.GetProperty("id").GetString(), message.GetProperty("subject").GetString(), message.GetProperty("broadcast_id").GetInt32(), message.GetProperty("action_id").GetInt32()));
        Assert.Equal(
            """{"metric":{"series":{"attempted":[0,1],"bounced":[0,0],"clicked":[0,2],"converted":[0,0],"created":[0,1],"delivered":[0,0],"drafted":[0,0],"dropped":[0,0],"failed":[0,0],"human_clicked":[0,2],"human_opened":[0,0],"opened":[0,0],"sent":[0,1],"spammed":[0,0],"undeliverable":[0,0],"unsubscribed":[0,0]}}}""",
            metrics.Body);
        Assert.Equal(new Answer(200, """{"links":[{"link":{"id":1,"href":"https://example.com/a"},"metric":{"series":{"clicked":[0,1],"human_clicked":[0,1],"machine_clicked":""" + Zeros + "}}}]}", null), links);
        Assert.Equal(new Answer(200, """{"messages":[],"next":""}""", null), other);
    }

    [Fact]
    public async Task Unknown_broadcasts_and_triggers_are_404()
    {
        Assert.Equal(new Answer(404, """{"meta":{"error":"broadcast not found"}}""", null), await App(HttpMethod.Get, "v1/broadcasts/1"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"broadcast not found"}}""", null), await App(HttpMethod.Get, "v1/broadcasts/9/triggers"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"trigger not found"}}""", null), await App(HttpMethod.Get, "v1/campaigns/3/triggers/1"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"action not found"}}""", null), await App(HttpMethod.Get, "v1/broadcasts/3/actions/1"));
        Assert.Equal(
            new Answer(200, """{"actions":[{"id":5,"broadcast_id":4,"deduplicate_id":"5:1700000000","name":"Maintenance push","layout":"","created":1700000000,"updated":1700000000,"body":"We will be back soon.","type":"push","sending_state":"automatic","language":"","recipient":""}]}""", null),
            await App(HttpMethod.Get, "v1/broadcasts/4/actions"));
    }
}
