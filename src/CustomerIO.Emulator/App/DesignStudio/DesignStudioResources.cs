using System.Globalization;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Resources;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.DesignStudio;

/// <summary>
/// Design Studio folders, components and emails, with UUID ids: lists by page number (<c>limit</c> 1 to 10,000,
/// default 1,000) under a folder (<c>parent_folder_id</c>; the root when omitted) and its sub-folders unless
/// <c>direct_descendants_only=true</c>, filtered by creation and update times, sorted by <c>sort_by</c> (created,
/// updated, name) and <c>sort_order</c>; get; create; update (204); delete (204). Unknown fields are refused (400), as
/// are names the OpenAPI refuses and folder ids that name no folder (404). An email's <c>from_id</c> and
/// <c>reply_to_id</c> must name a sender identity of the workspace.
/// </summary>
internal sealed class DesignStudioResources
{
    private static readonly char[] FolderNameForbidden = ['<', '>', ':', '"', '/', '\\', '|', '?', '*', '.'];
    private static readonly string[] SortFields = ["created", "updated", "name"];
    private readonly EmulatorState _state;

    public DesignStudioResources(EmulatorState state)
    {
        _state = state;
        Folders = new ResourceHandlers(state, Kind("design_studio_folders", "d5f0a000", "folder", "folders") with
        {
            Fields = [new("name", FieldType.Text, Required: true, MaxLength: 170), new("parent_folder_id", FieldType.Text, Nullable: true)],
            Check = CheckFolder,
            BeforeDelete = id => Contents().Any(i => i["parent_folder_id"]?.GetValue<string>() == ResourceHandlers.Uuid("d5f0a000", id))
                ? new Refusal("folder is not empty", StatusCodes.Status409Conflict)
                : null,
        }, FolderSeed, idSegment: 4);
        Components = new ResourceHandlers(state, Kind("design_studio_components", "d5c0a000", "component", "components") with
        {
            Fields =
            [
                new("name", FieldType.Text, Required: true, MaxLength: 255), new("tag", FieldType.Text, Required: true),
                new("content", FieldType.Text), new("parent_folder_id", FieldType.Text, Nullable: true),
            ],

            // content is required but may be empty HTML, so it is checked here rather than as a required (not blank) text.
            Check = (item, id) => id is null && item["content"] is null ? new Refusal("content is required") : CheckParent(item),
            ListFields = ["id", "name", "tag", "parent_folder_id", "created", "updated"],
            Filter = (item, context) => InFolder(item, context) && Times(item, context)
                && (context.Request.Query["tag"].ToString() is not { Length: > 0 } tag || item["tag"]?.GetValue<string>() == tag),
        }, ComponentSeed, idSegment: 4);
        Emails = new ResourceHandlers(state, Kind("design_studio_emails", "d5e0a000", "email", "emails") with
        {
            Fields =
            [
                new("name", FieldType.Text, Required: true, MaxLength: 255), new("parent_folder_id", FieldType.Text, Nullable: true),
                new("is_template", FieldType.Boolean), new("content", FieldType.Object), new("envelope", FieldType.Object), new("transformers", FieldType.Object),
            ],
            Defaults = () => new JsonObject
            {
                ["parent_folder_id"] = null, ["is_template"] = false, ["is_linked"] = false, ["has_translations"] = false,
                ["available_languages"] = new JsonArray(), ["content"] = new JsonObject(), ["envelope"] = new JsonObject(), ["transformers"] = new JsonObject(),
            },
            Check = (item, _) => CheckParent(item) ?? CheckEnvelope(item["envelope"] as JsonObject),
            Complete = item => FillEnvelope(item["envelope"] as JsonObject),
            ListFields = ["id", "name", "parent_folder_id", "is_template", "is_linked", "has_translations", "created", "updated"],
            Filter = (item, context) => InFolder(item, context) && Times(item, context)
                && Flag(item, context, "is_template") && Flag(item, context, "has_translations") && Flag(item, context, "is_linked"),
            OnDelete = id => EmailDeleted?.Invoke(id),
        }, EmailSeed, idSegment: 4);
    }

    public ResourceHandlers Folders { get; }

    public ResourceHandlers Components { get; }

    public ResourceHandlers Emails { get; }

    /// <summary>Called with an email's store id once it is deleted (its translations go with it).</summary>
    public Action<long>? EmailDeleted { get; set; }

    /// <summary>A list, after refusing query values the API refuses (400 <c>invalid query parameter</c>) and a folder that does not exist (404).</summary>
    public Reply List(ResourceHandlers handlers, HttpContext context)
    {
        var query = context.Request.Query;
        var invalid = (query.TryGetValue("sort_by", out var sortBy) && !SortFields.Contains(sortBy.ToString(), StringComparer.Ordinal))
            || (query.TryGetValue("sort_order", out var order) && order != "asc" && order != "desc")
            || new[] { "created_before", "created_after", "updated_before", "updated_after" }.Any(n => query.TryGetValue(n, out var v) && !long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            || new[] { "is_template", "has_translations", "is_linked" }.Any(n => query.TryGetValue(n, out var v) && v != "true" && v != "false" && v != "any");
        if (invalid)
        {
            return Replies.MetaError(StatusCodes.Status400BadRequest, "invalid query parameter");
        }

        if (query["parent_folder_id"].ToString() is { Length: > 0 } folder && FolderId(folder) is null)
        {
            return Folders.NotFound();
        }

        return handlers.List(context);
    }

    /// <summary>The store id of a folder's UUID, or null when it names none.</summary>
    public long? FolderId(string uuid) => Folders.IdError(uuid, out var id) is null && Folders.Store.Find(id) is not null ? id : null;

    private IEnumerable<JsonObject> Contents() => Folders.Store.All().Concat(Components.Store.All()).Concat(Emails.Store.All());

    private Refusal? CheckFolder(JsonObject item, long? id)
    {
        var name = item["name"]!.GetValue<string>();
        if (name.IndexOfAny(FolderNameForbidden) >= 0)
        {
            return new Refusal("missing or invalid name");
        }

        if (CheckParent(item) is { } parent)
        {
            return parent;
        }

        for (var ancestor = Parent(item); ancestor is { } step && id is not null; ancestor = Folders.Store.Find(step) is { } above ? Parent(above) : null)
        {
            if (step == id)
            {
                return new Refusal("parent_folder_id is not a valid place to move the folder to");
            }
        }

        return null;
    }

    private Refusal? CheckParent(JsonObject item) => item["parent_folder_id"]?.GetValue<string>() switch
    {
        null => null,
        "" => new Refusal("parent_folder_id cannot be an empty string"),
        var folder => FolderId(folder) is null ? new Refusal("parent folder not found", StatusCodes.Status404NotFound) : null,
    };

    /// <summary>A <c>from_id</c> or <c>reply_to_id</c> must name a sender identity, when the workspace has them.</summary>
    public Refusal? CheckEnvelope(JsonObject? envelope)
    {
        foreach (var field in new[] { "from_id", "reply_to_id" })
        {
            if (envelope?[field] is JsonValue value && (ResourceJson.Long(value) is not { } sender || Sender(sender) is null))
            {
                return new Refusal(field + " does not reference an existing identity");
            }
        }

        return null;
    }

    /// <summary>Writes the addresses of the envelope's identities beside their ids, as the API answers them.</summary>
    public void FillEnvelope(JsonObject? envelope)
    {
        if (envelope is null)
        {
            return;
        }

        foreach (var (id, address) in new[] { ("from_id", "from"), ("reply_to_id", "reply_to") })
        {
            if (ResourceJson.Long(envelope[id]) is { } sender && Sender(sender) is { } identity)
            {
                envelope[address] = identity["address"]?.DeepClone();
            }
        }
    }

    private JsonObject? Sender(long id) =>
        _state.Resources.TryGet(SenderIdentities.SenderIdentityResources.Kind, out var senders) ? senders.Find(id) : null;

    private long? Parent(JsonObject item) => item["parent_folder_id"]?.GetValue<string>() is { } uuid ? FolderId(uuid) : null;

    private bool InFolder(JsonObject item, HttpContext context)
    {
        var query = context.Request.Query;
        var folder = query["parent_folder_id"].ToString() is { Length: > 0 } uuid ? FolderId(uuid) : null;
        if (query["direct_descendants_only"] == "true")
        {
            return Parent(item) == folder;
        }

        if (folder is null)
        {
            return true;
        }

        for (var ancestor = Parent(item); ancestor is { } step; ancestor = Folders.Store.Find(step) is { } above ? Parent(above) : null)
        {
            if (step == folder)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Times(JsonObject item, HttpContext context)
    {
        bool Within(string field, string name, bool before) =>
            !long.TryParse(context.Request.Query[name], NumberStyles.None, CultureInfo.InvariantCulture, out var bound)
            || (ResourceJson.Long(item[field]) is { } at && (before ? at < bound : at > bound));
        return Within("created", "created_before", true) && Within("created", "created_after", false)
            && Within("updated", "updated_before", true) && Within("updated", "updated_after", false);
    }

    private static bool Flag(JsonObject item, HttpContext context, string name) =>
        context.Request.Query[name].ToString() is not ("true" or "false") || item[name]?.GetValue<bool>() == (context.Request.Query[name] == "true");

    private ResourceKind Kind(string kind, string prefix, string noun, string list) => new()
    {
        Kind = kind,
        Noun = noun,
        ItemEnvelope = noun,
        ListEnvelope = list,
        Ids = IdStyle.Uuid,
        UuidPrefix = prefix,
        Paging = ListPaging.Pages,
        DefaultLimit = 1000,
        MaxLimit = 10000,
        RejectUnknownFields = true,
        CreatedField = "created",
        UpdatedField = "updated",
        Defaults = () => new JsonObject { ["parent_folder_id"] = null },
        Filter = (item, context) => InFolder(item, context) && Times(item, context),
        Order = Order,
        ListExtras = noun == "folder" ? null : context => [new("folders", SubFolders(context))],
    };

    /// <summary>The sub-folders listed beside components and emails: the requested folder's direct children.</summary>
    private JsonArray SubFolders(HttpContext context)
    {
        var folder = context.Request.Query["parent_folder_id"].ToString() is { Length: > 0 } uuid ? FolderId(uuid) : null;
        return new JsonArray([.. Folders.Store.All().Where(f => Parent(f) == folder).Select(f => (JsonNode)Folders.Wire(f))]);
    }

    private static IEnumerable<JsonObject> Order(IEnumerable<JsonObject> items, HttpContext context)
    {
        var by = context.Request.Query["sort_by"].ToString() is { Length: > 0 } field ? field : "created";
        var ordered = by == "name"
            ? items.OrderBy(i => i["name"]?.GetValue<string>(), StringComparer.Ordinal).ThenBy(i => ResourceStore.IdOf(i))
            : items.OrderBy(i => ResourceJson.Long(i[by])).ThenBy(i => ResourceStore.IdOf(i));
        return context.Request.Query["sort_order"] == "desc" ? ordered.Reverse() : ordered;
    }

    private static string Folder(long id) => ResourceHandlers.Uuid("d5f0a000", id);

    private static IEnumerable<JsonObject> FolderSeed() =>
    [
        new() { ["id"] = 1, ["name"] = "Product Announcements", ["parent_folder_id"] = null, ["created"] = 1714732800, ["updated"] = 1714732800 },
        new() { ["id"] = 2, ["name"] = "Onboarding", ["parent_folder_id"] = null, ["created"] = 1714732900, ["updated"] = 1714732900 },
        new() { ["id"] = 3, ["name"] = "Launch week", ["parent_folder_id"] = Folder(1), ["created"] = 1714733000, ["updated"] = 1714733000 },
    ];

    private static IEnumerable<JsonObject> ComponentSeed() =>
    [
        new() { ["id"] = 1, ["name"] = "Custom footer", ["tag"] = "custom-footer", ["content"] = "<footer>{{ snippets.address }}</footer>", ["parent_folder_id"] = null, ["created"] = 1773856017, ["updated"] = 1773856019 },
        new() { ["id"] = 2, ["name"] = "Hero banner", ["tag"] = "hero-banner", ["content"] = "<section class=\"hero\"><slot/></section>", ["parent_folder_id"] = Folder(1), ["created"] = 1773856100, ["updated"] = 1773856100 },
    ];

    private static IEnumerable<JsonObject> EmailSeed() =>
    [
        new()
        {
            ["id"] = 1, ["name"] = "Welcome", ["parent_folder_id"] = Folder(2), ["is_template"] = false, ["is_linked"] = true, ["has_translations"] = false,
            ["available_languages"] = new JsonArray(),
            ["content"] = new JsonObject { ["subject"] = "Welcome, {{ customer.first_name }}!", ["preheader_text"] = "Let's get you started", ["html"] = "<p>Hi {{ customer.first_name }}</p>", ["text"] = "Hi {{ customer.first_name }}" },
            ["envelope"] = new JsonObject { ["from_id"] = 1, ["from"] = "Cher Ami <hello@example.com>", ["recipient"] = "{{customer.email}}", ["fake_bcc"] = true, ["headers"] = new JsonArray() },
            ["transformers"] = new JsonObject(), ["created"] = 1773856200, ["updated"] = 1773856200,
        },
        new()
        {
            ["id"] = 2, ["name"] = "Newsletter template", ["parent_folder_id"] = null, ["is_template"] = true, ["is_linked"] = false, ["has_translations"] = false,
            ["available_languages"] = new JsonArray(),
            ["content"] = new JsonObject { ["subject"] = "This month at My Company", ["html"] = "<custom-footer></custom-footer>" },
            ["envelope"] = new JsonObject { ["recipient"] = "{{customer.email}}", ["fake_bcc"] = true, ["headers"] = new JsonArray() },
            ["transformers"] = new JsonObject { ["css_inliner"] = new JsonObject { ["enabled"] = true } }, ["created"] = 1773856300, ["updated"] = 1773856300,
        },
    ];
}
