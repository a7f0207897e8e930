using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Customers;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.OptOuts;

/// <summary>
/// <c>GET /optouts</c>: the people who replied STOP to an SMS or WhatsApp sender. The emulator receives no replies, so
/// the list is a seeded resource (one person opted out of an SMS and a WhatsApp sender); <c>from</c> filters by
/// sender; <c>limit</c> 1 to 1000 (default 100); <c>start</c> and <c>next</c> are base64 cursors, as documented.
/// </summary>
internal sealed class OptOutHandlers
{
    public const string Kind = "optouts";
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    private readonly EmulatorState _state;
    private readonly ResourceStore _store;

    public OptOutHandlers(EmulatorState state)
    {
        _state = state;
        _store = state.Resources.Define(Kind, static () =>
        [
            new JsonObject
            {
                ["id"] = 1,
                ["customer_id"] = "optout-demo",
                ["cio_id"] = "cio_03000001",
                ["optouts"] = new JsonArray(
                    new JsonObject { ["channel"] = "sms", ["from"] = "+15551234567" },
                    new JsonObject { ["channel"] = "whatsapp", ["from"] = "+15559876543" }),
            },
        ]);
    }

    public Reply List(HttpContext context)
    {
        const string Operation = "app.get_optouts";
        var limitText = JsonAnswers.Query(context, "limit");
        var limit = DefaultLimit;
        if (limitText.Length > 0 && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            return JsonAnswers.Finish(_state, Operation, AppOutcome.Fail(Errors.Invalid("limit", "limit must be 1 to 1000")));
        }

        if (!TryStart(JsonAnswers.Query(context, "start"), out var start))
        {
            return JsonAnswers.Finish(_state, Operation, AppOutcome.Fail(Errors.Invalid("start", "start must be the next value of a previous page")));
        }

        var from = JsonAnswers.Query(context, "from");
        var people = _store.All()
            .Select(p => { p.Remove("id"); return p; })
            .Select(p => from.Length == 0 ? p : Only(p, from))
            .Where(p => p["optouts"]!.AsArray().Count > 0)
            .ToList();
        var page = people.Skip(start).Take(limit).Cast<JsonNode>().ToArray();
        var next = start + limit < people.Count ? Cursor(start + limit) : string.Empty;
        return JsonAnswers.Finish(_state, Operation, JsonAnswers.Ok(new JsonObject { ["optouts"] = new JsonArray(page), ["next"] = next }));
    }

    private static JsonObject Only(JsonObject person, string from)
    {
        person["optouts"] = new JsonArray([.. person["optouts"]!.AsArray().Where(o => (string?)o!["from"] == from).Select(o => o!.DeepClone())]);
        return person;
    }

    private static string Cursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes("1:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static bool TryStart(string text, out int offset)
    {
        offset = 0;
        if (text.Length == 0)
        {
            return true;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(text));
            return decoded.StartsWith("1:", StringComparison.Ordinal) && int.TryParse(decoded.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
