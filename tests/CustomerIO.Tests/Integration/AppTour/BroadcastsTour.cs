using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>
/// Broadcasts: the seeded "Product launch" broadcast read, its email action and Spanish variant changed, triggered for
/// one known and one unknown person, the trigger's status and error read back, the message it sent listed, and the
/// metrics that message's open and click produce.
/// </summary>
internal sealed class BroadcastsTour : AppTourArea
{
    private const long Launch = 3;
    private const long LaunchEmail = 4;

    public override string Area => "Broadcasts";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        await track.IdentifyAsync("1", new Dictionary<string, object?> { ["email"] = "ann@example.com", ["first_name"] = "Ann" });

        Assert.Equal(["Product launch", "Maintenance notice"], (await ToListAsync(app.Broadcasts.ListAsync())).Select(b => b.Name));
        var broadcast = await app.Broadcasts.GetAsync(Launch);
        Assert.Equal((BroadcastType.TriggeredBroadcast, CampaignState.Running, LaunchEmail), (broadcast.Type!.Value, broadcast.State!.Value, broadcast.Actions![0].Id));
        Assert.Equal([LaunchEmail], (await ToListAsync(app.Broadcasts.ListActionsAsync(Launch))).Select(a => a.Id));
        Assert.Equal("{{trigger.headline}}", (await app.Broadcasts.GetActionAsync(Launch, LaunchEmail)).Subject);

        var changed = await app.Broadcasts.UpdateActionAsync(Launch, LaunchEmail, new ActionUpdate { Subject = "Big news: {{trigger.headline}}" });
        var spanish = await app.Broadcasts.GetActionLanguageAsync(Launch, LaunchEmail, "es");
        var spanishChanged = await app.Broadcasts.UpdateActionLanguageAsync(Launch, LaunchEmail, "es", new ActionUpdate { Subject = "Noticia: {{trigger.headline}}" });
        Assert.Equal(("Big news: {{trigger.headline}}", "Novedad: {{trigger.headline}}", "es"), (changed.Subject, spanish.Subject, spanish.Language));
        Assert.Equal(("Noticia: {{trigger.headline}}", "Big news: {{trigger.headline}}"), (spanishChanged.Subject, (await app.Broadcasts.GetActionAsync(Launch, LaunchEmail)).Subject));

        var trigger = await app.Broadcasts.TriggerAsync(Launch, new BroadcastTrigger
        {
            Audience = BroadcastAudience.Ids(["1", "404"]),
            Data = new Dictionary<string, object?> { ["headline"] = "Spring" },
        });
        var status = await app.Broadcasts.GetTriggerAsync(Launch, trigger.Id);
        Assert.Equal((trigger.Id, Launch, true), (status.Id, status.BroadcastId, status.IsProcessed));
        Assert.Equal([trigger.Id], (await ToListAsync(app.Broadcasts.ListTriggersAsync(Launch))).Select(t => t.Id));
        Assert.Equal(["line 2: no person has this id"], await ToListAsync(app.Broadcasts.ListTriggerErrorsAsync(Launch, trigger.Id)));

        var message = Assert.Single(await ToListAsync(app.Broadcasts.ListMessagesAsync(Launch, new BroadcastMessageListOptions { Type = MessageType.Email })));
        Assert.Equal(("Big news: Spring", "ann@example.com", (long?)Launch, (long?)LaunchEmail, "1"), (message.Subject, message.Recipient, message.BroadcastId, message.ActionId, message.CustomerId));

        await track.TrackMetricAsync(new DeliveryMetric(message.Id, MetricName.Opened));
        await track.TrackMetricAsync(new DeliveryMetric(message.Id, MetricName.Clicked) { Href = "https://example.com/launch" });

        var metrics = await app.Broadcasts.GetMetricsAsync(Launch, new MetricsOptions { Period = MetricPeriod.Days, Steps = 7 });
        Assert.Equal(7, metrics.Metric!.Get("sent").Count);
        Assert.Equal((1L, 1L, 1L, 0L), (metrics.Metric.Get("sent")[^1], metrics.Metric.Get("opened")[^1], metrics.Metric.Get("clicked")[^1], metrics.Metric.Get("bounced").Sum()));
        var link = Assert.Single(await ToListAsync(app.Broadcasts.GetLinkMetricsAsync(Launch)));
        Assert.Equal(("https://example.com/launch", 1L), (link.Link!.Href, link.Metric!.Get("clicked").Sum()));
        var actionMetrics = (await app.Broadcasts.GetActionMetricsAsync(Launch, LaunchEmail)).Metric!;
        Assert.Equal((1L, 0L), (actionMetrics.Get("sent").Sum(), actionMetrics.Get("delivered").Sum()));
        Assert.Equal(1L, Assert.Single(await ToListAsync(app.Broadcasts.GetActionLinkMetricsAsync(Launch, LaunchEmail))).Metric!.Get("human_clicked").Sum());
    }
}
