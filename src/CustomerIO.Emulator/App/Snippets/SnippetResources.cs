using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CustomerIO.Emulator.App.Resources;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Snippets;

/// <summary>
/// Snippets, named on the wire: <c>GET /snippets</c>, <c>POST /snippets</c> (422 when the name is taken),
/// <c>PUT /snippets</c> (creates or replaces by name), <c>DELETE /snippets/{name}</c>. Names and values are trimmed,
/// names at most 150 characters, and a value may not reference another snippet, as the OpenAPI documents.
/// </summary>
internal sealed partial class SnippetResources
{
    private readonly EmulatorState _state;

    public SnippetResources(EmulatorState state)
    {
        _state = state;
        Handlers = new ResourceHandlers(state, new ResourceKind
        {
            Kind = "snippets",
            Noun = "snippet",
            ItemEnvelope = "snippet",
            ListEnvelope = "snippets",
            AnswersId = false,
            ValidationStatus = StatusCodes.Status422UnprocessableEntity,
            UpdatedField = "updated_at",
            Fields = [new("name", FieldType.Text, Required: true, MaxLength: 150), new("value", FieldType.Text, Required: true, MaxLength: 16000)],
            Check = (item, id) => Check(item, id),
            Complete = item =>
            {
                item["name"] = item["name"]!.GetValue<string>().Trim();
                item["value"] = item["value"]!.GetValue<string>().Trim();
            },
            Order = (items, _) => items.OrderBy(i => i["name"]!.GetValue<string>(), StringComparer.Ordinal),
        }, Seed, idSegment: 3);
    }

    public ResourceHandlers Handlers { get; }

    /// <summary><c>PUT /snippets</c>: the snippet of that name replaced, or created.</summary>
    public RequestDelegate Upsert => AppEndpoint.WithBody(_state, "app.update_snippets", (_, body, _, now) =>
    {
        var fields = JsonNode.Parse(body) as JsonObject ?? [];
        var item = new JsonObject();
        if (Handlers.Apply(item, fields, creating: true) is { } error)
        {
            return AppOutcome.Fail(error, StatusCodes.Status422UnprocessableEntity);
        }

        var existing = Named(item["name"]!.GetValue<string>().Trim());
        if (Handlers.Kind.Check!(item, existing) is { } refusal)
        {
            return Handlers.Refuse(refusal);
        }

        item["updated_at"] = now.ToUnixTimeSeconds();
        Handlers.Kind.Complete!(item);
        var stored = existing is { } id ? Handlers.Store.Update(id, s => Copy(item, s))! : Handlers.Store.Add(item);
        return AppOutcome.Ok(Handlers.Answer(stored), AppJsonContext.Default.JsonObject);
    });

    /// <summary><c>DELETE /snippets/{name}</c>.</summary>
    public Reply Delete(HttpContext context)
    {
        if (Named(RawPath.Segment(context, 3)) is not { } id || !Handlers.Store.Remove(id))
        {
            return Handlers.NotFound();
        }

        return AppEndpoint.Finish(_state, "app.delete_snippets", new AppOutcome(StatusCodes.Status204NoContent, null, Replies.NoContent));
    }

    private Refusal? Check(JsonObject item, long? id)
    {
        var name = item["name"]!.GetValue<string>().Trim();
        if (name.Length == 0)
        {
            return new Refusal("name cannot be blank");
        }

        if (item["value"]!.GetValue<string>().Trim().Length == 0)
        {
            return new Refusal("value cannot be blank");
        }

        if (SnippetReference().IsMatch(item["value"]!.GetValue<string>()))
        {
            return new Refusal("Snippets cannot contain Liquid code referencing other snippets.");
        }

        return Named(name) is { } other && other != id ? new Refusal("A snippet with that name already exists") : null;
    }

    private long? Named(string name) =>
        Handlers.Store.All().Where(s => s["name"]?.GetValue<string>() == name).Select(ResourceStore.IdOf).FirstOrDefault();

    private static void Copy(JsonObject from, JsonObject to)
    {
        to.Clear();
        foreach (var (name, value) in from)
        {
            to[name] = value?.DeepClone();
        }
    }

    [GeneratedRegex(@"\{\{-?\s*snippets\.", RegexOptions.CultureInvariant)]
    private static partial Regex SnippetReference();

    private static IEnumerable<JsonObject> Seed() =>
    [
        new() { ["id"] = 1, ["name"] = "address", ["value"] = "<strong>My Company</strong><br/>1234 Fake St<br/>Fake, NY<br/>10111", ["updated_at"] = 1582500000 },
        new() { ["id"] = 2, ["name"] = "footer_links", ["value"] = "<a href=\"{% unsubscribe_url %}\">Unsubscribe</a> | <a href=\"https://example.com/help\">Help</a>", ["updated_at"] = 1600000000 },
    ];
}
