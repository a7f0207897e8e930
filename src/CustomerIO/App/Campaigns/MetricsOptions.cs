namespace CustomerIO.App;

/// <summary>The periods of a broadcast's or action's metrics report; every one optional (the API's defaults: days, as many as kept).</summary>
public sealed class MetricsOptions : IAppQuery
{
    /// <summary>The unit of the periods (the API's default: days).</summary>
    public MetricPeriod? Period { get; set; }

    /// <summary>How many periods: at most 24 hours, 45 days, 12 weeks or 121 months.</summary>
    public int? Steps { get; set; }

    /// <summary>Only this channel's metrics.</summary>
    public MessageType? Type { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        MetricSteps.Check(Period, Steps, 121, "options.Steps");
        AppQuery.Add(query, "period", Period?.Value);
        AppQuery.Add(query, "steps", Steps);
        AppQuery.Add(query, "type", Type?.Value);
    }
}

/// <summary>The periods of a link metrics report; every one optional.</summary>
public sealed class LinkMetricsOptions : IAppQuery
{
    /// <summary>The unit of the periods (the API's default: days).</summary>
    public MetricPeriod? Period { get; set; }

    /// <summary>How many periods: at most 24 hours, 45 days, 12 weeks or 121 months.</summary>
    public int? Steps { get; set; }

    /// <summary>Count a person who clicks twice once (the API's default: false).</summary>
    public bool? Unique { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        MetricSteps.Check(Period, Steps, 121, "options.Steps");
        AppQuery.Add(query, "period", Period?.Value);
        AppQuery.Add(query, "steps", Steps);
        AppQuery.Add(query, "unique", Unique);
    }
}

/// <summary>
/// A campaign's or campaign action's metrics report. <see cref="Version"/> 2 (the default) reports a window
/// (<see cref="Start"/>, <see cref="End"/>) at a <see cref="Resolution"/>; version 1 (deprecated by Customer.io)
/// reports <see cref="Steps"/> of a <see cref="Period"/>.
/// </summary>
public sealed class CampaignMetricsOptions : IAppQuery
{
    /// <summary>The report's version: 2 (the default) or 1.</summary>
    public int Version { get; set; } = 2;

    /// <summary>Only this channel's metrics.</summary>
    public MessageType? Type { get; set; }

    /// <summary>Version 2: the unit of the periods.</summary>
    public MetricResolution? Resolution { get; set; }

    /// <summary>Version 2: the time zone the periods start in (the API's default: EST), for example <c>America/New_York</c>.</summary>
    public string? Timezone { get; set; }

    /// <summary>Version 2: the window's start.</summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>Version 2: the window's end, at most 10 years after its start.</summary>
    public DateTimeOffset? End { get; set; }

    /// <summary>Version 1: the unit of the periods (the API's default: days).</summary>
    public MetricPeriod? Period { get; set; }

    /// <summary>Version 1: how many periods, at most 24 hours, 45 days, 12 weeks or 120 months.</summary>
    public int? Steps { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        if (Version is not (1 or 2))
        {
            throw new CustomerIOValidationException("options.Version", "The metrics version is 1 or 2.");
        }

        if (Start is { } start && End is { } end && (end < start || end > start.AddYears(10)))
        {
            throw new CustomerIOValidationException("options.End", "The end of a metrics window is not before its start and at most 10 years later.");
        }

        MetricSteps.Check(Period, Steps, 120, "options.Steps");
        AppQuery.Add(query, "version", Version);
        AppQuery.Add(query, "type", Type?.Value);
        AppQuery.Add(query, "res", Resolution?.Value);
        AppQuery.Add(query, "tz", Timezone);
        AppQuery.Add(query, "start", Start?.ToUnixTimeSeconds());
        AppQuery.Add(query, "end", End?.ToUnixTimeSeconds());
        AppQuery.Add(query, "period", Period?.Value);
        AppQuery.Add(query, "steps", Steps);
    }
}

/// <summary>The window and resolution of a campaign's journey metrics; all three are required by the API.</summary>
public sealed class JourneyMetricsWindow : IAppQuery
{
    /// <summary>Describes the report.</summary>
    /// <param name="start">The window's start.</param>
    /// <param name="end">The window's end, after its start.</param>
    /// <param name="resolution">The unit of the periods.</param>
    public JourneyMetricsWindow(DateTimeOffset start, DateTimeOffset end, MetricResolution resolution)
    {
        Start = start;
        End = end;
        Resolution = resolution;
    }

    /// <summary>The window's start.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The window's end.</summary>
    public DateTimeOffset End { get; }

    /// <summary>The unit of the periods.</summary>
    public MetricResolution Resolution { get; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        if (End <= Start)
        {
            throw new CustomerIOValidationException("window.End", "The end of a journey metrics window is after its start.");
        }

        Validation.Guard.NotEmpty(Resolution.Value, "window.Resolution", "resolution");
        AppQuery.Add(query, "start", Start.ToUnixTimeSeconds());
        AppQuery.Add(query, "end", End.ToUnixTimeSeconds());
        AppQuery.Add(query, "resolution", Resolution.Value);
    }
}

/// <summary>Filters of the messages a campaign sent (<c>GET /v1/campaigns/{campaign_id}/messages</c>); every one optional.</summary>
public sealed class CampaignMessageListOptions : IAppQuery
{
    /// <summary>Only this channel.</summary>
    public MessageType? Type { get; set; }

    /// <summary>Only deliveries that reached this metric.</summary>
    public MessageMetric? Metric { get; set; }

    /// <summary>Drafts instead of sent messages.</summary>
    public bool? Drafts { get; set; }

    /// <summary>The start of the time range (the API's default: six months back; ranges over 12 months are cut to 12).</summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>The end of the time range.</summary>
    public DateTimeOffset? End { get; set; }

    /// <summary>Include in-app survey answers (<see cref="Message.TrackedResponses"/>).</summary>
    public bool? TrackedResponses { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        AppQuery.Add(query, "type", Type?.Value);
        AppQuery.Add(query, "metric", Metric?.Value);
        AppQuery.Add(query, "drafts", Drafts);
        AppQuery.Add(query, "start_ts", Start?.ToUnixTimeSeconds());
        AppQuery.Add(query, "end_ts", End?.ToUnixTimeSeconds());
        AppQuery.Add(query, "get_tracked_responses", TrackedResponses);
    }
}

/// <summary>The documented maximum number of periods of a metrics report, per period unit.</summary>
internal static class MetricSteps
{
    public static void Check(MetricPeriod? period, int? steps, int maxMonths, string parameterName)
    {
        if (steps is not { } count)
        {
            return;
        }

        var unit = period?.Value ?? "days";
        var max = unit switch { "hours" => 24, "weeks" => 12, "months" => maxMonths, _ => 45 };
        if (count < 1 || count > max)
        {
            throw new CustomerIOValidationException(parameterName, $"A metrics report has 1 to {max} periods of {unit}.", max, count);
        }
    }
}
