using CustomerIO.Transport;

namespace CustomerIO.App;

/// <summary>The metrics reads written by hand: their query always carries the report's version, or the required window.</summary>
public partial class CampaignsClient
{
    /// <summary>Gets a campaign's metrics over time (<c>GET /v1/campaigns/{campaign_id}/metrics</c>).</summary>
    /// <param name="campaignId">The campaign's id.</param>
    /// <param name="options">The report's version and periods; a version 2 report with the API's defaults when omitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report.</returns>
    /// <exception cref="CustomerIOValidationException">An option is out of its documented range.</exception>
    public virtual Task<MetricsReport> GetMetricsAsync(long campaignId, CampaignMetricsOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = AppQuery.With(AppOperations.CampaignsGetMetrics.For(PathValue.Number(campaignId, nameof(campaignId))), options ?? new CampaignMetricsOptions());
        return Pipeline.SendAsync(request, AppJsonContext.Wire.MetricsReport, cancellationToken);
    }

    /// <summary>Gets a campaign action's metrics over time (<c>GET /v1/campaigns/{campaign_id}/actions/{action_id}/metrics</c>).</summary>
    /// <param name="campaignId">The campaign's id.</param>
    /// <param name="actionId">The action's id.</param>
    /// <param name="options">The report's version and periods; a version 2 report with the API's defaults when omitted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report, with one per language variant for a multi-language action.</returns>
    /// <exception cref="CustomerIOValidationException">An option is out of its documented range.</exception>
    public virtual Task<MetricsReport> GetActionMetricsAsync(long campaignId, long actionId, CampaignMetricsOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = AppQuery.With(
            AppOperations.CampaignsGetActionMetrics.For(PathValue.Number(campaignId, nameof(campaignId)), PathValue.Number(actionId, nameof(actionId))),
            options ?? new CampaignMetricsOptions());
        return Pipeline.SendAsync(request, AppJsonContext.Wire.MetricsReport, cancellationToken);
    }

    /// <summary>Gets a campaign's journey metrics (<c>GET /v1/campaigns/{campaign_id}/journey_metrics</c>).</summary>
    /// <param name="campaignId">The campaign's id.</param>
    /// <param name="window">The window and resolution (all required by the API).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>For each period, how many journeys reached each stage.</returns>
    /// <exception cref="CustomerIOValidationException">The window ends before it starts.</exception>
    public virtual Task<JourneyMetrics> GetJourneyMetricsAsync(long campaignId, JourneyMetricsWindow window, CancellationToken cancellationToken = default)
    {
        if (window is null)
        {
            throw new ArgumentNullException(nameof(window));
        }

        var request = AppQuery.With(AppOperations.CampaignsGetJourneyMetrics.For(PathValue.Number(campaignId, nameof(campaignId))), window);
        return Pipeline.SendAsync(request, AppJsonContext.Wire.JourneyMetricsAnswer, static answer => answer.JourneyMetric, cancellationToken);
    }
}
