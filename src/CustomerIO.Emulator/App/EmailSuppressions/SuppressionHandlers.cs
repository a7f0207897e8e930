using System.Globalization;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Customers;
using CustomerIO.Emulator.App.Reads;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.EmailSuppressions;

/// <summary>
/// The email provider's suppression lists, kept as a resource store (seeded with a bounced and a spam-reporting
/// address on <c>mail.example.com</c>): list by type (offset paged, <c>domain</c> filter), list per sending domain
/// (cursor paged, <c>email</c> filter), find an address, add one, remove one. The emulator's sends do not consult
/// them (Customer.io's provider would drop such mail; the emulator records every send).
/// </summary>
internal sealed class SuppressionHandlers
{
    public const string Kind = "esp_suppressions";
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
    private static readonly string[] Types = ["blocks", "bounces", "spam_reports", "invalid_emails"];

    private readonly EmulatorState _state;
    private readonly ResourceStore _store;

    public SuppressionHandlers(EmulatorState state)
    {
        _state = state;
        _store = state.Resources.Define(Kind, static () =>
        [
            Entry(1, "bounces", "bounced.person@example.com", "mail.example.com", "550 5.1.1 The email account does not exist", 1650895738),
            Entry(2, "spam_reports", "complainer@example.com", "mail.example.com", "Reported as spam", 1650895800),
        ]);
    }

    /// <summary>The answer's category: <c>spam</c> for spam reports, the type's own name otherwise.</summary>
    public static string Category(string type) => type == "spam_reports" ? "spam" : type;

    public Reply List(HttpContext context) => WithType(context, 4, "app.get_suppressions", type =>
    {
        if (!TryNumber(context, "limit", DefaultLimit, 1, MaxLimit, out var limit) || !TryNumber(context, "offset", 0, 0, int.MaxValue, out var offset))
        {
            return AppOutcome.Fail(Errors.Invalid("limit", "limit must be 1 to 1000 and offset 0 or more"));
        }

        var domain = JsonAnswers.Query(context, "domain");
        var entries = Of(type).Where(e => domain.Length == 0 || string.Equals((string?)e["domain"], domain, StringComparison.OrdinalIgnoreCase)).Skip(offset).Take(limit);
        return JsonAnswers.Ok(new JsonObject { ["category"] = Category(type), ["suppressions"] = new JsonArray([.. entries.Select(Public)]) });
    });

    public Reply ListForDomain(HttpContext context) => WithType(context, 6, "app.get_domain_suppressions", type =>
    {
        if (Page.Parse(context, out var page, DefaultLimit, MaxLimit) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        var domain = RawPath.Segment(context, 4);
        var email = JsonAnswers.Query(context, "email");
        var entries = Of(type)
            .Where(e => string.Equals((string?)e["domain"], domain, StringComparison.OrdinalIgnoreCase))
            .Where(e => email.Length == 0 || string.Equals((string?)e["email"], email, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return JsonAnswers.Ok(new JsonObject
        {
            ["category"] = Category(type),
            ["suppressions"] = new JsonArray([.. page.Of(entries, Public)]),
            ["next"] = page.Next(entries.Count),
        });
    });

    /// <summary>Every list the address is on; the category is the first list's.</summary>
    public Reply Search(HttpContext context)
    {
        var email = RawPath.Segment(context, 4);
        var entries = _store.All().Where(e => string.Equals((string?)e["email"], email, StringComparison.OrdinalIgnoreCase)).ToList();
        var body = new JsonObject();
        if (entries.Count > 0)
        {
            body["category"] = Category((string)entries[0]["type"]!);
        }

        body["suppressions"] = new JsonArray([.. entries.Select(Public)]);
        return JsonAnswers.Finish(_state, "app.search_suppression", JsonAnswers.Ok(body));
    }

    /// <summary>Adds the address to the list (once: adding it again changes nothing); answers <c>{}</c>.</summary>
    public Reply Create(HttpContext context) => WithType(context, 4, "app.create_suppression", type =>
    {
        var email = RawPath.Segment(context, 5);
        if (!email.Contains('@', StringComparison.Ordinal))
        {
            return AppOutcome.Fail(Errors.Invalid("email_address", "email_address must be an email address"));
        }

        if (!Of(type).Any(e => string.Equals((string?)e["email"], email, StringComparison.OrdinalIgnoreCase)))
        {
            var domain = email[(email.LastIndexOf('@') + 1)..];
            _store.Add(Entry(0, type, email, domain, "Added through the App API (emulated)", _state.Now().ToUnixTimeSeconds()));
        }

        return JsonAnswers.Ok(new JsonObject());
    });

    /// <summary>Removes the address from the list: 204, or 404 when it is not on it.</summary>
    public Reply Delete(HttpContext context)
    {
        const string Operation = "app.delete_suppression";
        var type = RawPath.Segment(context, 4);
        if (!Types.Contains(type))
        {
            return JsonAnswers.Finish(_state, Operation, AppOutcome.Fail(Errors.Invalid("suppression_type", TypeMessage)));
        }

        var email = RawPath.Segment(context, 5);
        var entry = Of(type).FirstOrDefault(e => string.Equals((string?)e["email"], email, StringComparison.OrdinalIgnoreCase));
        if (entry is null || !_store.Remove(ResourceStore.IdOf(entry)!.Value))
        {
            return Replies.MetaError(StatusCodes.Status404NotFound, "suppression not found");
        }

        _state.Counters.AddAccepted(Operation);
        return Replies.NoContent;
    }

    private const string TypeMessage = "suppression_type must be blocks, bounces, spam_reports or invalid_emails";

    private Reply WithType(HttpContext context, int segment, string operation, Func<string, AppOutcome> handle)
    {
        var type = RawPath.Segment(context, segment);
        return JsonAnswers.Finish(_state, operation, Types.Contains(type) ? handle(type) : AppOutcome.Fail(Errors.Invalid("suppression_type", TypeMessage)));
    }

    private IEnumerable<JsonObject> Of(string type) => _store.All().Where(e => (string?)e["type"] == type);

    private static JsonNode Public(JsonObject entry) =>
        new JsonObject { ["email"] = (string?)entry["email"], ["reason"] = (string?)entry["reason"], ["status"] = (string?)entry["status"], ["created"] = (long?)entry["created"] };

    private static JsonObject Entry(long id, string type, string email, string domain, string reason, long created) => new()
    {
        ["id"] = id, ["type"] = type, ["email"] = email, ["domain"] = domain, ["reason"] = reason, ["status"] = "550", ["created"] = created,
    };

    private static bool TryNumber(HttpContext context, string name, int fallback, int min, int max, out int value)
    {
        var text = JsonAnswers.Query(context, name);
        value = fallback;
        return text.Length == 0 || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }
}
