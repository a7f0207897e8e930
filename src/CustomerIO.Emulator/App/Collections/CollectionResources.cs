using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Resources;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Collections;

/// <summary>
/// Collections: list, create (a name and either <c>data</c>, an array of objects, or a <c>url</c>), get, update, delete,
/// and the content read whole and replaced whole. The description's <c>rows</c>, <c>bytes</c> and <c>schema</c> are
/// computed from the content; a collection made from a URL holds no rows (the emulator fetches nothing).
/// </summary>
internal sealed class CollectionResources
{
    private readonly EmulatorState _state;

    public CollectionResources(EmulatorState state)
    {
        _state = state;
        Handlers = new ResourceHandlers(state, new ResourceKind
        {
            Kind = "collections",
            Noun = "collection",
            ItemEnvelope = "collection",
            ListEnvelope = "collections",
            UpdateAnswersItem = true,
            CreatedField = "created_at",
            UpdatedField = "updated_at",
            Fields = [new("name", FieldType.Text, Required: true), new("data", FieldType.ObjectList), new("url", FieldType.Text)],
            Check = (item, id) => Check(item, id),
            Complete = Complete,
        }, Seed, idSegment: 3);
    }

    public ResourceHandlers Handlers { get; }

    /// <summary><c>GET /collections/{id}/content</c>: the data as stored.</summary>
    public Reply Content(HttpContext context)
    {
        if (Handlers.WithItem(context, out var item) is { } missing)
        {
            return missing;
        }

        var content = item!["_content"]?.DeepClone() ?? new JsonArray();
        return AppEndpoint.Finish(_state, "app.get_collection_content", AppOutcome.Ok(content, AppJsonContext.Default.JsonNode));
    }

    /// <summary><c>PUT /collections/{id}/content</c>: a JSON object replacing the data entirely.</summary>
    public RequestDelegate ReplaceContent => AppEndpoint.WithBody(_state, "app.update_collection_content", (context, body, _, now) =>
    {
        if (Handlers.IdError(RawPath.Segment(context, 3), out var id) is { } refused)
        {
            return refused;
        }

        var content = JsonNode.Parse(body)!;
        var stored = Handlers.Store.Update(id, item =>
        {
            item["_content"] = content;
            item["updated_at"] = now.ToUnixTimeSeconds();
            Complete(item);
        });
        return stored is null ? Handlers.NotFoundOutcome() : AppOutcome.Ok(Handlers.Answer(stored), AppJsonContext.Default.JsonObject);
    });

    private static Refusal? Check(JsonObject item, long? id)
    {
        var hasData = item.ContainsKey("data");
        var hasUrl = item.ContainsKey("url");
        if (hasData && hasUrl)
        {
            return new Refusal("a collection takes data or url, not both");
        }

        if (id is null && !hasData && !hasUrl)
        {
            return new Refusal("data or url is required");
        }

        return hasUrl && (!Uri.TryCreate(item["url"]!.GetValue<string>(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            ? new Refusal("url must be an absolute http or https URL")
            : null;
    }

    /// <summary>Moves new data (or a new URL) into the content and computes rows, bytes and schema from it.</summary>
    private static void Complete(JsonObject item)
    {
        if (item.Remove("data", out var data))
        {
            item["_content"] = data;
            item.Remove("_url");
        }
        else if (item.Remove("url", out var url))
        {
            item["_url"] = url;
            item["_content"] = new JsonArray();
        }

        var content = item["_content"] ?? new JsonArray();
        var rows = content as JsonArray ?? [content.DeepClone()];
        item["rows"] = rows.Count;
        item["bytes"] = Encoding.UTF8.GetByteCount(content.ToJsonString());
        item["schema"] = new JsonArray([.. rows.OfType<JsonObject>().SelectMany(r => r.Select(p => p.Key)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(k => (JsonNode)k)]);
    }

    private static JsonObject Collection(long id, string name, string data)
    {
        var item = new JsonObject { ["id"] = id, ["name"] = name, ["data"] = JsonNode.Parse(data), ["created_at"] = 1552341937, ["updated_at"] = 1552341937 };
        Complete(item);
        return item;
    }

    private static IEnumerable<JsonObject> Seed() =>
    [
        Collection(1, "upcoming events", """[{"eventDate":"2026-12-25","eventName":"christmas","presents":{"something_you_need":"socks","something_you_want":"toys","total":2}},{"eventDate":"2026-06-01","eventName":"birthday","presents":{"something_you_need":"books","something_you_want":"video games","total":2}}]"""),
        Collection(2, "stores", """[{"city":"Portland","open":true},{"city":"Austin","open":false},{"city":"Boston","open":true}]"""),
    ];
}
