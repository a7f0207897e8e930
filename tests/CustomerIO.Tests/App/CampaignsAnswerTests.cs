using CustomerIO.App;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.App;

/// <summary>Campaigns and Broadcasts answers read field by field; their requests refused before sending when they break a documented rule.</summary>
public sealed class CampaignsAnswerTests
{
    [Fact]
    public async Task A_campaign_is_read_with_its_values_times_and_segments()
    {
        var campaign = await TestAppClient.Create(new RecordingHandler().Enqueue(200, AppSamples.CampaignAnswer)).Campaigns.GetAsync(5);

        Assert.Equal((5L, "Welcome", CampaignType.Segment, CampaignState.Running, true), (campaign.Id, campaign.Name, campaign.Type, campaign.State, campaign.Active));
        Assert.Equal([(259L, (ActionType?)ActionType.Email)], campaign.Actions!.Select(a => (a.Id, a.Type)));
        Assert.Equal([21L, 42L], campaign.FilterSegmentIds!);
        Assert.Equal([90L], campaign.TriggerSegmentIds!);
        Assert.Equal((DateTimeOffset.FromUnixTimeSeconds(1552341937), DateTimeOffset.FromUnixTimeSeconds(1552341999)), (campaign.FirstStarted, campaign.Updated));
    }

    [Fact]
    public async Task An_action_and_a_metrics_report_are_read_with_their_open_parts()
    {
        var handler = new RecordingHandler().Enqueue(200, AppSamples.ActionAnswer).Enqueue(200, AppSamples.MetricsReport);
        var app = TestAppClient.Create(handler);

        var action = await app.Campaigns.GetActionAsync(5, 96);
        var report = await app.Campaigns.GetMetricsAsync(5);

        Assert.Equal((ActionType.Email, SendingState.Automatic, 38L, "premailer"), (action.Type!.Value, action.SendingState!.Value, action.ReplyToId!.Value, action.Preprocessor));
        Assert.Equal("""[{"name":"X-Mailgun-Tag","value":"my-cool-tag"}]""", action.Headers);
        Assert.Equal([1L, 2L], report.Metric!.Get("sent"));
        Assert.Equal([0L, 1L], report.Metric.Get("human_clicked"));
        Assert.Empty(report.Metric.Get("never_reported"));
        Assert.Equal((MetricResolution.Days, "2025-01-01 00:00:00 +0000 UTC"), (report.Resolution!.Value, report.Start));
        Assert.Equal(("es", false, 1L), (report.LanguageVariants!["97"].Language, report.LanguageVariants["97"].Default, report.LanguageVariants["97"].Series!["sent"][1]));
    }

    [Fact]
    public async Task A_broadcast_and_a_trigger_status_are_read_and_unknown_fields_ignored()
    {
        var handler = new RecordingHandler().Enqueue(200, AppSamples.BroadcastAnswer).Enqueue(200, AppSamples.BroadcastTriggerStatusAnswer);
        var app = TestAppClient.Create(handler);

        var broadcast = await app.Broadcasts.GetAsync(2);
        var status = await app.Broadcasts.GetTriggerAsync(2, 3);

        Assert.Equal((2L, BroadcastType.TriggeredBroadcast, CampaignState.Running, DateTimeOffset.FromUnixTimeSeconds(1520467201)), (broadcast.Id, broadcast.Type!.Value, broadcast.State!.Value, broadcast.Updated));
        Assert.Equal((3L, 2L, DateTimeOffset.FromUnixTimeSeconds(1552341990), true), (status.Id, status.BroadcastId, status.ProcessedAt, status.IsProcessed));
    }

    [Fact]
    public async Task The_trigger_of_a_waiting_broadcast_is_not_processed()
    {
        var status = await TestAppClient.Create(new RecordingHandler().Enqueue(200, """{"trigger":{"id":3,"broadcast_id":2,"created_at":1552341937,"processed_at":null}}""")).Broadcasts.GetTriggerAsync(2, 3);

        Assert.False(status.IsProcessed);
    }

    [Theory]
    [MemberData(nameof(RefusedCalls))]
    public async Task A_call_that_breaks_a_documented_rule_is_refused_before_sending(string expected, Func<AppClient, Task> call)
    {
        var handler = new RecordingHandler();

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => call(TestAppClient.Create(handler)));

        Assert.Equal(expected, error.Message);
        Assert.Empty(handler.Requests);
    }

    public static TheoryData<string, Func<AppClient, Task>> RefusedCalls => new()
    {
        { "An action update needs at least one field to change. (Parameter 'body')", c => c.Campaigns.UpdateActionAsync(1, 2, new ActionUpdate()) },
        { "A header name must be printable ASCII without spaces. (Parameter 'body.Headers[0].Name')", c => c.Broadcasts.UpdateActionAsync(1, 2, new ActionUpdate { Headers = [new ActionHeader("X Tag", "a")] }) },
        { "A metrics report has 1 to 45 periods of days. (Parameter 'options.Steps')", c => c.Broadcasts.GetMetricsAsync(1, new MetricsOptions { Steps = 46 }) },
        { "A metrics report has 1 to 24 periods of hours. (Parameter 'options.Steps')", c => FirstPage(c.Campaigns.GetLinkMetricsAsync(1, new LinkMetricsOptions { Period = MetricPeriod.Hours, Steps = 25 })) },
        { "A metrics report has 1 to 120 periods of months. (Parameter 'options.Steps')", c => c.Campaigns.GetMetricsAsync(1, new CampaignMetricsOptions { Version = 1, Period = MetricPeriod.Months, Steps = 121 }) },
        { "The metrics version is 1 or 2. (Parameter 'options.Version')", c => c.Campaigns.GetActionMetricsAsync(1, 2, new CampaignMetricsOptions { Version = 3 }) },
        { "The end of a metrics window is not before its start and at most 10 years later. (Parameter 'options.End')", c => c.Campaigns.GetMetricsAsync(1, new CampaignMetricsOptions { Start = DateTimeOffset.UnixEpoch.AddYears(40), End = DateTimeOffset.UnixEpoch }) },
        { "The end of a journey metrics window is after its start. (Parameter 'window.End')", c => c.Campaigns.GetJourneyMetricsAsync(1, new JourneyMetricsWindow(DateTimeOffset.UnixEpoch.AddDays(1), DateTimeOffset.UnixEpoch, MetricResolution.Days)) },
        { "A deliveries export's range must not end before it starts. (Parameter 'body.End')", c => c.Exports.CreateDeliveriesExportAsync(Export(DeliveriesExport.OfCampaign(1), DateTimeOffset.UnixEpoch.AddDays(1), DateTimeOffset.UnixEpoch)) },
    };

    [Fact]
    public void Model_factories_build_what_a_mocked_client_answers()
    {
        var campaign = AppModelFactory.Campaign(1, "Welcome", CampaignState.Running, [AppModelFactory.ActionReference(2, ActionType.Email)], triggerSegmentIds: [3]);
        var report = AppModelFactory.MetricsReport(new Dictionary<string, IReadOnlyList<long>> { ["sent"] = [1, 2] }, MetricResolution.Days);
        var usage = AppModelFactory.SegmentUsage(3, campaigns: [1]);

        Assert.Equal((1L, true, 2L, 3L), (campaign.Id, campaign.Active, campaign.Actions![0].Id, campaign.TriggerSegmentIds![0]));
        Assert.Equal([1L, 2L], report.Metric!.Get("sent"));
        Assert.Equal([1L], usage.UsedBy!.Campaigns!);
        Assert.Empty(usage.UsedBy.SentNewsletters!);
        Assert.Equal((3L, 2L, false), (AppModelFactory.BroadcastTriggerStatus(3, 2).Id, AppModelFactory.BroadcastTriggerStatus(3, 2).BroadcastId, AppModelFactory.BroadcastTriggerStatus(3, 2).IsProcessed));
    }

    private static DeliveriesExport Export(DeliveriesExport export, DateTimeOffset start, DateTimeOffset end)
    {
        export.Start = start;
        export.End = end;
        return export;
    }

    private static Task FirstPage<T>(CustomerIOPageable<T> list) => AppContractRows.FirstPageAsync(list);
}
