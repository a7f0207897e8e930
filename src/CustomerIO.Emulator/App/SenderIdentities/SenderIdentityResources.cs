using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Resources;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.SenderIdentities;

/// <summary>
/// Sender identities, read-only as in the App API: the seeded senders, listed by cursor (<c>start</c>, <c>limit</c> 1
/// to 1000; hidden senders only with <c>hidden=true</c>; <c>sort=asc</c> or <c>desc</c> by id), one by id, and what
/// uses each (seeded with it, since campaigns and newsletters are other areas' state).
/// </summary>
internal sealed class SenderIdentityResources
{
    public const string Kind = "sender_identities";

    private readonly EmulatorState _state;

    public SenderIdentityResources(EmulatorState state)
    {
        _state = state;
        Handlers = new ResourceHandlers(state, new ResourceKind
    {
        Kind = Kind,
        Noun = "sender identity",
        ItemEnvelope = "sender_identity",
        ListEnvelope = "sender_identities",
        Paging = ListPaging.Cursor,
        DefaultLimit = 50,
        MaxLimit = 1000,
        Filter = (item, context) => context.Request.Query["hidden"] == "true" || item["hidden"]?.GetValue<bool>() != true,
        Order = (items, context) => context.Request.Query["sort"] == "desc" ? items.Reverse() : items,
    }, Seed, idSegment: 3);
    }

    public ResourceHandlers Handlers { get; }

    /// <summary><c>GET /sender_identities</c>, refusing a <c>sort</c> or <c>hidden</c> the API does not take.</summary>
    public Reply List(HttpContext context)
    {
        var query = context.Request.Query;
        if (query.TryGetValue("sort", out var sort) && sort != "asc" && sort != "desc")
        {
            return Replies.MetaError(StatusCodes.Status400BadRequest, "sort must be asc or desc");
        }

        if (query.TryGetValue("hidden", out var hidden) && hidden != "true" && hidden != "false")
        {
            return Replies.MetaError(StatusCodes.Status400BadRequest, "hidden must be true or false");
        }

        return Handlers.List(context);
    }

    /// <summary><c>GET /sender_identities/{id}/used_by</c>.</summary>
    public Reply UsedBy(HttpContext context)
    {
        if (Handlers.WithItem(context, out var item) is { } missing)
        {
            return missing;
        }

        var used = item!["_used_by"]?.DeepClone() as JsonObject ?? new JsonObject { ["campaigns"] = new JsonArray(), ["draft_newsletters"] = new JsonArray(), ["sent_newsletters"] = new JsonArray() };
        return AppEndpoint.Finish(_state, "app.get_sender_identity_used_by", AppOutcome.Ok(used, AppJsonContext.Default.JsonObject));
    }

    private static JsonObject Sender(long id, string name, string? email, string? phone, string type, bool hidden, long[] campaigns, long[] drafts, long[] sent) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["email"] = email,
        ["address"] = email is null ? null : $"{name} <{email}>",
        ["phone"] = phone,
        ["template_type"] = type,
        ["auto_generated"] = false,
        ["hidden"] = hidden,
        ["deduplicate_id"] = $"{id}:1478035647",
        ["_used_by"] = new JsonObject
        {
            ["campaigns"] = new JsonArray([.. campaigns.Select(c => (JsonNode)c)]),
            ["draft_newsletters"] = new JsonArray([.. drafts.Select(c => (JsonNode)c)]),
            ["sent_newsletters"] = new JsonArray([.. sent.Select(c => (JsonNode)c)]),
        },
    };

    private static IEnumerable<JsonObject> Seed() =>
    [
        Sender(1, "Cher Ami", "hello@example.com", null, "email", hidden: false, [3, 5], [8], [2]),
        Sender(2, "Support", "support@example.com", null, "email", hidden: false, [5], [], []),
        Sender(3, "Alerts", null, "+15005550006", "phone", hidden: false, [7], [], [4]),
        Sender(4, "Old marketing", "news@old.example.com", null, "email", hidden: true, [], [], [1]),
    ];
}
