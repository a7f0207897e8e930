using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary>A Design Studio folder to create (<c>POST /v1/design_studio/folders</c>).</summary>
public sealed class DesignStudioFolderCreation : IAppBody
{
    /// <summary>Describes the folder.</summary>
    /// <param name="name">The folder's name (1 to 170 characters, none of <c>&lt; &gt; : " / \ | ? * .</c>).</param>
    public DesignStudioFolderCreation(string name) => Name = name;

    /// <summary>The folder's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>The folder to create it in (a UUID); the root when omitted.</summary>
    [JsonPropertyName("parent_folder_id")]
    public string? ParentFolderId { get; set; }

    void IAppBody.Validate(string parameterName)
    {
        DesignStudioRules.FolderName(Name, parameterName + ".Name");
        DesignStudioRules.FolderId(ParentFolderId, parameterName + ".ParentFolderId");
    }
}

/// <summary>New values for a Design Studio folder (<c>PUT /v1/design_studio/folders/{id}</c>); at least one is set, the others stay.</summary>
public sealed class DesignStudioFolderChanges : IAppBody
{
    /// <summary>The new name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The folder to move it into (a UUID).</summary>
    [JsonPropertyName("parent_folder_id")]
    public string? ParentFolderId { get; set; }

    void IAppBody.Validate(string parameterName)
    {
        if (Name is null && ParentFolderId is null)
        {
            throw new CustomerIOValidationException(parameterName, "A folder update needs a new name or a folder to move to.");
        }

        if (Name is not null)
        {
            DesignStudioRules.FolderName(Name, parameterName + ".Name");
        }

        DesignStudioRules.FolderId(ParentFolderId, parameterName + ".ParentFolderId");
    }
}

/// <summary>A Design Studio component to create (<c>POST /v1/design_studio/components</c>).</summary>
public sealed class DesignStudioComponentCreation : IAppBody
{
    /// <summary>Describes the component.</summary>
    /// <param name="name">Its display name (1 to 255 characters).</param>
    /// <param name="tag">The tag name emails include it by.</param>
    /// <param name="content">Its HTML.</param>
    public DesignStudioComponentCreation(string name, string tag, string content)
    {
        Name = name;
        Tag = tag;
        Content = content;
    }

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>The tag name.</summary>
    [JsonPropertyName("tag")]
    public string Tag { get; }

    /// <summary>The HTML.</summary>
    [JsonPropertyName("content")]
    public string Content { get; }

    /// <summary>The folder to create it in (a UUID); the root when omitted.</summary>
    [JsonPropertyName("parent_folder_id")]
    public string? ParentFolderId { get; set; }

    void IAppBody.Validate(string parameterName)
    {
        DesignStudioRules.DisplayName(Name, parameterName + ".Name");
        Validation.Guard.NotEmpty(Tag, parameterName + ".Tag", "component tag");
        if (Content is null)
        {
            throw new ArgumentNullException(parameterName + ".Content");
        }

        DesignStudioRules.FolderId(ParentFolderId, parameterName + ".ParentFolderId");
    }
}

/// <summary>New values for a Design Studio component (<c>PUT /v1/design_studio/components/{id}</c>); at least one is set, the others stay.</summary>
public sealed class DesignStudioComponentChanges : IAppBody
{
    /// <summary>The new display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The new tag name.</summary>
    [JsonPropertyName("tag")]
    public string? Tag { get; set; }

    /// <summary>The new HTML.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; set; }

    /// <summary>The folder to move it into (a UUID).</summary>
    [JsonPropertyName("parent_folder_id")]
    public string? ParentFolderId { get; set; }

    void IAppBody.Validate(string parameterName)
    {
        if (Name is null && Tag is null && Content is null && ParentFolderId is null)
        {
            throw new CustomerIOValidationException(parameterName, "A component update needs at least one new value.");
        }

        if (Name is not null)
        {
            DesignStudioRules.DisplayName(Name, parameterName + ".Name");
        }

        if (Tag is not null)
        {
            Validation.Guard.NotEmpty(Tag, parameterName + ".Tag", "component tag");
        }

        DesignStudioRules.FolderId(ParentFolderId, parameterName + ".ParentFolderId");
    }
}

/// <summary>The rules Design Studio bodies share, as the OpenAPI states them.</summary>
internal static class DesignStudioRules
{
    /// <summary>The longest folder name.</summary>
    public const int MaxFolderName = 170;

    /// <summary>The longest email or component name.</summary>
    public const int MaxName = 255;

    private static readonly char[] FolderNameForbidden = ['<', '>', ':', '"', '/', '\\', '|', '?', '*', '.'];

    public static void FolderName(string name, string parameterName)
    {
        Length(name, parameterName, "folder name", MaxFolderName);
        if (name.IndexOfAny(FolderNameForbidden) >= 0)
        {
            throw new CustomerIOValidationException(parameterName, "A Design Studio folder name cannot hold any of < > : \" / \\ | ? * .");
        }
    }

    public static void DisplayName(string name, string parameterName) => Length(name, parameterName, "name", MaxName);

    /// <summary>A folder id, when given, is not empty (the API refuses an empty string).</summary>
    public static void FolderId(string? id, string parameterName)
    {
        if (id is not null)
        {
            Validation.Guard.NotEmpty(id, parameterName, "parent folder id");
        }
    }

    private static void Length(string value, string parameterName, string what, int max)
    {
        Validation.Guard.NotEmpty(value, parameterName, what);
        if (value.Length > max)
        {
            throw new CustomerIOValidationException(parameterName, $"A Design Studio {what} must be at most {max} characters; this one has {value.Length}.", max, value.Length);
        }
    }
}
