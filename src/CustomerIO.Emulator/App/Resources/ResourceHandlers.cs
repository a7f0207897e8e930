using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Resources;

/// <summary>
/// The one shape of the configuration resources' endpoints: list (whole, by page number or by cursor, filtered and
/// ordered as the kind says), get, create, update, delete, all over the kind's <see cref="ResourceStore"/> and its
/// <see cref="ResourceKind"/> rules. Unknown ids answer 404, bodies that break the rules 400 (or 422), with
/// <c>{"meta":{"error":".."}}</c> like the other App handlers.
/// </summary>
internal sealed partial class ResourceHandlers
{
    private readonly EmulatorState _state;
    private readonly int _idSegment;

    /// <param name="state">The emulator's state.</param>
    /// <param name="kind">The kind served.</param>
    /// <param name="seed">What a fresh workspace holds.</param>
    /// <param name="idSegment">The index of the id in the request path (0 is <c>app</c>, 1 is <c>v1</c>).</param>
    public ResourceHandlers(EmulatorState state, ResourceKind kind, Func<IEnumerable<JsonObject>> seed, int idSegment)
    {
        _state = state;
        Kind = kind;
        _idSegment = idSegment;
        Store = state.Resources.Define(kind.Kind, seed);
    }

    public ResourceKind Kind { get; }

    public ResourceStore Store { get; }

    private string Operation(string verb) => "app." + verb + "_" + Kind.Kind;

    public Reply List(HttpContext context)
    {
        var items = Store.All().Where(item => Kind.Filter?.Invoke(item, context) ?? true);
        var ordered = (Kind.Order?.Invoke(items, context) ?? items).ToList();
        var body = new JsonObject();
        var listed = new JsonArray();
        body[Kind.ListEnvelope] = listed;
        if (Kind.Paging == ListPaging.Whole)
        {
            ordered.ForEach(item => listed.Add(Summary(item)));
        }
        else if (Kind.Paging == ListPaging.Pages)
        {
            if (PageNumbers(context, out var page, out var limit) is { } error)
            {
                return AppEndpoint.Finish(_state, Operation("list"), AppOutcome.Fail(error));
            }

            ordered.Skip((int)Math.Min(int.MaxValue, (page - 1) * (long)limit)).Take(limit).ToList().ForEach(item => listed.Add(Summary(item)));
            foreach (var extra in Kind.ListExtras?.Invoke(context) ?? [])
            {
                body[extra.Key] = extra.Value;
            }

            body["meta"] = new JsonObject { ["pagination"] = new JsonObject { ["limit"] = limit, ["page"] = page, ["total"] = ordered.Count } };
            return Ok(Operation("list"), body);
        }
        else
        {
            if (Reads.Page.Parse(context, out var cursor, Kind.DefaultLimit, Kind.MaxLimit) is { } error)
            {
                return AppEndpoint.Finish(_state, Operation("list"), AppOutcome.Fail(error));
            }

            cursor.Of(ordered, Summary).ForEach(listed.Add);
            body["next"] = cursor.Next(ordered.Count);
        }

        foreach (var extra in Kind.ListExtras?.Invoke(context) ?? [])
        {
            body[extra.Key] = extra.Value;
        }

        return Ok(Operation("list"), body);
    }

    public Reply Get(HttpContext context) => WithItem(context, out var item) ?? Ok(Operation("get"), Answer(item!));

    public RequestDelegate Create => AppEndpoint.WithBody(_state, Operation("create"), (_, body, _, now) =>
    {
        var fields = JsonNode.Parse(body) as JsonObject ?? [];
        var item = Kind.Defaults?.Invoke() ?? [];
        if (Apply(item, fields, creating: true) is { } error)
        {
            return AppOutcome.Fail(error, Kind.ValidationStatus);
        }

        if (Kind.Check?.Invoke(item, null) is { } rule)
        {
            return Refuse(rule);
        }

        Stamp(item, now, creating: true);
        Kind.Complete?.Invoke(item);
        return AppOutcome.Ok(Answer(Store.Add(item)), AppJsonContext.Default.JsonObject);
    });

    public RequestDelegate Update => AppEndpoint.WithBody(_state, Operation("update"), (context, body, _, now) =>
    {
        if (IdError(RawPath.Segment(context, _idSegment), out var id) is { } refused)
        {
            return refused;
        }

        var fields = JsonNode.Parse(body) as JsonObject ?? [];
        if (Store.Find(id) is not { } current)
        {
            return NotFoundOutcome();
        }

        if (!Kind.UpdateReplaces && fields.Count == 0)
        {
            return AppOutcome.Fail(Errors.Invalid("body", "an update needs at least one field"), Kind.ValidationStatus);
        }

        if (Apply(current, fields, creating: Kind.UpdateReplaces) is { } error)
        {
            return AppOutcome.Fail(error, Kind.ValidationStatus);
        }

        if (Kind.Check?.Invoke(current, id) is { } rule)
        {
            return Refuse(rule);
        }

        Stamp(current, now, creating: false);
        Kind.Complete?.Invoke(current);

        var stored = Store.Update(id, item => Replace(item, current));
        return stored is null ? NotFoundOutcome()
            : Kind.UpdateAnswersItem ? AppOutcome.Ok(Answer(stored), AppJsonContext.Default.JsonObject)
            : new AppOutcome(StatusCodes.Status204NoContent, null, Replies.NoContent);
    });

    public Reply Delete(HttpContext context)
    {
        if (Id(context, out var id) is { } missing)
        {
            return missing;
        }

        if (Store.Find(id) is null)
        {
            return NotFound();
        }

        if (Kind.BeforeDelete?.Invoke(id) is { } refusal)
        {
            return AppEndpoint.Finish(_state, Operation("delete"), Refuse(refusal));
        }

        if (!Store.Remove(id))
        {
            return NotFound();
        }

        Kind.OnDelete?.Invoke(id);
        return AppEndpoint.Finish(_state, Operation("delete"), Kind.DeleteStatus == StatusCodes.Status204NoContent
            ? new AppOutcome(StatusCodes.Status204NoContent, null, Replies.NoContent)
            : new AppOutcome(StatusCodes.Status200OK, null, Replies.Ok));
    }

    /// <summary>The object the path names, or the 404 (or 400 for an id that cannot be one) to answer instead.</summary>
    public Reply? WithItem(HttpContext context, out JsonObject? item)
    {
        item = null;
        if (Id(context, out var id) is { } error)
        {
            return error;
        }

        item = Store.Find(id);
        return item is null ? NotFound() : null;
    }

    /// <summary>The store id the path names, or the reply refusing it.</summary>
    public Reply? Id(HttpContext context, out long id) =>
        IdError(RawPath.Segment(context, _idSegment), out id) is { } refused ? AppEndpoint.Finish(_state, Operation("find"), refused) : null;

    /// <summary>A wire id as the store's number: 400 when it cannot be an id of this kind, 404 when it names nothing.</summary>
    public AppOutcome? IdError(string text, out long id)
    {
        id = 0;
        if (Kind.Ids == IdStyle.Number)
        {
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0 ? null : NotFoundOutcome();
        }

        if (!Guid.TryParseExact(text, "D", out _))
        {
            return AppOutcome.Fail(Errors.Invalid("id", "id is not a valid UUID"));
        }

        var ours = text.StartsWith(Kind.UuidPrefix + "-0000-4000-8000-", StringComparison.OrdinalIgnoreCase)
            && long.TryParse(text.AsSpan(24), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out id);
        return ours ? null : NotFoundOutcome();
    }

    /// <summary>The wire id of a store id.</summary>
    public JsonNode WireId(long id) =>
        Kind.Ids == IdStyle.Number ? JsonValue.Create(id) : JsonValue.Create(Uuid(Kind.UuidPrefix, id));

    /// <summary>The UUID this emulator gives the object numbered <paramref name="id"/> of a kind.</summary>
    public static string Uuid(string prefix, long id) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-0000-4000-8000-{id:x12}");

    /// <summary>An object as answered: its wire id, without the fields the emulator keeps for itself (<c>_…</c>).</summary>
    public JsonObject Wire(JsonObject item)
    {
        var wire = new JsonObject();
        foreach (var (name, value) in item)
        {
            if (!name.StartsWith('_') && (Kind.AnswersId || name != "id"))
            {
                wire[name] = name == "id" && ResourceStore.IdOf(item) is { } id ? WireId(id) : value?.DeepClone();
            }
        }

        return wire;
    }

    /// <summary>The single answer: the object in its envelope, or itself.</summary>
    public JsonObject Answer(JsonObject item) => Kind.ItemEnvelope is { } envelope ? new JsonObject { [envelope] = Wire(item) } : Wire(item);

    private JsonObject Summary(JsonObject item)
    {
        var wire = Wire(item);
        if (Kind.ListFields is not { } fields)
        {
            return wire;
        }

        foreach (var name in wire.Select(p => p.Key).Where(n => !fields.Contains(n)).ToList())
        {
            wire.Remove(name);
        }

        return wire;
    }

    private Reply Ok(string operation, JsonObject body) => AppEndpoint.Finish(_state, operation, AppOutcome.Ok(body, AppJsonContext.Default.JsonObject));

    /// <summary>A refusal as the outcome to answer.</summary>
    public AppOutcome Refuse(Refusal refusal) =>
        AppOutcome.Fail(Errors.Invalid(Kind.Noun, refusal.Message), refusal.Status == 0 ? Kind.ValidationStatus : refusal.Status);

    /// <summary>The 404 of an id that names nothing, counted as refused.</summary>
    public Reply NotFound() => AppEndpoint.Finish(_state, Operation("find"), NotFoundOutcome());

    /// <summary>The 404 of an id that names nothing.</summary>
    public AppOutcome NotFoundOutcome() => AppOutcome.Fail(new OperationError(ErrorReasons.NotFound, "id", Kind.Noun + " not found"), StatusCodes.Status404NotFound);
}
