using System.Text.Json.Nodes;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;
using CustomerIO.Emulator.App.Resources;

namespace CustomerIO.Emulator.App.Newsletters;

/// <summary>
/// A newsletter's languages and A/B test groups (routed by <see cref="AppRoutes"/>): <c>/language</c> and
/// <c>/language/{language}</c> act on the contents outside test groups (or the first group's), <c>/test_groups</c>
/// lists and adds groups (the first added splits the newsletter into groups A and B, B a copy of A), and
/// <c>/test_group/{id}/language[/{language}]</c> act on one group's contents. A sent newsletter refuses changes (400).
/// </summary>
internal sealed class NewsletterLanguageHandlers(EmulatorState state, NewsletterStore store, NewsletterHandlers newsletters)
{
    public RequestDelegate Create => Reply.Handler(context => AddLanguage(context, "app.create_newsletter_language", group: null));

    public RequestDelegate CreateInGroup => Reply.Handler(context => AddLanguage(context, "app.create_newsletter_test_group_language", GroupOf(context)));

    public Reply Get(HttpContext context) => Read(context, "app.get_newsletter_language", group: null, languageSegment: 5);

    public Reply GetInGroup(HttpContext context) => Read(context, "app.get_newsletter_test_group_language", GroupOf(context), languageSegment: 7);

    public RequestDelegate Update => Reply.Handler(context => Change(context, "app.update_newsletter_language", group: null, languageSegment: 5));

    public RequestDelegate UpdateInGroup => Reply.Handler(context => Change(context, "app.update_newsletter_test_group_language", GroupOf(context), languageSegment: 7));

    public Reply Delete(HttpContext context) => Remove(context, "app.delete_newsletter_language", group: null, languageSegment: 5);

    public Reply DeleteInGroup(HttpContext context) => Remove(context, "app.delete_newsletter_test_group_language", GroupOf(context), languageSegment: 7);

    public Reply TestGroups(HttpContext context) => newsletters.With(context, "app.get_newsletter_test_groups", (id, newsletter) =>
        new JsonObject { ["test_groups"] = new JsonArray([.. Groups(newsletter).Select(g => (JsonNode)GroupAnswer(id, g))]) });

    public Reply AddTestGroup(HttpContext context) => Guarded(context, "app.create_newsletter_test_group", (id, newsletter, now) =>
    {
        var groups = Groups(newsletter);
        if (groups.Count == 0)
        {
            foreach (var content in store.BaseContents(id))
            {
                store.Contents.Update(ResourceJson.Long(content, "id")!.Value, c => c["test_group_id"] = 0);
            }

            groups.Add(Group(0));
        }

        var source = store.ContentsOf(id).Where(c => ResourceJson.Long(c, "test_group_id") == ResourceJson.Long(groups[0], "id")).ToList();
        var next = groups.Max(g => ResourceJson.Long(g, "id")!.Value) + 1;
        groups.Add(Group(next));
        foreach (var content in source)
        {
            var copy = (JsonObject)content.DeepClone();
            copy["test_group_id"] = next;
            copy["updated"] = now.ToUnixTimeSeconds();
            store.Contents.Add(copy);
        }

        store.Newsletters.Update(id, n => n["test_groups"] = new JsonArray([.. groups.Select(g => (JsonNode)g)]));
        return null;
    });

    private async Task<Reply> AddLanguage(HttpContext context, string operation, string? group)
    {
        var (body, refusal) = await NewsletterBody.ReadAsync(context, state, allowEmpty: false).ConfigureAwait(false);
        return refusal ?? Guarded(context, operation, (id, newsletter, now) =>
        {
            if (Contents(context, id, newsletter, group, out var contents) is { } missing)
            {
                return missing;
            }

            if (group is null && Groups(newsletter).Count > 1)
            {
                return NewsletterReplies.Invalid(state, Errors.Invalid("test_groups", "the newsletter has several test groups: add the language to a test group"));
            }

            if (NewsletterBody.Text(body!, "language", out var language) is not null || string.IsNullOrWhiteSpace(language))
            {
                return NewsletterReplies.Invalid(state, Errors.Required("language"), StatusCodes.Status422UnprocessableEntity);
            }

            if (contents.Any(c => ResourceJson.Text(c, "language") == language))
            {
                return NewsletterReplies.Invalid(state, Errors.Invalid("language", "the language variant already exists"), StatusCodes.Status422UnprocessableEntity);
            }

            var type = ResourceJson.Text(newsletter, "type") ?? "email";
            if (RequiredContent(body!, type) is { } absent)
            {
                return NewsletterReplies.Invalid(state, Errors.Required(absent), StatusCodes.Status422UnprocessableEntity);
            }

            var content = NewsletterStore.Content(0, id, language, type, ResourceJson.Text(body!, "subject"), ResourceJson.Text(body!, "body"));
            foreach (var field in (string[])["body_amp", "body_plain", "preheader_text", "body_json"])
            {
                content[field] = body![field]?.DeepClone();
            }

            content["test_group_id"] = group is null
                ? contents.Count > 0 ? contents[0]["test_group_id"]?.DeepClone() : null
                : JsonValue.Create(long.Parse(group, System.Globalization.CultureInfo.InvariantCulture));
            content["updated"] = now.ToUnixTimeSeconds();
            store.Contents.Add(content);
            return null;
        });
    }

    private Reply Read(HttpContext context, string operation, string? group, int languageSegment) => newsletters.WithReply(context, (id, newsletter) =>
        Find(context, id, newsletter, group, languageSegment, out var content)
            ?? NewsletterReplies.Ok(state, operation, new JsonObject { ["content"] = NewsletterStore.ContentAnswer(content!) }));

    private async Task<Reply> Change(HttpContext context, string operation, string? group, int languageSegment)
    {
        var (body, refusal) = await NewsletterBody.ReadAsync(context, state, allowEmpty: false).ConfigureAwait(false);
        return refusal ?? newsletters.Update(context, operation, body!, () =>
        {
            if (NewsletterReplies.Id(context, 3) is not { } id || store.Newsletters.Find(id) is not { } newsletter)
            {
                return (null, NewsletterReplies.NotFound(state, "newsletter"));
            }

            return Find(context, id, newsletter, group, languageSegment, out var content) is { } missing ? (null, missing) : (content, null);
        });
    }

    private Reply Remove(HttpContext context, string operation, string? group, int languageSegment) => Guarded(context, operation, (id, newsletter, _) =>
    {
        if (Contents(context, id, newsletter, group, out var contents) is { } missingGroup)
        {
            return missingGroup;
        }

        var language = RawPath.Segment(context, languageSegment);
        var content = contents.FirstOrDefault(c => ResourceJson.Text(c, "language") == language);
        if (content is null)
        {
            return NewsletterReplies.NotFound(state, "language variant");
        }

        if (string.IsNullOrEmpty(language))
        {
            return NewsletterReplies.Invalid(state, Errors.Invalid("language", "the default language cannot be deleted"));
        }

        store.Contents.Remove(ResourceJson.Long(content, "id")!.Value);
        return null;
    }, noContent: true);

    /// <summary>Runs a change on a draft newsletter (400 once sent), then answers it with its <c>content_ids</c> refreshed (or 204); a null answer from <paramref name="change"/> means done.</summary>
    private Reply Guarded(HttpContext context, string operation, Func<long, JsonObject, DateTimeOffset, Reply?> change, bool noContent = false) => newsletters.WithReply(context, (id, newsletter) =>
    {
        if (newsletter["sent_at"] is not null)
        {
            return NewsletterReplies.Invalid(state, Errors.Invalid("newsletter", "the newsletter has already been sent"));
        }

        var now = state.Now();
        if (change(id, newsletter, now) is { } refused)
        {
            return refused;
        }

        var changed = store.Touch(id, now)!;
        return noContent ? NewsletterReplies.NoContent(state, operation) : NewsletterReplies.Ok(state, operation, NewsletterHandlers.Answer(changed));
    });

    private Reply? Find(HttpContext context, long id, JsonObject newsletter, string? group, int languageSegment, out JsonObject? content)
    {
        content = null;
        if (Contents(context, id, newsletter, group, out var contents) is { } missing)
        {
            return missing;
        }

        var language = RawPath.Segment(context, languageSegment);
        content = contents.FirstOrDefault(c => ResourceJson.Text(c, "language") == language);
        return content is null ? NewsletterReplies.Invalid(state, Errors.Invalid("language", "the language does not exist")) : null;
    }

    /// <summary>The contents a language call acts on: the group's, or those outside groups; 400 when the group does not exist.</summary>
    private Reply? Contents(HttpContext context, long id, JsonObject newsletter, string? group, out List<JsonObject> contents)
    {
        contents = [];
        if (group is null)
        {
            contents = store.BaseContents(id);
            return null;
        }

        if (!Groups(newsletter).Any(g => ResourceJson.Long(g, "id")?.ToString(System.Globalization.CultureInfo.InvariantCulture) == group))
        {
            return NewsletterReplies.Invalid(state, Errors.Invalid("test_group_id", "the test group does not exist"));
        }

        contents = [.. store.ContentsOf(id).Where(c => ResourceJson.Long(c, "test_group_id")?.ToString(System.Globalization.CultureInfo.InvariantCulture) == group)];
        return null;
    }

    /// <summary>The field a language of this channel lacks (email: subject and body; push: one of them; inbox and in-app: body_json; others: body).</summary>
    private static string? RequiredContent(JsonObject body, string type) => type switch
    {
        "email" => body["subject"] is null ? "subject" : body["body"] is null ? "body" : null,
        "push" => body["subject"] is null && body["body"] is null ? "body" : null,
        "inbox" or "in_app" => body["body_json"] is null ? "body_json" : null,
        _ => body["body"] is null ? "body" : null,
    };

    private static string GroupOf(HttpContext context) => RawPath.Segment(context, 5);

    private static List<JsonObject> Groups(JsonObject newsletter) =>
        newsletter["test_groups"] is JsonArray groups ? [.. groups.OfType<JsonObject>().Select(g => (JsonObject)g.DeepClone())] : [];

    private static JsonObject Group(long id) => new()
    {
        ["id"] = id, ["name"] = ((char)('A' + (int)Math.Min(id, 25))).ToString(), ["label"] = "test " + (id + 1), ["winner"] = false,
    };

    private JsonObject GroupAnswer(long newsletterId, JsonObject group)
    {
        var answer = (JsonObject)group.DeepClone();
        answer["content_ids"] = new JsonArray([.. store.ContentsOf(newsletterId)
            .Where(c => ResourceJson.Long(c, "test_group_id") == ResourceJson.Long(group, "id"))
            .Select(c => (JsonNode)ResourceJson.Long(c, "id")!.Value)]);
        return answer;
    }
}
