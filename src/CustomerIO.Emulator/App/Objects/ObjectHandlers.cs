using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Customers;
using CustomerIO.Emulator.App.Reads;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Objects;

/// <summary>
/// Objects over the objects and relationships the Track API keeps: <c>GET /object_types</c> (a seeded "Companies"
/// type 1, and every other type id objects were made with), <c>POST /objects</c> (a filter of object attributes,
/// paged), <c>GET /objects/{type}/{id}/attributes</c> and <c>/relationships</c> (<c>id_type</c> object_id or
/// cio_object_id).
/// </summary>
internal sealed class ObjectHandlers
{
    public const string TypesKind = "object_types";

    private readonly EmulatorState _state;
    private readonly ResourceStore _types;

    public ObjectHandlers(EmulatorState state)
    {
        _state = state;
        _types = state.Resources.Define(TypesKind, static () =>
        [
            new JsonObject { ["id"] = 1, ["name"] = "Companies", ["singular_name"] = "Company", ["slug"] = "companies", ["singular_slug"] = "company", ["icon"] = "building", ["enabled"] = true },
        ]);
    }

    public Reply Types(HttpContext context)
    {
        var types = _types.All().Select(t => { t["id"] = ResourceStore.IdOf(t)!.Value.ToString(CultureInfo.InvariantCulture); return t; }).ToList();
        var known = types.Select(t => (string)t["id"]!).ToHashSet(StringComparer.Ordinal);
        foreach (var typeId in _state.GetObjects().Select(o => o.ObjectTypeId).Distinct(StringComparer.Ordinal).Where(id => !known.Contains(id)).Order(StringComparer.Ordinal))
        {
            types.Add(new JsonObject { ["id"] = typeId, ["name"] = "Object type " + typeId, ["singular_name"] = "Object " + typeId, ["slug"] = "type-" + typeId, ["singular_slug"] = "type-" + typeId, ["icon"] = "cube", ["enabled"] = true });
        }

        return JsonAnswers.Finish(_state, "app.list_object_types", JsonAnswers.Ok(new JsonObject { ["types"] = new JsonArray([.. types]) }));
    }

    public RequestDelegate Find => AppEndpoint.WithBody(_state, "app.find_objects", (context, body, _, _) =>
    {
        if (Page.Parse(context, out var page) is { } pageError)
        {
            return AppOutcome.Fail(pageError);
        }

        using var document = JsonDocument.Parse(body.ToArray());
        var root = document.RootElement;
        if (!root.TryGetProperty("object_type_id", out var type) || type.ValueKind != JsonValueKind.String || !JsonAnswers.TryTypeId(type.GetString()!, out var typeId))
        {
            return AppOutcome.Fail(Errors.Invalid("object_type_id", "object_type_id is required: an integer as a string"));
        }

        if (!root.TryGetProperty("filter", out var filter))
        {
            return AppOutcome.Fail(Errors.Required("filter"));
        }

        if (ObjectFilters.Check(filter, typeId) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        var matches = _state.GetObjects().Where(o => o.ObjectTypeId == typeId && ObjectFilters.Matches(filter, o)).ToList();
        var identifiers = page.Of(matches, o => (JsonNode)new JsonObject { ["object_id"] = o.ObjectId, ["cio_object_id"] = o.CioObjectId });
        return JsonAnswers.Ok(new JsonObject
        {
            ["identifiers"] = new JsonArray([.. identifiers]),
            ["ids"] = new JsonArray([.. page.Of(matches, o => (JsonNode)JsonValue.Create(o.ObjectId))]),
            ["next"] = page.Next(matches.Count),
        });
    });

    public Reply Attributes(HttpContext context) => WithObject(context, "app.get_object_attributes", (_, found) =>
    {
        var attributes = new JsonObject();
        foreach (var (name, value) in found.Attributes)
        {
            attributes[name] = JsonAnswers.Node(value);
        }

        return JsonAnswers.Ok(new JsonObject
        {
            ["object"] = new JsonObject
            {
                ["object_type_id"] = found.ObjectTypeId,
                ["identifiers"] = new JsonObject { ["object_id"] = found.ObjectId, ["cio_object_id"] = found.CioObjectId },
                ["attributes"] = attributes,
                ["timestamps"] = CustomerProfileHandlers.Timestamps(found),
            },
        });
    });

    /// <summary>The identified people related to the object (anonymous relationships are not people yet).</summary>
    public Reply Relationships(HttpContext context) => WithObject(context, "app.get_object_relationships", (context, found) =>
    {
        if (Page.Parse(context, out var page) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        var people = found.Relationships.Where(r => r.PersonCioId is not null)
            .Select(r => _state.FindPerson("cio_" + r.PersonCioId)).OfType<EmulatedPerson>().ToList();
        var entries = page.Of(people, p => (JsonNode)new JsonObject
        {
            ["identifiers"] = JsonAnswers.Identifiers(p),
            ["object_type_id"] = found.ObjectTypeId,
            ["object_type_disabled"] = false,
        });
        return JsonAnswers.Ok(new JsonObject { ["cio_relationships"] = new JsonArray([.. entries]), ["next"] = page.Next(people.Count) });
    });

    private Reply WithObject(HttpContext context, string operation, Func<HttpContext, EmulatedObject, AppOutcome> read)
    {
        if (!JsonAnswers.TryTypeId(RawPath.Segment(context, 3), out var typeId))
        {
            return JsonAnswers.Finish(_state, operation, AppOutcome.Fail(Errors.Invalid("object_type_id", "object_type_id must be an integer")));
        }

        bool? byCioId = JsonAnswers.Query(context, "id_type") switch { "" or "object_id" => false, "cio_object_id" => true, _ => null };
        if (byCioId is null)
        {
            return JsonAnswers.Finish(_state, operation, AppOutcome.Fail(Errors.Invalid("id_type", "id_type must be object_id or cio_object_id")));
        }

        var found = JsonAnswers.FindObject(_state, typeId, RawPath.Segment(context, 4), byCioId.Value);
        return found is null
            ? Replies.MetaError(StatusCodes.Status404NotFound, "object not found")
            : JsonAnswers.Finish(_state, operation, read(context, found));
    }
}
