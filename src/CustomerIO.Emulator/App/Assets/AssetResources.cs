using System.Globalization;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Resources;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Assets;

/// <summary>
/// Asset files and folders: lists by page number (<c>page</c>, <c>limit</c> 1 to 10,000, default 1,000) filtered by
/// <c>parent_folder_id</c> (0 or none: the root) and <c>direct_descendants_only</c>; get, update (204), delete (204);
/// folders created by JSON, files uploaded as a multipart form (<c>file</c>, at most 2 MB, an image or a PDF; optional
/// <c>name</c> and <c>parent_folder_id</c>). Folder names are unique among siblings (409), a folder cannot move into
/// itself or a descendant, and a folder that still holds something cannot be deleted (409).
/// </summary>
internal sealed class AssetResources
{
    public const long MaxFileBytes = 2 * 1024 * 1024;

    private static readonly string[] AcceptedTypes = ["image/bmp", "image/jpeg", "image/jpg", "image/png", "image/gif", "application/pdf"];
    private readonly EmulatorState _state;

    public AssetResources(EmulatorState state)
    {
        _state = state;
        Folders = new ResourceHandlers(state, Kind("asset_folders", "folder", "folder", "folders") with
        {
            Fields = [new("name", FieldType.Text, Required: true), new("parent_folder_id", FieldType.Integer, Nullable: true)],
            Check = CheckFolder,
            BeforeDelete = id => Files!.Store.All().Concat(Folders!.Store.All()).Any(i => Parent(i) == id) ? new Refusal("folder is not empty", StatusCodes.Status409Conflict) : null,
        }, FolderSeed, idSegment: 4);
        Files = new ResourceHandlers(state, Kind("asset_files", "asset", "asset", "assets") with
        {
            Fields = [new("name", FieldType.Text, NotBlank: true), new("parent_folder_id", FieldType.Integer, Nullable: true)],
            Check = (item, _) => FolderExists(Parent(item)) ? null : new Refusal("parent folder not found", StatusCodes.Status404NotFound),
        }, FileSeed, idSegment: 4);
    }

    public ResourceHandlers Files { get; }

    public ResourceHandlers Folders { get; }

    /// <summary><c>POST /assets/files</c>: the multipart upload.</summary>
    public RequestDelegate Upload => Reply.Handler(async context =>
    {
        var outcome = await UploadAsync(context).ConfigureAwait(false);
        return AppEndpoint.Finish(_state, "app.create_asset_files", outcome);
    });

    private async Task<AppOutcome> UploadAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return AppOutcome.Fail(Errors.Invalid("body", "the body must be a multipart/form-data form"));
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (form.Files.GetFile("file") is not { } file)
        {
            return AppOutcome.Fail(Errors.Required("file"));
        }

        if (file.Length == 0 || file.Length > MaxFileBytes)
        {
            return AppOutcome.Fail(Errors.Invalid("file", "file must hold 1 byte to 2 MB"));
        }

        if (!AcceptedTypes.Contains(file.ContentType, StringComparer.OrdinalIgnoreCase))
        {
            return AppOutcome.Fail(Errors.Invalid("file", "file must be one of " + string.Join(", ", AcceptedTypes)));
        }

        long? parent = null;
        if (form.TryGetValue("parent_folder_id", out var parentText) && parentText.ToString() is { Length: > 0 } text && text != "0")
        {
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var folder))
            {
                return AppOutcome.Fail(Errors.Invalid("parent_folder_id", "parent_folder_id must be an integer"));
            }

            parent = folder;
        }

        if (!FolderExists(parent))
        {
            return Files.Refuse(new Refusal("parent folder not found", StatusCodes.Status404NotFound));
        }

        var name = form.TryGetValue("name", out var given) && given.ToString().Trim() is { Length: > 0 } named ? named : file.FileName;
        var now = _state.Now().ToUnixTimeSeconds();
        var item = Files.Store.Add(new JsonObject
        {
            ["name"] = name,
            ["parent_folder_id"] = parent,
            ["size"] = file.Length,
            ["created"] = now,
            ["updated"] = now,
            ["_content_type"] = file.ContentType.ToLowerInvariant(),
        });
        var id = ResourceStore.IdOf(item)!.Value;
        Files.Store.Update(id, i => i["path"] = Path(id, name));
        return AppOutcome.Ok(Files.Answer(Files.Store.Find(id)!), AppJsonContext.Default.JsonObject);
    }

    private Refusal? CheckFolder(JsonObject item, long? id)
    {
        var parent = Parent(item);
        if (!FolderExists(parent))
        {
            return new Refusal("parent folder not found", StatusCodes.Status404NotFound);
        }

        for (var ancestor = parent; ancestor is { } step && id is not null; ancestor = Parent(Folders.Store.Find(step)!))
        {
            if (step == id)
            {
                return new Refusal("a folder cannot move into itself or one of its descendants");
            }
        }

        var name = item["name"]!.GetValue<string>();
        return Folders.Store.All().Any(f => ResourceStore.IdOf(f) != id && Parent(f) == parent && f["name"]?.GetValue<string>() == name)
            ? new Refusal("a folder with that name already exists here", StatusCodes.Status409Conflict)
            : null;
    }

    private bool FolderExists(long? id) => id is not { } folder || Folders.Store.Find(folder) is not null;

    /// <summary>An item's folder; null (and 0) is the root.</summary>
    private static long? Parent(JsonObject item) =>
        ResourceJson.Long(item["parent_folder_id"]) is { } id && id != 0 ? id : null;

    /// <summary>Whether an item is in the folder the request asks for: directly, or anywhere below it.</summary>
    private bool InFolder(JsonObject item, HttpContext context)
    {
        var query = context.Request.Query;
        long? folder = long.TryParse(query["parent_folder_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var f) && f != 0 ? f : null;
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

    private ResourceKind Kind(string kind, string noun, string envelope, string list) => new()
    {
        Kind = kind,
        Noun = noun,
        ItemEnvelope = envelope,
        ListEnvelope = list,
        Paging = ListPaging.Pages,
        DefaultLimit = 1000,
        MaxLimit = 10000,
        RejectUnknownFields = true,
        CreatedField = "created",
        UpdatedField = "updated",
        Defaults = () => new JsonObject { ["parent_folder_id"] = null },
        Filter = InFolder,
    };

    private static string Path(long id, string name) => string.Create(CultureInfo.InvariantCulture, $"https://assets.emulator.invalid/{id}/{Uri.EscapeDataString(name)}");

    private static IEnumerable<JsonObject> FolderSeed() =>
    [
        new() { ["id"] = 1, ["name"] = "Banners", ["parent_folder_id"] = null, ["created"] = 1773856017, ["updated"] = 1773856017 },
        new() { ["id"] = 2, ["name"] = "Seasonal", ["parent_folder_id"] = 1, ["created"] = 1773856018, ["updated"] = 1773856018 },
    ];

    private static IEnumerable<JsonObject> FileSeed() =>
    [
        new() { ["id"] = 1, ["name"] = "logo.png", ["parent_folder_id"] = null, ["path"] = Path(1, "logo.png"), ["size"] = 5120, ["created"] = 1773856020, ["updated"] = 1773856020, ["_content_type"] = "image/png" },
        new() { ["id"] = 2, ["name"] = "holiday-banner.jpg", ["parent_folder_id"] = 2, ["path"] = Path(2, "holiday-banner.jpg"), ["size"] = 48213, ["created"] = 1773856021, ["updated"] = 1773856021, ["_content_type"] = "image/jpeg" },
        new() { ["id"] = 3, ["name"] = "terms.pdf", ["parent_folder_id"] = null, ["path"] = Path(3, "terms.pdf"), ["size"] = 90112, ["created"] = 1773856022, ["updated"] = 1773856022, ["_content_type"] = "application/pdf" },
    ];
}
