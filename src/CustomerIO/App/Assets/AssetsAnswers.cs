using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.App;

/// <summary><c>{"assets":[..],"meta":{..}}</c>: a page of <c>GET /v1/assets</c> (the page number and limit are the pager's).</summary>
internal sealed class AssetFilesPage : IPageAnswer<AssetFile>
{
    [JsonPropertyName("assets")]
    public IReadOnlyList<AssetFile>? Assets { get; set; }

    IReadOnlyList<AssetFile>? IPageAnswer<AssetFile>.Values => Assets;
}

/// <summary><c>{"folders":[..],"meta":{..}}</c>: a page of <c>GET /v1/assets/folders</c>.</summary>
internal sealed class AssetFoldersPage : IPageAnswer<AssetFolder>
{
    [JsonPropertyName("folders")]
    public IReadOnlyList<AssetFolder>? Folders { get; set; }

    IReadOnlyList<AssetFolder>? IPageAnswer<AssetFolder>.Values => Folders;
}

/// <summary><c>{"asset":{..}}</c>.</summary>
internal sealed class AssetFileAnswer
{
    [JsonPropertyName("asset")]
    public AssetFile? Asset { get; set; }
}

/// <summary><c>{"folder":{..}}</c>.</summary>
internal sealed class AssetFolderAnswer
{
    [JsonPropertyName("folder")]
    public AssetFolder? Folder { get; set; }
}
