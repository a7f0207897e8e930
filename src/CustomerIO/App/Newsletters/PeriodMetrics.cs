using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>
/// Metrics over time: one series per metric, each entry the count of one period (oldest first), the periods as the
/// request's <c>period</c> and <c>steps</c> chose them.
/// </summary>
public sealed class PeriodMetrics
{
    [JsonConstructor]
    internal PeriodMetrics()
    {
    }

    /// <summary>Every series by metric name (<c>sent</c>, <c>opened</c>, <c>human_opened</c>, ...; the API may add more).</summary>
    [JsonInclude, JsonPropertyName("series")]
    public IReadOnlyDictionary<string, IReadOnlyList<long>>? Series { get; internal set; }

    /// <summary>The channel the metrics are of, when the API says (newsletters).</summary>
    [JsonInclude, JsonPropertyName("type")]
    public NewsletterType? Type { get; internal set; }

    /// <summary>One metric's series; empty when the answer has none.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The counts per period, oldest first.</returns>
    public IReadOnlyList<long> Get(MessageMetric metric) =>
        Series is not null && Series.TryGetValue(metric.Value, out var series) ? series : [];
}

/// <summary>The clicks of one link of a message, over time.</summary>
public sealed class LinkPeriodMetrics
{
    [JsonConstructor]
    internal LinkPeriodMetrics()
    {
    }

    /// <summary>The link.</summary>
    [JsonInclude, JsonPropertyName("link")]
    public MetricLink? Link { get; internal set; }

    /// <summary>Its series: <c>clicked</c>, <c>human_clicked</c>, <c>machine_clicked</c>.</summary>
    [JsonInclude, JsonPropertyName("metric")]
    public PeriodMetrics? Metric { get; internal set; }
}

/// <summary>A tracked link of a message.</summary>
public sealed class MetricLink
{
    [JsonConstructor]
    internal MetricLink()
    {
    }

    /// <summary>The link's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>Where it leads (a URL, a <c>mailto:</c>, ...).</summary>
    [JsonInclude, JsonPropertyName("href")]
    public string? Href { get; internal set; }
}
