using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Resources;

/// <summary>The JSON type a field of a request body must have.</summary>
internal enum FieldType
{
    Text,
    Boolean,
    Integer,
    TextList,
    Object,
    ObjectList,
}

/// <summary>One field of a resource's create and update bodies, as the OpenAPI states it.</summary>
/// <param name="Name">The wire name.</param>
/// <param name="Type">Its JSON type.</param>
/// <param name="Required">Whether a create (and a whole-object update) must carry it, not blank.</param>
/// <param name="MaxLength">Its longest text, in characters (0: no limit).</param>
/// <param name="Nullable">Whether <c>null</c> is a value (a folder id moving an item to the root).</param>
/// <param name="NotBlank">Whether a text, when given, must not be blank (required texts never may be).</param>
internal sealed record ResourceField(string Name, FieldType Type, bool Required = false, int MaxLength = 0, bool Nullable = false, bool NotBlank = false);

/// <summary>Why a body or a delete is refused, and the status to answer (0: the kind's <see cref="ResourceKind.ValidationStatus"/>).</summary>
internal readonly record struct Refusal(string Message, int Status = 0);

/// <summary>How a kind's ids look on the wire: numbers, or UUIDs made from the store's numbers.</summary>
internal enum IdStyle
{
    Number,
    Uuid,
}

/// <summary>How a kind's list pages: whole, by page number (<c>page</c>, <c>limit</c>), or by cursor (<c>start</c>, <c>limit</c>).</summary>
internal enum ListPaging
{
    Whole,
    Pages,
    Cursor,
}

/// <summary>
/// One kind of configuration resource and how the App API serves it: its store, envelopes, ids, body rules, paging
/// and answers. <see cref="ResourceHandlers"/> serves every kind from this description; an area adds only what
/// its kind does beyond create, read, update, delete and list (<see cref="Check"/>, <see cref="Complete"/>, ...).
/// </summary>
internal sealed record ResourceKind
{
    /// <summary>The store's name, for example <c>design_studio_components</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The resource in messages, for example <c>component</c>.</summary>
    public required string Noun { get; init; }

    /// <summary>The object's envelope in single answers (<c>{"component":{..}}</c>); null when the answer is the object itself.</summary>
    public string? ItemEnvelope { get; init; }

    /// <summary>The list's field, for example <c>components</c>.</summary>
    public required string ListEnvelope { get; init; }

    public IdStyle Ids { get; init; } = IdStyle.Number;

    /// <summary>The first 8 hex digits of this kind's UUIDs, so that two kinds never share one.</summary>
    public string UuidPrefix { get; init; } = "00000000";

    public ListPaging Paging { get; init; } = ListPaging.Whole;

    public int DefaultLimit { get; init; } = 1000;

    public int MaxLimit { get; init; } = 1000;

    public IReadOnlyList<ResourceField> Fields { get; init; } = [];

    /// <summary>Whether a field the kind does not have is refused (Design Studio and assets refuse them).</summary>
    public bool RejectUnknownFields { get; init; }

    /// <summary>Whether an update replaces the whole object, so it must carry the required fields too.</summary>
    public bool UpdateReplaces { get; init; }

    /// <summary>Whether an update answers the object (200) rather than nothing (204).</summary>
    public bool UpdateAnswersItem { get; init; }

    /// <summary>The status of a delete: 204, or 200 with an empty body.</summary>
    public int DeleteStatus { get; init; } = StatusCodes.Status204NoContent;

    /// <summary>The status of a body the rules refuse: 400, or 422 where the API documents it.</summary>
    public int ValidationStatus { get; init; } = StatusCodes.Status400BadRequest;

    /// <summary>The field stamped with the creation time (unix seconds), or null.</summary>
    public string? CreatedField { get; init; }

    /// <summary>The field stamped with the time of every change, or null.</summary>
    public string? UpdatedField { get; init; }

    /// <summary>The fields a new object has before its body is applied.</summary>
    public Func<JsonObject>? Defaults { get; init; }

    /// <summary>Rules beyond the fields' own, on the object as it would be stored (the id is null on a create), before <see cref="Complete"/>.</summary>
    public Func<JsonObject, long?, Refusal?>? Check { get; init; }

    /// <summary>Why an object may not be deleted (a folder that is not empty), or null.</summary>
    public Func<long, Refusal?>? BeforeDelete { get; init; }

    /// <summary>Whether answers carry the <c>id</c> (snippets are named, not numbered, on the wire).</summary>
    public bool AnswersId { get; init; } = true;

    /// <summary>Fills the fields derived from the others (a collection's row count), after every create and update.</summary>
    public Action<JsonObject>? Complete { get; init; }

    /// <summary>The fields list answers carry; every field when null.</summary>
    public IReadOnlyList<string>? ListFields { get; init; }

    /// <summary>Whether an object is in the list the request asks for (its filters); every object when null.</summary>
    public Func<JsonObject, HttpContext, bool>? Filter { get; init; }

    /// <summary>Orders the list the request asks for; by id when null.</summary>
    public Func<IEnumerable<JsonObject>, HttpContext, IEnumerable<JsonObject>>? Order { get; init; }

    /// <summary>Fields list answers carry beside the list (Design Studio's sibling folders); none when null.</summary>
    public Func<HttpContext, IEnumerable<KeyValuePair<string, JsonNode?>>>? ListExtras { get; init; }

    /// <summary>What a delete also removes (an email's translations).</summary>
    public Action<long>? OnDelete { get; init; }
}
