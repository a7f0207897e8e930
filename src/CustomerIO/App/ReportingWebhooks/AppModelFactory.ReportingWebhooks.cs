using System.Linq;

namespace CustomerIO.App;

/// <summary>The Reporting webhooks answers, for tests of code that uses a mocked <see cref="ReportingWebhooksClient"/>.</summary>
public static partial class AppModelFactory
{
    /// <summary>A reporting webhook.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="endpoint">Its URL.</param>
    /// <param name="events">The events it reports.</param>
    /// <param name="disabled">Whether it is stopped.</param>
    /// <param name="fullResolution">Whether every open and click is sent.</param>
    /// <param name="withContent">Whether sent events carry the body.</param>
    /// <param name="type">Its type.</param>
    /// <returns>The webhook.</returns>
    public static ReportingWebhook ReportingWebhook(
        long id, string? name = null, string? endpoint = null, IEnumerable<ReportingWebhookEvent>? events = null, bool disabled = false,
        bool fullResolution = false, bool withContent = false, ReportingWebhookType? type = null) =>
        new()
        {
            Id = id, Name = name, Endpoint = endpoint, Events = events?.ToArray(), Disabled = disabled, FullResolution = fullResolution,
            WithContent = withContent, Type = type,
        };
}
