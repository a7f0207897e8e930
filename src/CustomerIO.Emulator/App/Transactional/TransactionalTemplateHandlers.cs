using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Newsletters;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;
using CustomerIO.Emulator.App.Resources;

namespace CustomerIO.Emulator.App.Transactional;

/// <summary>
/// Transactional templates (routed by <see cref="AppRoutes"/>): <c>GET /transactional</c>, <c>/transactional/{id}</c>,
/// <c>/contents</c>, <c>GET</c>/<c>PUT /language/{language}</c>, <c>PUT /content/{content_id}</c> (answering
/// <c>{"content":[..]}</c>, an array as the OpenAPI types it), and the metrics of the deliveries its sends made
/// (<c>/metrics</c>, <c>/metrics/links</c>). Errors: 404 for an unknown template or content, 400
/// <c>{"meta":{"error":..}}</c> for an unknown language, a content of another template or a bad field.
/// </summary>
internal sealed class TransactionalTemplateHandlers(EmulatorState state, TransactionalTemplateStore store)
{
    private static readonly string[] UpdatableText = ["subject", "body", "body_amp", "preheader_text", "recipient"];

    public Reply List(HttpContext context) => NewsletterReplies.Ok(state, "app.list_transactional_messages",
        new JsonObject { ["messages"] = new JsonArray([.. store.Templates.All().Select(t => (JsonNode)t)]) });

    public Reply One(HttpContext context) => With(context, (_, template) =>
        NewsletterReplies.Ok(state, "app.get_transactional_message", new JsonObject { ["message"] = template }));

    public Reply Contents(HttpContext context) => With(context, (id, _) => NewsletterReplies.Ok(state, "app.get_transactional_message_contents",
        new JsonObject { ["contents"] = new JsonArray([.. store.ContentsOf(id).Select(c => (JsonNode)TransactionalTemplateStore.ContentAnswer(c))]) }));

    public Reply Language(HttpContext context) => With(context, (id, _) =>
        FindLanguage(context, id, out var content) ?? NewsletterReplies.Ok(state, "app.get_transactional_message_language", Answer(content!)));

    public RequestDelegate UpdateLanguage => Reply.Handler(async context =>
    {
        var (body, refusal) = await NewsletterBody.ReadAsync(context, state, allowEmpty: false, metaErrors: true).ConfigureAwait(false);
        return refusal ?? With(context, (id, _) =>
            FindLanguage(context, id, out var content) ?? Update(body!, content!, "app.update_transactional_message_language"));
    });

    public RequestDelegate UpdateContent => Reply.Handler(async context =>
    {
        var (body, refusal) = await NewsletterBody.ReadAsync(context, state, allowEmpty: false, metaErrors: true).ConfigureAwait(false);
        return refusal ?? With(context, (id, _) =>
        {
            if (NewsletterReplies.Id(context, 5) is not { } contentId || store.Contents.Find(contentId) is not { } content)
            {
                return NewsletterReplies.NotFound(state, "transactional message content");
            }

            return ResourceJson.Long(content, "transactional_id") == id
                ? Update(body!, content, "app.update_transactional_message_content")
                : NewsletterBody.Meta(state, Errors.Invalid("content_id", "the content_id does not belong to the transactional message"));
        });
    });

    public Reply Metrics(HttpContext context) => Report(context, "app.get_transactional_message_metrics", links: false);

    public Reply LinkMetrics(HttpContext context) => Report(context, "app.get_transactional_message_link_metrics", links: true);

    private Reply Report(HttpContext context, string operation, bool links) => With(context, (id, _) =>
    {
        if (MetricSeries.Parse(context, state.Now(), out var starts) is { } error)
        {
            return NewsletterBody.Meta(state, error);
        }

        var key = TransactionalTemplateStore.DeliveryKey(id);
        var deliveries = state.Deliveries.Snapshot().Where(d => d.TransactionalMessageId == key).ToList();
        var body = links
            ? MetricSeries.Links(state, deliveries, store.ContentsOf(id).Select(c => ResourceJson.Text(c, "body")), starts, context.Request.Query["unique"].ToString() == "true")
            : new JsonObject { ["metric"] = MetricSeries.Of(state, deliveries, starts) };
        return NewsletterReplies.Ok(state, operation, body);
    });

    private Reply Update(JsonObject body, JsonObject content, string operation)
    {
        if (NewsletterBody.ContentUpdate(body, UpdatableText, out var apply) is { } error)
        {
            return NewsletterBody.Meta(state, error);
        }

        var now = state.Now().ToUnixTimeSeconds();
        var id = ResourceJson.Long(content, "id")!.Value;
        var updated = store.Contents.Update(id, c =>
        {
            apply(c);
            c["updated"] = now;
        })!;
        store.Templates.Update(ResourceJson.Long(updated, "transactional_id")!.Value, t => t["updated_at"] = now);
        return NewsletterReplies.Ok(state, operation, Answer(updated));
    }

    private static JsonObject Answer(JsonObject content) => new() { ["content"] = new JsonArray(TransactionalTemplateStore.ContentAnswer(content)) };

    private Reply? FindLanguage(HttpContext context, long id, out JsonObject? content)
    {
        var language = RawPath.Segment(context, 5);
        content = store.ContentsOf(id).FirstOrDefault(c => ResourceJson.Text(c, "language") == language);
        return content is null ? NewsletterBody.Meta(state, Errors.Invalid("language", "the language does not exist")) : null;
    }

    private Reply With(HttpContext context, Func<long, JsonObject, Reply> handle) =>
        NewsletterReplies.Id(context, 3) is { } id && store.Templates.Find(id) is { } template
            ? handle(id, template)
            : NewsletterReplies.NotFound(state, "transactional message");
}
