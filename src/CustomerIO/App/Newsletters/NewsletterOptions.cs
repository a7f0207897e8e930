using System.Globalization;

namespace CustomerIO.App;

/// <summary>How a newsletter list is sorted (<c>GET /v1/newsletters</c>).</summary>
public sealed class NewsletterListOptions : IAppQuery
{
    /// <summary>Newest first (<c>sort=desc</c>) when true, oldest first (<c>sort=asc</c>) when false; the API's order when null.</summary>
    public bool? Descending { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query) =>
        AppQuery.Add(query, "sort", Descending is { } descending ? (descending ? "desc" : "asc") : null);
}

/// <summary>Filters of the messages a newsletter sent (<c>GET /v1/newsletters/{id}/messages</c>); every one is optional.</summary>
public sealed class NewsletterMessageListOptions : IAppQuery
{
    /// <summary>Only deliveries that reached this metric.</summary>
    public MessageMetric? Metric { get; set; }

    /// <summary>The start of the time range.</summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>The end of the time range.</summary>
    public DateTimeOffset? End { get; set; }

    /// <summary>Include in-app survey answers (<see cref="Message.TrackedResponses"/>).</summary>
    public bool? TrackedResponses { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        MetricQuery.Range(Start, End);
        AppQuery.Add(query, "metric", Metric?.Value);
        AppQuery.Add(query, "start_ts", Start?.ToUnixTimeSeconds());
        AppQuery.Add(query, "end_ts", End?.ToUnixTimeSeconds());
        AppQuery.Add(query, "get_tracked_responses", TrackedResponses);
    }
}

/// <summary>The periods of a metrics report (<c>period</c>, <c>steps</c>); the API's defaults when omitted.</summary>
public sealed class PeriodMetricsOptions : IAppQuery
{
    /// <summary>The unit of each entry of a series (days by default).</summary>
    public MetricPeriod? Period { get; set; }

    /// <summary>How many periods: at most 24 hours, 45 days, 12 weeks or 121 months (the most, or 12 months, by default).</summary>
    public int? Steps { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query) => MetricQuery.Periods(query, Period, Steps);
}

/// <summary>The periods and channel of a newsletter's (or content's) metrics report (<c>period</c>, <c>steps</c>, <c>type</c>).</summary>
public sealed class NewsletterMetricsOptions : IAppQuery
{
    /// <summary>The unit of each entry of a series (days by default).</summary>
    public MetricPeriod? Period { get; set; }

    /// <summary>How many periods: at most 24 hours, 45 days, 12 weeks or 121 months.</summary>
    public int? Steps { get; set; }

    /// <summary>Only this channel's metrics; every channel's when omitted.</summary>
    public NewsletterType? Type { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        MetricQuery.Periods(query, Period, Steps);
        AppQuery.Add(query, "type", Type?.Value);
    }
}

/// <summary>The periods of a link clicks report, and whether a person clicking twice counts once (<c>unique</c>).</summary>
public sealed class LinkPeriodMetricsOptions : IAppQuery
{
    /// <summary>The unit of each entry of a series (days by default).</summary>
    public MetricPeriod? Period { get; set; }

    /// <summary>How many periods: at most 24 hours, 45 days, 12 weeks or 121 months.</summary>
    public int? Steps { get; set; }

    /// <summary>Counts each person once per link and period when true; every click when false (the default).</summary>
    public bool? Unique { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        MetricQuery.Periods(query, Period, Steps);
        AppQuery.Add(query, "unique", Unique);
    }
}

/// <summary>Checks the period, steps and range of newsletter and transactional metrics reports and message lists.</summary>
internal static class MetricQuery
{
    /// <summary>The most steps of each documented period; a period the SDK does not know is only held to at least 1.</summary>
    public static int? MaxSteps(MetricPeriod period) => period.Value switch
    {
        "hours" => 24,
        "days" => 45,
        "weeks" => 12,
        "months" => 121,
        _ => null,
    };

    public static void Periods(List<KeyValuePair<string, string>> query, MetricPeriod? period, int? steps)
    {
        if (steps is { } count)
        {
            var unit = period ?? MetricPeriod.Days;
            var max = MaxSteps(unit);
            if (count < 1 || count > (max ?? int.MaxValue))
            {
                var limit = max is { } m ? $"1 to {m} for {unit.Value}" : "at least 1";
                throw new CustomerIOValidationException("options.Steps", $"Steps must be {limit}.", max ?? 1, count);
            }
        }

        AppQuery.Add(query, "period", period?.Value);
        AppQuery.Add(query, "steps", steps);
    }

    public static void Range(DateTimeOffset? start, DateTimeOffset? end)
    {
        if (start is { } s && end is { } e && e < s)
        {
            throw new CustomerIOValidationException("options.End", "The end of the time range must not be before its start.");
        }
    }
}
