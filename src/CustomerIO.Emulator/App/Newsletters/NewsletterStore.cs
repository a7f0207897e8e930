using System.Globalization;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.State;
using static CustomerIO.Emulator.App.Resources.ResourceJson;

namespace CustomerIO.Emulator.App.Newsletters;

/// <summary>
/// The workspace's newsletters (kind <c>newsletters</c>) and their contents (kind <c>newsletter_contents</c>) in the
/// resource store, under the OpenAPI's field names: a newsletter holds <c>id</c>, <c>name</c>, <c>type</c>, <c>tags</c>,
/// <c>content_ids</c>, <c>recipient_segment_ids</c>, <c>subscription_topic_id</c>, <c>sent_at</c>, <c>created</c>,
/// <c>updated</c>, and what its creation and schedule set (<c>recipients</c>, <c>scheduled_at</c>, <c>timezone</c>,
/// <c>rate_limit_*</c>, <c>test_groups</c>); a content holds the content fields, its <c>newsletter_id</c> and
/// <c>test_group_id</c>. Answers carry only the documented fields.
/// </summary>
internal sealed class NewsletterStore(EmulatorState state)
{
    public const string Kind = "newsletters";
    public const string ContentKind = "newsletter_contents";

    /// <summary>The channel types a newsletter can have.</summary>
    public static readonly string[] Types = ["email", "webhook", "twilio", "push", "in_app", "inbox"];

    private static readonly string[] NewsletterFields =
        ["id", "deduplicate_id", "name", "type", "tags", "content_ids", "recipient_segment_ids", "subscription_topic_id", "sent_at", "created", "updated"];

    private static readonly string[] ContentFields =
    [
        "id", "newsletter_id", "deduplicate_id", "name", "language", "type", "subject", "body", "body_amp", "preheader_text", "from", "from_id",
        "reply_to", "reply_to_id", "recipient", "cc", "bcc", "fake_bcc", "headers", "layout", "preprocessor",
    ];

    /// <summary>When the seeded newsletters were made: 2025-01-01.</summary>
    private const long Seeded = 1735689600;

    public ResourceStore Newsletters { get; } = state.Resources.Define(Kind, SeedNewsletters);

    public ResourceStore Contents { get; } = state.Resources.Define(ContentKind, SeedContents);

    /// <summary>The contents of a newsletter, by id.</summary>
    public List<JsonObject> ContentsOf(long newsletterId) =>
        [.. Contents.All().Where(c => Long(c, "newsletter_id") == newsletterId)];

    /// <summary>The contents outside test groups, or those of the first group when every content is in one.</summary>
    public List<JsonObject> BaseContents(long newsletterId)
    {
        var all = ContentsOf(newsletterId);
        var plain = all.Where(c => Long(c, "test_group_id") is null).ToList();
        if (plain.Count > 0 || all.Count == 0)
        {
            return plain;
        }

        var first = all.Min(c => Long(c, "test_group_id"));
        return [.. all.Where(c => Long(c, "test_group_id") == first)];
    }

    /// <summary>Writes the newsletter's <c>content_ids</c> from its contents and marks it changed.</summary>
    public JsonObject? Touch(long newsletterId, DateTimeOffset now)
    {
        var ids = ContentsOf(newsletterId).Select(c => (JsonNode)Long(c, "id")!.Value).ToArray();
        return Newsletters.Update(newsletterId, n =>
        {
            n["content_ids"] = new JsonArray(ids);
            n["updated"] = now.ToUnixTimeSeconds();
        });
    }

    /// <summary>A newsletter as the API answers it.</summary>
    public static JsonObject Answer(JsonObject newsletter) => Project(newsletter, NewsletterFields, "updated");

    /// <summary>A content as the API answers it.</summary>
    public static JsonObject ContentAnswer(JsonObject content) => Project(content, ContentFields, "updated");

    private static JsonObject Project(JsonObject item, string[] fields, string changed)
    {
        var answer = new JsonObject();
        foreach (var field in fields)
        {
            answer[field] = field == "deduplicate_id"
                ? string.Create(CultureInfo.InvariantCulture, $"{Long(item, "id")}:{Long(item, changed) ?? Seeded}")
                : item[field]?.DeepClone();
        }

        return answer;
    }

    private static IEnumerable<JsonObject> SeedNewsletters() =>
    [
        new JsonObject
        {
            ["id"] = 1, ["name"] = "Weekly Product Update", ["type"] = "email", ["tags"] = new JsonArray("Product Updates"),
            ["content_ids"] = new JsonArray(1, 2), ["recipient_segment_ids"] = new JsonArray(1), ["subscription_topic_id"] = null,
            ["sent_at"] = null, ["created"] = Seeded, ["updated"] = Seeded,
            ["recipients"] = JsonNode.Parse("""{"and":[{"or":[{"segment":{"id":1}}]}]}"""),
        },
        new JsonObject
        {
            ["id"] = 2, ["name"] = "Spring sale", ["type"] = "twilio", ["tags"] = new JsonArray("Promotions"),
            ["content_ids"] = new JsonArray(3), ["recipient_segment_ids"] = new JsonArray(), ["subscription_topic_id"] = null,
            ["sent_at"] = Seeded + 86400, ["created"] = Seeded, ["updated"] = Seeded + 86400,
            ["recipients"] = JsonNode.Parse("""{"and":[{"attribute":{"field":"phone","operator":"exists"}}]}"""),
        },
    ];

    private static IEnumerable<JsonObject> SeedContents() =>
    [
        Content(1, 1, string.Empty, "email", "What's new this week, {{ customer.first_name }}",
            """<html><body><p>Hi {{ customer.first_name }}, here is <a href="https://example.com/changelog">what we shipped</a>.</p></body></html>"""),
        Content(2, 1, "fr", "email", "Quoi de neuf cette semaine, {{ customer.first_name }}",
            """<html><body><p>Bonjour {{ customer.first_name }}, voici <a href="https://example.com/fr/changelog">les nouveautés</a>.</p></body></html>"""),
        Content(3, 2, string.Empty, "twilio", null, "Spring sale: 20% off today, {{ customer.first_name }}!"),
    ];

    /// <summary>A new content of a newsletter's type, with the fields a channel starts with.</summary>
    public static JsonObject Content(long id, long newsletterId, string language, string type, string? subject, string? body) => new()
    {
        ["id"] = id, ["newsletter_id"] = newsletterId, ["test_group_id"] = null, ["name"] = null, ["language"] = language, ["type"] = type,
        ["subject"] = subject, ["body"] = body, ["body_amp"] = null, ["preheader_text"] = null,
        ["from"] = type == "email" ? "Product Team <updates@example.com>" : null, ["from_id"] = type == "email" ? 1 : null,
        ["reply_to"] = null, ["reply_to_id"] = null,
        ["recipient"] = type switch { "email" => "{{customer.email}}", "twilio" => "{{customer.phone}}", _ => null },
        ["cc"] = null, ["bcc"] = null, ["fake_bcc"] = false, ["headers"] = "[]", ["layout"] = null, ["preprocessor"] = null, ["updated"] = Seeded,
    };
}
