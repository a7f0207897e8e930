using System.Text.Json.Serialization;
using CustomerIO.Paging;
using CustomerIO.Serialization;

namespace CustomerIO.App;

// The Campaigns and Broadcasts answers' envelopes (actions and metrics are shared by both). Internal; unknown fields are ignored.

/// <summary><c>{"campaigns":[..]}</c>.</summary>
internal sealed class CampaignsAnswer : IPageAnswer<Campaign>
{
    [JsonPropertyName("campaigns")]
    public IReadOnlyList<Campaign>? Campaigns { get; set; }

    IReadOnlyList<Campaign>? IPageAnswer<Campaign>.Values => Campaigns;
}

/// <summary><c>{"campaign":{..}}</c>.</summary>
internal sealed class CampaignAnswer
{
    [JsonPropertyName("campaign")]
    public Campaign? Campaign { get; set; }
}

/// <summary><c>{"actions":[..],"next":".."}</c>: a campaign's actions (10 a page) or a broadcast's (one page, no <c>next</c>).</summary>
internal sealed class ActionsPage : ICursorPage<MessageAction>
{
    [JsonPropertyName("actions")]
    public IReadOnlyList<MessageAction>? Actions { get; set; }

    [JsonPropertyName("next"), JsonConverter(typeof(CursorJsonConverter))]
    public string? Next { get; set; }

    IReadOnlyList<MessageAction>? IPageAnswer<MessageAction>.Values => Actions;
}

/// <summary><c>{"action":{..}}</c>.</summary>
internal sealed class ActionAnswer
{
    [JsonPropertyName("action")]
    public MessageAction? Action { get; set; }
}

/// <summary><c>{"links":[..]}</c>.</summary>
internal sealed class LinkMetricsAnswer : IPageAnswer<LinkMetric>
{
    [JsonPropertyName("links")]
    public IReadOnlyList<LinkMetric>? Links { get; set; }

    IReadOnlyList<LinkMetric>? IPageAnswer<LinkMetric>.Values => Links;
}

/// <summary><c>{"journey_metric":{..}}</c>.</summary>
internal sealed class JourneyMetricsAnswer
{
    [JsonPropertyName("journey_metric")]
    public JourneyMetrics? JourneyMetric { get; set; }
}
