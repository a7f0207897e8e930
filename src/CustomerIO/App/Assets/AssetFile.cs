using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>An asset file: an image or PDF stored by Customer.io for messages to use.</summary>
public sealed class AssetFile
{
    [JsonConstructor]
    internal AssetFile()
    {
    }

    /// <summary>The file's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The file's display name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The folder it is in; null at the root.</summary>
    [JsonInclude, JsonPropertyName("parent_folder_id")]
    public long? ParentFolderId { get; internal set; }

    /// <summary>Where the file is hosted (a URL or a storage path).</summary>
    [JsonInclude, JsonPropertyName("path")]
    public string? Path { get; internal set; }

    /// <summary>The file's size in bytes.</summary>
    [JsonInclude, JsonPropertyName("size")]
    public long Size { get; internal set; }

    /// <summary>When the file was uploaded.</summary>
    [JsonInclude, JsonPropertyName("created"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Created { get; internal set; }

    /// <summary>When the file last changed.</summary>
    [JsonInclude, JsonPropertyName("updated"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Updated { get; internal set; }
}

/// <summary>A folder of asset files.</summary>
public sealed class AssetFolder
{
    [JsonConstructor]
    internal AssetFolder()
    {
    }

    /// <summary>The folder's id.</summary>
    [JsonInclude, JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The folder's display name, unique among its siblings.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The folder it is in; null at the root.</summary>
    [JsonInclude, JsonPropertyName("parent_folder_id")]
    public long? ParentFolderId { get; internal set; }

    /// <summary>When the folder was created.</summary>
    [JsonInclude, JsonPropertyName("created"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Created { get; internal set; }

    /// <summary>When the folder last changed.</summary>
    [JsonInclude, JsonPropertyName("updated"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Updated { get; internal set; }
}

/// <summary>Filters of the asset lists (<c>GET /v1/assets</c>, <c>GET /v1/assets/folders</c>).</summary>
public sealed class AssetListOptions : IAppQuery
{
    /// <summary>Only what is in this folder; the root when omitted (or 0).</summary>
    public long? ParentFolderId { get; set; }

    /// <summary>Only the folder's direct children, not what its sub-folders hold.</summary>
    public bool? DirectDescendantsOnly { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        AppQuery.Add(query, "parent_folder_id", ParentFolderId);
        AppQuery.Add(query, "direct_descendants_only", DirectDescendantsOnly);
    }
}

/// <summary>New values for an asset file (<c>PUT /v1/assets/files/{id}</c>); what is not set stays as it is.</summary>
public sealed class AssetFileChanges : IAppBody
{
    /// <summary>The new display name (not blank).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The folder to move the file to.</summary>
    [JsonPropertyName("parent_folder_id")]
    public long? ParentFolderId { get; set; }

    void IAppBody.Validate(string parameterName) => AssetRules.Changes(Name, ParentFolderId, parameterName, "asset file");
}

/// <summary>An asset folder to create (<c>POST /v1/assets/folders</c>).</summary>
public sealed class AssetFolderCreation : IAppBody
{
    /// <summary>Describes the folder.</summary>
    /// <param name="name">The folder's name (required, unique among its siblings).</param>
    public AssetFolderCreation(string name) => Name = name;

    /// <summary>The folder's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>The folder to create it in; the root when omitted.</summary>
    [JsonPropertyName("parent_folder_id")]
    public long? ParentFolderId { get; set; }

    void IAppBody.Validate(string parameterName) => Validation.Guard.NotEmpty(Name, parameterName + ".Name", "folder name");
}

/// <summary>New values for an asset folder (<c>PUT /v1/assets/folders/{id}</c>); what is not set stays as it is.</summary>
public sealed class AssetFolderChanges : IAppBody
{
    /// <summary>The new name (not blank).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The folder to move it into (not itself or one of its descendants).</summary>
    [JsonPropertyName("parent_folder_id")]
    public long? ParentFolderId { get; set; }

    void IAppBody.Validate(string parameterName) => AssetRules.Changes(Name, ParentFolderId, parameterName, "asset folder");
}

/// <summary>The rules the asset changes share.</summary>
internal static class AssetRules
{
    public static void Changes(string? name, long? parentFolderId, string parameterName, string what)
    {
        if (name is null && parentFolderId is null)
        {
            throw new CustomerIOValidationException(parameterName, $"An {what} update needs a new name or a folder to move to.");
        }

        if (name is not null)
        {
            Validation.Guard.NotEmpty(name, parameterName + ".Name", "name");
        }
    }
}
