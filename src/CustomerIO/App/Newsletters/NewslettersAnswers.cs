using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.App;

// The Newsletters answers' envelopes: the wire shapes around the models callers get. Internal; unknown fields are ignored.

/// <summary><c>{"newsletters":[..],"next":".."}</c>.</summary>
internal sealed class NewslettersPage : ICursorPage<Newsletter>
{
    [JsonPropertyName("newsletters")]
    public IReadOnlyList<Newsletter>? Newsletters { get; set; }

    [JsonPropertyName("next"), JsonConverter(typeof(CursorJsonConverter))]
    public string? Next { get; set; }

    IReadOnlyList<Newsletter>? IPageAnswer<Newsletter>.Values => Newsletters;
}

/// <summary><c>{"newsletter":{..}}</c>.</summary>
internal sealed class NewsletterAnswer
{
    [JsonPropertyName("newsletter")]
    public Newsletter? Newsletter { get; set; }
}

/// <summary><c>{"contents":[..]}</c>.</summary>
internal sealed class NewsletterContentsAnswer : IPageAnswer<NewsletterContent>
{
    [JsonPropertyName("contents")]
    public IReadOnlyList<NewsletterContent>? Contents { get; set; }

    IReadOnlyList<NewsletterContent>? IPageAnswer<NewsletterContent>.Values => Contents;
}

/// <summary><c>{"content":{..}}</c>.</summary>
internal sealed class NewsletterContentAnswer
{
    [JsonPropertyName("content")]
    public NewsletterContent? Content { get; set; }
}

/// <summary><c>{"test_groups":[..]}</c>.</summary>
internal sealed class NewsletterTestGroupsAnswer : IPageAnswer<NewsletterTestGroup>
{
    [JsonPropertyName("test_groups")]
    public IReadOnlyList<NewsletterTestGroup>? TestGroups { get; set; }

    IReadOnlyList<NewsletterTestGroup>? IPageAnswer<NewsletterTestGroup>.Values => TestGroups;
}

/// <summary><c>{"metric":{"series":{..}}}</c>: newsletters, their contents and transactional templates.</summary>
internal sealed class PeriodMetricsAnswer
{
    [JsonPropertyName("metric")]
    public MetricSeries? Metric { get; set; }
}

