using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>
/// A metrics report of a campaign, broadcast or action: one count per period for each metric, oldest first. A
/// version 2 campaign report also names its window and resolution.
/// </summary>
public sealed class MetricsReport
{
    [JsonConstructor]
    internal MetricsReport()
    {
    }

    /// <summary>The series, by metric.</summary>
    [JsonInclude, JsonPropertyName("metric")]
    public MetricSeries? Metric { get; internal set; }

    /// <summary>For a multi-language action: the series of each language variant, by the variant's action id.</summary>
    [JsonInclude, JsonPropertyName("language_variants")]
    public IReadOnlyDictionary<string, LanguageVariantMetrics>? LanguageVariants { get; internal set; }

    /// <summary>The window's start as Customer.io writes it (<c>2025-01-01 00:00:00 +0000 UTC</c>), for version 2 reports.</summary>
    [JsonInclude, JsonPropertyName("start")]
    public string? Start { get; internal set; }

    /// <summary>The window's end, written the same way.</summary>
    [JsonInclude, JsonPropertyName("end")]
    public string? End { get; internal set; }

    /// <summary>The resolution reported at, for version 2 reports.</summary>
    [JsonInclude, JsonPropertyName("res")]
    public MetricResolution? Resolution { get; internal set; }
}

/// <summary>Counts per period for each metric, oldest period first: the metrics reports of campaigns, broadcasts, newsletters and transactional templates.</summary>
public sealed class MetricSeries
{
    [JsonConstructor]
    internal MetricSeries()
    {
    }

    /// <summary>
    /// The counts by metric name (<c>sent</c>, <c>delivered</c>, <c>opened</c>, <c>clicked</c>, <c>human_clicked</c>,
    /// <c>bounced</c>, ...; the API adds metrics over time, so every name it answers is kept).
    /// </summary>
    [JsonInclude, JsonPropertyName("series")]
    public IReadOnlyDictionary<string, IReadOnlyList<long>>? Series { get; internal set; }

    /// <summary>The channel the counts are of, when the report says (newsletters and their contents).</summary>
    [JsonInclude, JsonPropertyName("type")]
    public MessageType? Type { get; internal set; }

    /// <summary>The counts of one metric; empty when the report has none.</summary>
    /// <param name="metric">The metric, for example <see cref="MessageMetric.Sent"/> (any wire name converts).</param>
    /// <returns>One count per period, oldest first.</returns>
    public IReadOnlyList<long> Get(MessageMetric metric) => Series is { } series && series.TryGetValue(metric.Value, out var counts) ? counts : [];
}

/// <summary>The metrics of one language variant of a multi-language action.</summary>
public sealed class LanguageVariantMetrics
{
    [JsonConstructor]
    internal LanguageVariantMetrics()
    {
    }

    /// <summary>Whether this is the default variant (its language is empty).</summary>
    [JsonInclude, JsonPropertyName("default")]
    public bool Default { get; internal set; }

    /// <summary>The variant's language, for example <c>es</c>; empty for the default.</summary>
    [JsonInclude, JsonPropertyName("language")]
    public string? Language { get; internal set; }

    /// <summary>The counts by metric name, oldest period first.</summary>
    [JsonInclude, JsonPropertyName("series")]
    public IReadOnlyDictionary<string, IReadOnlyList<long>>? Series { get; internal set; }
}

/// <summary>The clicks of one tracked link over the periods of a report.</summary>
public sealed class LinkMetric
{
    [JsonConstructor]
    internal LinkMetric()
    {
    }

    /// <summary>The link.</summary>
    [JsonInclude, JsonPropertyName("link")]
    public TrackedLink? Link { get; internal set; }

    /// <summary>Its clicks (<c>clicked</c>, <c>human_clicked</c>, <c>machine_clicked</c>), oldest period first.</summary>
    [JsonInclude, JsonPropertyName("metric")]
    public MetricSeries? Metric { get; internal set; }
}

/// <summary>A tracked link of a message.</summary>
public sealed class TrackedLink
{
    [JsonConstructor]
    internal TrackedLink()
    {
    }

    /// <summary>The link's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>Where it leads (a URL, a <c>mailto:</c>, ...).</summary>
    [JsonInclude, JsonPropertyName("href")]
    public string? Href { get; internal set; }
}

/// <summary>
/// A campaign's journeys: for each period of the report (by when the journeys started), how many reached each stage.
/// </summary>
public sealed class JourneyMetrics
{
    [JsonConstructor]
    internal JourneyMetrics()
    {
    }

    /// <summary>People who met the trigger (before filters).</summary>
    [JsonInclude, JsonPropertyName("started")]
    public IReadOnlyList<long>? Started { get; internal set; }

    /// <summary>People who started and were not filtered out before an action.</summary>
    [JsonInclude, JsonPropertyName("activated")]
    public IReadOnlyList<long>? Activated { get; internal set; }

    /// <summary>People filtered out before any action.</summary>
    [JsonInclude, JsonPropertyName("never_activated")]
    public IReadOnlyList<long>? NeverActivated { get; internal set; }

    /// <summary>People who stopped meeting the trigger or filter.</summary>
    [JsonInclude, JsonPropertyName("exited_early")]
    public IReadOnlyList<long>? ExitedEarly { get; internal set; }

    /// <summary>People who reached at least one action that is not a delay.</summary>
    [JsonInclude, JsonPropertyName("messaged")]
    public IReadOnlyList<long>? Messaged { get; internal set; }

    /// <summary>People who matched the conversion goal.</summary>
    [JsonInclude, JsonPropertyName("converted")]
    public IReadOnlyList<long>? Converted { get; internal set; }

    /// <summary>People who finished the journey.</summary>
    [JsonInclude, JsonPropertyName("finished")]
    public IReadOnlyList<long>? Finished { get; internal set; }
}
