using CustomerIO.App;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.App;

/// <summary>The contract rows of the Campaigns methods written by hand (their query always carries the version or the window).</summary>
internal static partial class AppContractRows
{
    private static IEnumerable<WireRow<AppClient>> CampaignsHand() =>
    [
        new(
            "Campaigns.GetMetricsAsync",
            c => c.Campaigns.GetMetricsAsync(7, new CampaignMetricsOptions { Type = MessageType.Email, Resolution = MetricResolution.Days, Timezone = "UTC", Start = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), End = DateTimeOffset.FromUnixTimeSeconds(1_700_086_400) }),
            "GET", "/v1/campaigns/7/metrics?version=2&type=email&res=days&tz=UTC&start=1700000000&end=1700086400", null, "/v1/campaigns/{campaign_id}/metrics", true)
        {
            Api = WireApi.App,
            Answer = (200, AppSamples.MetricsReport),
        },
        new(
            "Campaigns.GetActionMetricsAsync",
            c => c.Campaigns.GetActionMetricsAsync(7, 8, new CampaignMetricsOptions { Version = 1, Period = MetricPeriod.Weeks, Steps = 12 }),
            "GET", "/v1/campaigns/7/actions/8/metrics?version=1&period=weeks&steps=12", null, "/v1/campaigns/{campaign_id}/actions/{action_id}/metrics", true)
        {
            Api = WireApi.App,
            Answer = (200, AppSamples.MetricsReport),
        },
        new(
            "Campaigns.GetJourneyMetricsAsync",
            c => c.Campaigns.GetJourneyMetricsAsync(7, new JourneyMetricsWindow(DateTimeOffset.FromUnixTimeSeconds(1_652_718_066), DateTimeOffset.FromUnixTimeSeconds(1_652_804_466), MetricResolution.Daily)),
            "GET", "/v1/campaigns/7/journey_metrics?start=1652718066&end=1652804466&resolution=daily", null, "/v1/campaigns/{campaign_id}/journey_metrics", true)
        {
            Api = WireApi.App,
            Answer = (200, AppSamples.JourneyMetricsAnswer),
        },
    ];
}
