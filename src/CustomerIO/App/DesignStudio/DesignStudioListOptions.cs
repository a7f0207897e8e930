namespace CustomerIO.App;

/// <summary>
/// Filters and order of the Design Studio lists (<c>GET /v1/design_studio/folders</c>; the components and emails lists
/// take these and more).
/// </summary>
public class DesignStudioListOptions : IAppQuery
{
    /// <summary>Only what is in this folder (a UUID that must exist); the root when omitted.</summary>
    public string? ParentFolderId { get; set; }

    /// <summary>Only the folder's direct children.</summary>
    public bool? DirectDescendantsOnly { get; set; }

    /// <summary>What to sort by; the API's default (<see cref="DesignStudioSortField.Created"/>) when omitted.</summary>
    public DesignStudioSortField? SortBy { get; set; }

    /// <summary>The direction; the API's default (<see cref="DesignStudioSortOrder.Ascending"/>) when omitted.</summary>
    public DesignStudioSortOrder? SortOrder { get; set; }

    /// <summary>Only what was created before this time (whole seconds).</summary>
    public DateTimeOffset? CreatedBefore { get; set; }

    /// <summary>Only what was created after this time.</summary>
    public DateTimeOffset? CreatedAfter { get; set; }

    /// <summary>Only what last changed before this time.</summary>
    public DateTimeOffset? UpdatedBefore { get; set; }

    /// <summary>Only what last changed after this time.</summary>
    public DateTimeOffset? UpdatedAfter { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query) => AddTo(query);

    /// <summary>Adds the parameters that are set: these, then the derived list's own.</summary>
    /// <param name="query">The query being written.</param>
    private protected virtual void AddTo(List<KeyValuePair<string, string>> query)
    {
        AppQuery.Add(query, "parent_folder_id", ParentFolderId);
        AppQuery.Add(query, "direct_descendants_only", DirectDescendantsOnly);
        AppQuery.Add(query, "sort_by", SortBy?.Value);
        AppQuery.Add(query, "sort_order", SortOrder?.Value);
        AppQuery.Add(query, "created_before", CreatedBefore?.ToUnixTimeSeconds());
        AppQuery.Add(query, "created_after", CreatedAfter?.ToUnixTimeSeconds());
        AppQuery.Add(query, "updated_before", UpdatedBefore?.ToUnixTimeSeconds());
        AppQuery.Add(query, "updated_after", UpdatedAfter?.ToUnixTimeSeconds());
    }
}

/// <summary>The components list's filters (<c>GET /v1/design_studio/components</c>).</summary>
public sealed class DesignStudioComponentListOptions : DesignStudioListOptions
{
    /// <summary>Only the component with this tag name.</summary>
    public string? Tag { get; set; }

    private protected override void AddTo(List<KeyValuePair<string, string>> query)
    {
        AppQuery.Add(query, "tag", Tag);
        base.AddTo(query);
    }
}

/// <summary>The emails list's filters (<c>GET /v1/design_studio/emails</c>); each flag filter is "any" when omitted.</summary>
public sealed class DesignStudioEmailListOptions : DesignStudioListOptions
{
    /// <summary>Only templates (<c>true</c>) or only emails that are not (<c>false</c>).</summary>
    public bool? IsTemplate { get; set; }

    /// <summary>Only emails with translations, or only those without.</summary>
    public bool? HasTranslations { get; set; }

    /// <summary>Only emails linked to a workflow, or only those that are not.</summary>
    public bool? IsLinked { get; set; }

    private protected override void AddTo(List<KeyValuePair<string, string>> query)
    {
        base.AddTo(query);
        AppQuery.Add(query, "is_template", IsTemplate);
        AppQuery.Add(query, "has_translations", HasTranslations);
        AppQuery.Add(query, "is_linked", IsLinked);
    }
}
