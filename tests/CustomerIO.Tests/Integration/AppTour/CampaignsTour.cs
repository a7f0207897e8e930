using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>
/// Campaigns: the seeded "Welcome series" read, its actions paged, its email action and French variant changed, and
/// its messages and metrics read (empty: the emulator runs no campaign journeys, so campaigns send nothing).
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
        Assert.Equal("Welcome, {{customer.first_name}}", (await app.Campaigns.GetActionAsync(Welcome, WelcomeEmail)).Subject);

        var changed = await app.Campaigns.UpdateActionAsync(Welcome, WelcomeEmail, new ActionUpdate { SendingState = SendingState.Draft, Headers = [new ActionHeader("X-Tag", "welcome")] });
        Assert.Equal((SendingState.Draft, """[{"name":"X-Tag","value":"welcome"}]"""), (changed.SendingState!.Value, changed.Headers));
        var french = await app.Campaigns.GetActionLanguageAsync(Welcome, WelcomeEmail, "fr");
        Assert.Equal(("fr", "Bienvenue, {{customer.first_name}}"), (french.Language, french.Subject));
        var frenchChanged = await app.Campaigns.UpdateActionLanguageAsync(Welcome, WelcomeEmail, "fr", new ActionUpdate { Body = "<p>Salut !</p>" });
        Assert.Equal(("<p>Salut !</p>", "Bienvenue, {{customer.first_name}}"), (frenchChanged.Body, frenchChanged.Subject));

        Assert.Empty(await ToListAsync(app.Campaigns.ListMessagesAsync(Welcome, new CampaignMessageListOptions { Metric = MessageMetric.Sent }, limit: 10)));
        var now = DateTimeOffset.UtcNow;
        var metrics = await app.Campaigns.GetMetricsAsync(Welcome, new CampaignMetricsOptions { Resolution = MetricResolution.Days, Start = now.AddDays(-3), End = now });
        Assert.Equal((MetricResolution.Days, 0L), (metrics.Resolution!.Value, metrics.Metric!.Of("sent").Sum()));
        Assert.NotEmpty(metrics.Metric.Of("sent"));
        var v1 = await app.Campaigns.GetActionMetricsAsync(Welcome, WelcomeEmail, new CampaignMetricsOptions { Version = 1, Period = MetricPeriod.Hours, Steps = 24 });
        Assert.Equal(24, v1.Metric!.Of("opened").Count);
        Assert.Empty(await ToListAsync(app.Campaigns.GetLinkMetricsAsync(Welcome, new LinkMetricsOptions { Unique = true })));
        Assert.Empty(await ToListAsync(app.Campaigns.GetActionLinkMetricsAsync(Welcome, WelcomeEmail)));
        var journeys = await app.Campaigns.GetJourneyMetricsAsync(Welcome, new JourneyMetricsWindow(now.AddDays(-2), now, MetricResolution.Daily));
        Assert.Equal(0L, journeys.Started!.Sum());
        Assert.NotEmpty(journeys.Finished!);
    }
}
