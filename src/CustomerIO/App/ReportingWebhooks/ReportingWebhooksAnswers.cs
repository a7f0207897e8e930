using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.App;

/// <summary><c>{"reporting_webhooks":[..]}</c>. The other answers are the webhook itself, with no envelope.</summary>
internal sealed class ReportingWebhooksAnswer : IPageAnswer<ReportingWebhook>
{
    [JsonPropertyName("reporting_webhooks")]
    public IReadOnlyList<ReportingWebhook>? ReportingWebhooks { get; set; }

    IReadOnlyList<ReportingWebhook>? IPageAnswer<ReportingWebhook>.Values => ReportingWebhooks;
}
