using System.Globalization;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Newsletters;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.App.Resources;

namespace CustomerIO.Emulator.App.Transactional;

/// <summary>
/// The workspace's transactional templates (kind <c>transactional</c>: <c>id</c>, <c>name</c>, <c>description</c>,
/// <c>send_to_unsubscribed</c>, <c>link_tracking</c>, <c>open_tracking</c>, <c>hide_message_body</c>,
/// <c>queue_drafts</c>, <c>created_at</c>, <c>updated_at</c>) and their contents (kind <c>transactional_contents</c>, one
/// per language, with a <c>transactional_id</c>), seeded with three templates: 1 password reset (email, default and
/// <c>fr</c>), 2 order receipt (email), 3 shipping update (push). Sends do not require a seeded id: any positive id or
/// trigger name is accepted, as before, so a test may send from a template the workspace was never given.
/// </summary>
internal sealed class TransactionalTemplateStore(EmulatorState state)
{
    public const string Kind = "transactional";
    public const string ContentKind = "transactional_contents";

    /// <summary>When the seeded templates were made: 2025-01-01.</summary>
    private const long Seeded = 1735689600;

    private static readonly string[] ContentFields =
    [
        "id", "name", "language", "type", "subject", "body", "body_amp", "preheader_text", "from", "from_id", "reply_to", "reply_to_id",
        "recipient", "cc", "bcc", "fake_bcc", "headers", "preprocessor", "created", "updated",
    ];

    public ResourceStore Templates { get; } = state.Resources.Define(Kind, SeedTemplates);

    public ResourceStore Contents { get; } = state.Resources.Define(ContentKind, SeedContents);

    public List<JsonObject> ContentsOf(long templateId) =>
        [.. Contents.Where(c => ResourceJson.Long(c, "transactional_id") == templateId)];

    /// <summary>A content as the API answers it (without its <c>transactional_id</c>).</summary>
    public static JsonObject ContentAnswer(JsonObject content)
    {
        var answer = new JsonObject();
        foreach (var field in ContentFields)
        {
            answer[field] = content[field]?.DeepClone();
        }

        return answer;
    }

    /// <summary>
    /// The content a send from a numeric template id uses when it brings no subject or body of its own: the one in the
    /// person's <c>language</c> attribute, else the default language; null when the workspace has no such template.
    /// </summary>
    public static JsonObject? ContentFor(EmulatorState state, string? templateId, EmulatedPerson? person)
    {
        if (!long.TryParse(templateId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !state.Resources.TryGet(ContentKind, out var contents))
        {
            return null;
        }

        var own = contents.Where(c => ResourceJson.Long(c, "transactional_id") == id);
        var language = person is not null && person.Attributes.TryGetValue("language", out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;
        return own.FirstOrDefault(c => language is not null && ResourceJson.Text(c, "language") == language)
            ?? own.FirstOrDefault(c => string.IsNullOrEmpty(ResourceJson.Text(c, "language")));
    }

    /// <summary>The id as the deliveries of a send record it (<c>transactional_message_id</c> as sent).</summary>
    public static string DeliveryKey(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<JsonObject> SeedTemplates() =>
    [
        Template(1, "password reset", "Sends a temporary password and lets the customer reset their password."),
        Template(2, "order receipt", "The receipt of an order, with its items and total."),
        Template(3, "shipping update", "A push when an order ships."),
    ];

    private static JsonObject Template(long id, string name, string description) => new()
    {
        ["id"] = id, ["name"] = name, ["description"] = description, ["send_to_unsubscribed"] = true, ["link_tracking"] = true,
        ["open_tracking"] = true, ["hide_message_body"] = false, ["queue_drafts"] = false, ["created_at"] = Seeded, ["updated_at"] = Seeded,
    };

    private static IEnumerable<JsonObject> SeedContents() =>
    [
        Content(1, 1, "password reset", string.Empty, "email", "Reset your password",
            """<p>Hi {{ customer.first_name }}, use the code {{ trigger.code }} or <a href="https://example.com/reset">reset it here</a>.</p>"""),
        Content(2, 1, "password reset", "fr", "email", "Réinitialisez votre mot de passe",
            """<p>Bonjour {{ customer.first_name }}, utilisez le code {{ trigger.code }} ou <a href="https://example.com/fr/reset">réinitialisez-le ici</a>.</p>"""),
        Content(3, 2, "order receipt", string.Empty, "email", "Your receipt for order {{ trigger.order_id }}",
            """<p>Thanks for your order, {{ customer.first_name }}. <a href="https://example.com/orders">See your orders</a>.</p>"""),
        Content(4, 3, "shipping update", string.Empty, "push", "Your order shipped", "Order {{ trigger.order_id }} is on its way."),
    ];

    private static JsonObject Content(long id, long templateId, string name, string language, string type, string subject, string body) => new()
    {
        ["id"] = id, ["transactional_id"] = templateId, ["name"] = name, ["language"] = language, ["type"] = type,
        ["subject"] = subject, ["body"] = body, ["body_amp"] = null, ["preheader_text"] = null,
        ["from"] = type == "email" ? "Support <support@example.com>" : null, ["from_id"] = type == "email" ? 1 : null,
        ["reply_to"] = null, ["reply_to_id"] = null, ["recipient"] = type == "email" ? "{{customer.email}}" : null,
        ["cc"] = null, ["bcc"] = null, ["fake_bcc"] = false, ["headers"] = "[]", ["preprocessor"] = null,
        ["created"] = Seeded, ["updated"] = Seeded,
    };
}
