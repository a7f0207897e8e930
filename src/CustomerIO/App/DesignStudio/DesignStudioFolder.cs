using System.Text.Json.Serialization;
using CustomerIO.Serialization;

namespace CustomerIO.App;

/// <summary>A Design Studio folder, holding emails, components and other folders.</summary>
public sealed class DesignStudioFolder
{
    [JsonConstructor]
    internal DesignStudioFolder()
    {
    }

    /// <summary>The folder's id (a UUID).</summary>
    [JsonInclude, JsonPropertyName("id")]
    public string? Id { get; internal set; }

    /// <summary>The folder's name.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The folder it is in; null at the root.</summary>
    [JsonInclude, JsonPropertyName("parent_folder_id")]
    public string? ParentFolderId { get; internal set; }

    /// <summary>When the folder was created.</summary>
    [JsonInclude, JsonPropertyName("created"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Created { get; internal set; }

    /// <summary>When the folder last changed.</summary>
    [JsonInclude, JsonPropertyName("updated"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Updated { get; internal set; }
}

/// <summary>A Design Studio component: reusable HTML an email includes by its tag.</summary>
public sealed class DesignStudioComponent
{
    [JsonConstructor]
    internal DesignStudioComponent()
    {
    }

    /// <summary>The component's id (a UUID).</summary>
    [JsonInclude, JsonPropertyName("id")]
    public string? Id { get; internal set; }

    /// <summary>The display name on the Design Studio dashboard.</summary>
    [JsonInclude, JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The tag name an email uses to include the component.</summary>
    [JsonInclude, JsonPropertyName("tag")]
    public string? Tag { get; internal set; }

    /// <summary>The component's HTML (not in list answers).</summary>
    [JsonInclude, JsonPropertyName("content")]
    public string? Content { get; internal set; }

    /// <summary>The folder it is in; null at the root.</summary>
    [JsonInclude, JsonPropertyName("parent_folder_id")]
    public string? ParentFolderId { get; internal set; }

    /// <summary>When the component was created.</summary>
    [JsonInclude, JsonPropertyName("created"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Created { get; internal set; }

    /// <summary>When the component last changed.</summary>
    [JsonInclude, JsonPropertyName("updated"), JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? Updated { get; internal set; }
}
