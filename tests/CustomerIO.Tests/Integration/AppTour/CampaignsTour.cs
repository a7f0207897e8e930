using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>
/// Campaigns: the seeded "Welcome series" read and its actions paged; a person joins its trigger segment, so it sends
/// its email and webhook, which its messages, metrics and journeys then count; its email action and French variant are
/// changed last.
/// </summary>
internal sealed class CampaignsTour : AppTourArea
{
    private const long Welcome = 1;
    private const long WelcomeEmail = 1;

    public override string Area => "Campaigns";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        Assert.Equal([1L, 2L], (await ToListAsync(app.Campaigns.ListAsync())).Select(c => c.Id));
        var campaign = await app.Campaigns.GetAsync(Welcome);
        Assert.Equal(("Welcome series", CampaignType.Segment, CampaignState.Running, 1L), (campaign.Name, campaign.Type!.Value, campaign.State!.Value, campaign.TriggerSegmentIds![0]));
        var actions = await ToListAsync(app.Campaigns.ListActionsAsync(Welcome));
        Assert.Equal([(1L, ActionType.Email), (2L, ActionType.Webhook)], actions.Select(a => (a.Id, a.Type!.Value)));
        Assert.Equal(WebhookMethod.Post, actions[1].Method);

        await track.IdentifyAsync("1", new Dictionary<string, object?> { ["email"] = "ann@example.com", ["first_name"] = "Ann" });
        await track.AddToSegmentAsync(1, ["1"]);

        var messages = await ToListAsync(app.Campaigns.ListMessagesAsync(Welcome, new CampaignMessageListOptions { Metric = MessageMetric.Sent }, limit: 1));
        Assert.Equal([(2L, MessageType.Webhook), (1L, MessageType.Email)], messages.Select(m => (m.ActionId!.Value, m.Type!.Value)));
        Assert.Equal(("Welcome, Ann", "ann@example.com", (long?)Welcome), (messages[1].Subject, messages[1].Recipient, messages[1].CampaignId));
        await track.TrackMetricAsync(new DeliveryMetric(messages[1].Id, MetricName.Clicked) { Href = "https://example.com/start" });

        var now = DateTimeOffset.UtcNow;
        var metrics = await app.Campaigns.GetMetricsAsync(Welcome, new CampaignMetricsOptions { Resolution = MetricResolution.Days, Start = now.AddDays(-3), End = now.AddMinutes(1) });
        Assert.Equal((MetricResolution.Days, 2L, 1L), (metrics.Resolution!.Value, metrics.Metric!.Get("sent").Sum(), metrics.Metric.Get("clicked").Sum()));
        var v1 = await app.Campaigns.GetActionMetricsAsync(Welcome, WelcomeEmail, new CampaignMetricsOptions { Version = 1, Period = MetricPeriod.Hours, Steps = 24 });
        Assert.Equal((24, 1L), (v1.Metric!.Get("sent").Count, v1.Metric.Get("sent").Sum()));
        Assert.Equal("https://example.com/start", Assert.Single(await ToListAsync(app.Campaigns.GetLinkMetricsAsync(Welcome, new LinkMetricsOptions { Unique = true }))).Link!.Href);
        Assert.Equal(1L, Assert.Single(await ToListAsync(app.Campaigns.GetActionLinkMetricsAsync(Welcome, WelcomeEmail))).Metric!.Get("clicked").Sum());
        var journeys = await app.Campaigns.GetJourneyMetricsAsync(Welcome, new JourneyMetricsWindow(now.AddDays(-2), now.AddMinutes(1), MetricResolution.Daily));
        Assert.Equal((1L, 1L, 0L), (journeys.Started!.Sum(), journeys.Messaged!.Sum(), journeys.Finished!.Sum()));

        Assert.Equal("Welcome, {{customer.first_name}}", (await app.Campaigns.GetActionAsync(Welcome, WelcomeEmail)).Subject);
        var changed = await app.Campaigns.UpdateActionAsync(Welcome, WelcomeEmail, new ActionUpdate { SendingState = SendingState.Draft, Headers = [new ActionHeader("X-Tag", "welcome")] });
        Assert.Equal((SendingState.Draft, """[{"name":"X-Tag","value":"welcome"}]"""), (changed.SendingState!.Value, changed.Headers));
        var french = await app.Campaigns.GetActionLanguageAsync(Welcome, WelcomeEmail, "fr");
        Assert.Equal(("fr", "Bienvenue, {{customer.first_name}}"), (french.Language, french.Subject));
        var frenchChanged = await app.Campaigns.UpdateActionLanguageAsync(Welcome, WelcomeEmail, "fr", new ActionUpdate { Body = "<p>Salut !</p>" });
        Assert.Equal(("<p>Salut !</p>", "Bienvenue, {{customer.first_name}}"), (frenchChanged.Body, frenchChanged.Subject));
    }
}
