using System.Globalization;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Reads;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;
using CustomerIO.Emulator.App.Resources;

namespace CustomerIO.Emulator.App.Newsletters;

/// <summary>
/// Sending and reporting (routed by <see cref="AppRoutes"/>): <c>POST /newsletters/{id}/send</c> (deliveries now),
/// <c>POST /schedule</c> (sent on the first newsletter request at or after <c>scheduled_at</c>; <c>0</c> takes it back to
/// draft), <c>GET /messages</c> (its deliveries, paged, newest first) and the metrics of the newsletter or of one content
/// (<c>/metrics</c>, <c>/metrics/links</c>), computed by <see cref="MetricSeries"/> from the stored deliveries.
/// </summary>
internal sealed class NewsletterSendHandlers(EmulatorState state, NewsletterStore store, NewsletterSender sender, NewsletterHandlers newsletters)
{
    public RequestDelegate Send => Reply.Handler(async context =>
    {
        var (body, refusal) = await NewsletterBody.ReadAsync(context, state, allowEmpty: true).ConfigureAwait(false);
        return refusal ?? newsletters.WithReply(context, (id, newsletter) =>
        {
            if ((Draft(newsletter) ?? NewsletterRules.RateLimit(body!)) is { } refused)
            {
                return NewsletterReplies.Invalid(state, refused.Error, refused.Status);
            }

            if (newsletter["recipients"] is null)
            {
                return NewsletterReplies.Invalid(state, Errors.Required("recipients"));
            }

            sender.Send(id, state.Now());
            return NewsletterReplies.Ok(state, "app.send_newsletter", NewsletterHandlers.Answer(store.Newsletters.Find(id)!));
        });
    });

    public RequestDelegate Schedule => Reply.Handler(async context =>
    {
        var (body, refusal) = await NewsletterBody.ReadAsync(context, state, allowEmpty: false).ConfigureAwait(false);
        return refusal ?? newsletters.WithReply(context, (id, newsletter) =>
        {
            var now = state.Now();
            if ((Draft(newsletter) ?? Scheduling(body!, newsletter, now)) is { } refused)
            {
                return NewsletterReplies.Invalid(state, refused.Error, refused.Status);
            }

            var at = ResourceJson.Long(body!, "scheduled_at")!.Value;
            var updated = store.Newsletters.Update(id, n =>
            {
                n["scheduled_at"] = at == 0 ? null : at;
                n["timezone"] = at == 0 ? null : ResourceJson.Text(body!, "timezone");
                foreach (var name in (string[])["tz_match_enabled", "rate_limit_email_rate", "rate_limit_time_period", "rate_limit_spread"])
                {
                    n[name] = body![name]?.DeepClone();
                }

                n["updated"] = now.ToUnixTimeSeconds();
            })!;
            return NewsletterReplies.Ok(state, "app.schedule_newsletter", NewsletterHandlers.Answer(updated));
        });
    });

    public Reply Messages(HttpContext context) => newsletters.WithReply(context, (id, _) =>
    {
        var pageError = Page.Parse(context, out var page);
        var rangeError = Range(context, out var start, out var end);
        if ((pageError ?? rangeError) is { } error)
        {
            return NewsletterReplies.Invalid(state, error);
        }

        var metric = context.Request.Query["metric"].ToString();
        var reached = metric is "" or "attempted" or "sent" or "created"
            ? null
            : state.Metrics.Snapshot().Where(m => m.Metric == metric).Select(m => m.DeliveryId).ToHashSet(StringComparer.Ordinal);
        var messages = state.Deliveries.Snapshot()
            .Where(d => d.NewsletterId == id && (reached is null || reached.Contains(d.DeliveryId)) && d.QueuedAt >= start && d.QueuedAt <= end)
            .Reverse().ToList();
        var body = new MessagesPage(page.Of(messages, d => MessageBody.Of(state, d)), page.Next(messages.Count));
        state.Counters.AddAccepted("app.get_newsletter_messages");
        return Reply.Json(body, AppJsonContext.Default.MessagesPage);
    });

    public Reply Metrics(HttpContext context) => Report(context, "app.get_newsletter_metrics", content: false, links: false);

    public Reply LinkMetrics(HttpContext context) => Report(context, "app.get_newsletter_metrics_links", content: false, links: true);

    public Reply ContentMetrics(HttpContext context) => Report(context, "app.get_newsletter_content_metrics", content: true, links: false);

    public Reply ContentLinkMetrics(HttpContext context) => Report(context, "app.get_newsletter_content_metrics_links", content: true, links: true);

    private Reply Report(HttpContext context, string operation, bool content, bool links) => newsletters.WithReply(context, (id, newsletter) =>
    {
        var contents = store.ContentsOf(id);
        if (content)
        {
            var contentId = NewsletterReplies.Id(context, 5);
            contents = [.. contents.Where(c => ResourceJson.Long(c, "id") == contentId)];
            if (contents.Count == 0)
            {
                return NewsletterReplies.NotFound(state, "newsletter content");
            }
        }

        var type = context.Request.Query["type"].ToString();
        if (type.Length > 0 && !NewsletterStore.Types.Contains(type))
        {
            return NewsletterReplies.Invalid(state, Errors.Invalid("type", "type must be one of " + string.Join(", ", NewsletterStore.Types)));
        }

        if (MetricSeries.Parse(context, state.Now(), out var starts) is { } error)
        {
            return NewsletterReplies.Invalid(state, error);
        }

        var ids = contents.Select(c => ResourceJson.Long(c, "id")).ToHashSet();
        var deliveries = state.Deliveries.Snapshot().Where(d => d.NewsletterId == id && ids.Contains(d.ContentId) && (type.Length == 0 || d.Type == type)).ToList();
        if (links)
        {
            var unique = context.Request.Query["unique"].ToString() == "true";
            return NewsletterReplies.Ok(state, operation, MetricSeries.Links(state, deliveries, contents.Select(c => ResourceJson.Text(c, "body")), starts, unique));
        }

        var metric = MetricSeries.Of(state, deliveries, starts);
        metric["type"] = type.Length > 0 ? type : ResourceJson.Text(newsletter, "type");
        return NewsletterReplies.Ok(state, operation, new JsonObject { ["metric"] = metric });
    });

    private static NewsletterRules.Refusal? Draft(JsonObject newsletter) => newsletter["sent_at"] is null
        ? null
        : new(Errors.Invalid("newsletter", "the newsletter has already been sent"), StatusCodes.Status400BadRequest);

    /// <summary><c>scheduled_at</c> (0 to unschedule a scheduled one; otherwise in the future, with a known <c>timezone</c>) and the rate limit.</summary>
    private static NewsletterRules.Refusal? Scheduling(JsonObject body, JsonObject newsletter, DateTimeOffset now)
    {
        if (NewsletterBody.Number(body, "scheduled_at", out var at) is { } error)
        {
            return NewsletterRules.Unprocessable(error);
        }

        if (at is null)
        {
            return NewsletterRules.Unprocessable(Errors.Required("scheduled_at"));
        }

        if (at == 0)
        {
            return newsletter["scheduled_at"] is null
                ? new(Errors.Invalid("scheduled_at", "the newsletter is not scheduled"), StatusCodes.Status400BadRequest)
                : NewsletterRules.RateLimit(body);
        }

        if (at <= now.ToUnixTimeSeconds())
        {
            return NewsletterRules.Unprocessable(Errors.Invalid("scheduled_at", "scheduled_at must be in the future"));
        }

        if (NewsletterBody.Text(body, "timezone", out var timezone) is { } zoneError)
        {
            return NewsletterRules.Unprocessable(zoneError);
        }

        if (string.IsNullOrEmpty(timezone))
        {
            return NewsletterRules.Unprocessable(Errors.Required("timezone"));
        }

        if (!NewsletterRules.IsTimeZone(timezone))
        {
            return NewsletterRules.Unprocessable(Errors.Invalid("timezone", "unknown timezone"));
        }

        if (NewsletterBody.Flag(body, "tz_match_enabled", out var match) is { } flagError)
        {
            return NewsletterRules.Unprocessable(flagError);
        }

        return NewsletterRules.RateLimit(body)
            ?? (match == true && ResourceJson.Long(body, "rate_limit_time_period") > 3600
                ? NewsletterRules.Unprocessable(Errors.Invalid("rate_limit_time_period", "rate limit periods over one hour cannot be used with tz_match_enabled"))
                : null);
    }

    private static OperationError? Range(HttpContext context, out DateTimeOffset start, out DateTimeOffset end)
    {
        start = DateTimeOffset.MinValue;
        end = DateTimeOffset.MaxValue;
        foreach (var (name, isStart) in (ReadOnlySpan<(string, bool)>)[("start_ts", true), ("end_ts", false)])
        {
            var text = context.Request.Query[name].ToString();
            if (text.Length == 0)
            {
                continue;
            }

            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return Errors.MustBeNumber(name);
            }

            if (isStart)
            {
                start = DateTimeOffset.FromUnixTimeSeconds(seconds);
            }
            else
            {
                end = DateTimeOffset.FromUnixTimeSeconds(seconds);
            }
        }

        return null;
    }
}
