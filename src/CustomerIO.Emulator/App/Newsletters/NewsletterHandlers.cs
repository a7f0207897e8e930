using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Reads;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;
using CustomerIO.Emulator.App.Resources;

namespace CustomerIO.Emulator.App.Newsletters;

/// <summary>
/// Newsletters (routed by <see cref="AppRoutes"/>): <c>GET /newsletters</c> (paged, <c>sort</c>), <c>POST /newsletters</c>
/// (one content in the default language; <c>send_now</c> sends it), <c>GET</c>/<c>DELETE /newsletters/{id}</c>, and
/// its contents: <c>GET /contents</c>, <c>GET</c>/<c>PUT /contents/{content_id}</c>.
/// </summary>
internal sealed class NewsletterHandlers(EmulatorState state, NewsletterStore store, NewsletterSender sender)
{
    /// <summary>The content fields a <c>PUT</c> may change as text.</summary>
    public static readonly string[] UpdatableText = ["subject", "body", "body_amp", "body_plain", "preheader_text", "recipient"];

    public Reply List(HttpContext context)
    {
        sender.DeliverDue(state.Now());
        if (Page.Parse(context, out var page) is { } error)
        {
            return NewsletterReplies.Invalid(state, error);
        }

        var sort = context.Request.Query["sort"].ToString();
        if (sort is not ("" or "asc" or "desc"))
        {
            return NewsletterReplies.Invalid(state, Errors.Invalid("sort", "sort must be asc or desc"));
        }

        var all = store.Newsletters.All().OrderBy(n => ResourceJson.Long(n, "created")).ThenBy(n => ResourceJson.Long(n, "id")).ToList();
        if (sort == "desc")
        {
            all.Reverse();
        }

        var body = new JsonObject
        {
            ["newsletters"] = new JsonArray([.. page.Of(all, n => (JsonNode)NewsletterStore.Answer(n))]),
            ["next"] = page.Next(all.Count),
        };
        return NewsletterReplies.Ok(state, "app.list_newsletters", body);
    }

    public Reply One(HttpContext context) => With(context, "app.get_newsletter", (_, newsletter) => Answer(newsletter));

    public Reply Delete(HttpContext context) => With(context, "app.delete_newsletter", (id, _) =>
    {
        foreach (var content in store.ContentsOf(id))
        {
            store.Contents.Remove(ResourceJson.Long(content, "id")!.Value);
        }

        store.Newsletters.Remove(id);
        return null;
    });

    public Reply Contents(HttpContext context) => With(context, "app.get_newsletter_contents", (id, _) =>
        new JsonObject { ["contents"] = new JsonArray([.. store.ContentsOf(id).Select(c => (JsonNode)NewsletterStore.ContentAnswer(c))]) });

    public Reply Content(HttpContext context) =>
        WithContent(context, "app.get_newsletter_content", content => new JsonObject { ["content"] = NewsletterStore.ContentAnswer(content) });

    public RequestDelegate UpdateContent => Reply.Handler(async context =>
    {
        var (body, refusal) = await NewsletterBody.ReadAsync(context, state, allowEmpty: false).ConfigureAwait(false);
        return refusal ?? Update(context, "app.update_newsletter_content", body!, () => Find(context, 5));
    });

    /// <summary>Applies a content update to the content <paramref name="find"/> answers (null: the newsletter or content does not exist).</summary>
    public Reply Update(HttpContext context, string operation, JsonObject body, Func<(JsonObject? Content, Reply? Missing)> find)
    {
        sender.DeliverDue(state.Now());
        var (content, missing) = find();
        if (missing is not null)
        {
            return missing;
        }

        if (ResourceJson.Text(content!, "type") is "in_app" or "inbox")
        {
            return NewsletterReplies.Invalid(state, Errors.Invalid("type", "in-app and inbox content cannot be changed through the API"));
        }

        if (NewsletterBody.ContentUpdate(body, UpdatableText, out var apply) is { } error)
        {
            return NewsletterReplies.Invalid(state, error);
        }

        var now = state.Now();
        var id = ResourceJson.Long(content!, "id")!.Value;
        var updated = store.Contents.Update(id, c =>
        {
            apply(c);
            c["updated"] = now.ToUnixTimeSeconds();
        })!;
        store.Touch(ResourceJson.Long(updated, "newsletter_id")!.Value, now);
        return NewsletterReplies.Ok(state, operation, new JsonObject { ["content"] = NewsletterStore.ContentAnswer(updated) });
    }

    public RequestDelegate Create => Reply.Handler(async context =>
    {
        var (body, refusal) = await NewsletterBody.ReadAsync(context, state, allowEmpty: false).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = state.Now();
        if (NewsletterRules.Creation(body!, now) is { } invalid)
        {
            return NewsletterReplies.Invalid(state, invalid.Error, invalid.Status);
        }

        var type = ResourceJson.Text(body!, "type")!;
        var newsletter = store.Newsletters.Add(new JsonObject
        {
            ["name"] = ResourceJson.Text(body!, "name"), ["type"] = type, ["tags"] = new JsonArray(),
            ["content_ids"] = new JsonArray(), ["recipient_segment_ids"] = new JsonArray([.. NewsletterRules.SegmentIds(body!["recipients"]!).Select(s => (JsonNode)s)]),
            ["subscription_topic_id"] = body!["subscription_topic_id"]?.DeepClone(), ["sent_at"] = null,
            ["created"] = now.ToUnixTimeSeconds(), ["updated"] = now.ToUnixTimeSeconds(), ["recipients"] = body["recipients"]!.DeepClone(),
            ["scheduled_at"] = body["scheduled_at"]?.DeepClone(),
            ["rate_limit_email_rate"] = body["rate_limit_email_rate"]?.DeepClone(), ["rate_limit_time_period"] = body["rate_limit_time_period"]?.DeepClone(),
            ["rate_limit_spread"] = body["rate_limit_spread"]?.DeepClone(),
        });
        var id = ResourceJson.Long(newsletter, "id")!.Value;
        var content = NewsletterStore.Content(0, id, string.Empty, type, ResourceJson.Text(body, "subject"), ResourceJson.Text(body, "body"));
        foreach (var name in (string[])["body_plain", "body_json", "preheader_text", "from", "from_id", "layout_id", "request_method", "url"])
        {
            if (body[name] is { } value)
            {
                content[name] = value.DeepClone();
            }
        }

        if (body["from"] is not null)
        {
            content["from_id"] = null;
        }

        content["updated"] = now.ToUnixTimeSeconds();
        store.Contents.Add(content);
        store.Touch(id, now);
        if (body["send_now"]?.GetValueKind() == JsonValueKind.True)
        {
            sender.Send(id, now);
        }

        return NewsletterReplies.Ok(state, "app.create_newsletter", Answer(store.Newsletters.Find(id)!));
    });

    /// <summary><c>{"newsletter":{..}}</c>.</summary>
    public static JsonObject Answer(JsonObject newsletter) => new() { ["newsletter"] = NewsletterStore.Answer(newsletter) };

    /// <summary>
    /// Runs <paramref name="read"/> on the newsletter of the path (segment 3) after sending what was due; 404 when there
    /// is none. A null answer is a 204.
    /// </summary>
    public Reply With(HttpContext context, string operation, Func<long, JsonObject, JsonObject?> read) =>
        WithReply(context, (id, newsletter) => read(id, newsletter) is { } body
            ? NewsletterReplies.Ok(state, operation, body)
            : NewsletterReplies.NoContent(state, operation));

    /// <summary>Like <see cref="With"/>, the handler making (and counting) its own reply.</summary>
    public Reply WithReply(HttpContext context, Func<long, JsonObject, Reply> handle)
    {
        sender.DeliverDue(state.Now());
        return NewsletterReplies.Id(context, 3) is { } id && store.Newsletters.Find(id) is { } newsletter
            ? handle(id, newsletter)
            : NewsletterReplies.NotFound(state, "newsletter");
    }

    private Reply WithContent(HttpContext context, string operation, Func<JsonObject, JsonObject> read)
    {
        sender.DeliverDue(state.Now());
        var (content, missing) = Find(context, 5);
        return missing ?? NewsletterReplies.Ok(state, operation, read(content!));
    }

    /// <summary>The content at path segment <paramref name="segment"/> of the newsletter at segment 3, or the 404.</summary>
    private (JsonObject? Content, Reply? Missing) Find(HttpContext context, int segment)
    {
        if (NewsletterReplies.Id(context, 3) is not { } id || store.Newsletters.Find(id) is null)
        {
            return (null, NewsletterReplies.NotFound(state, "newsletter"));
        }

        return NewsletterReplies.Id(context, segment) is { } contentId && store.Contents.Find(contentId) is { } content && ResourceJson.Long(content, "newsletter_id") == id
            ? (content, null)
            : (null, NewsletterReplies.NotFound(state, "newsletter content"));
    }
}
