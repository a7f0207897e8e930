namespace CustomerIO.App;

/// <summary>The Assets answers, for tests of code that uses a mocked <see cref="AssetsClient"/>.</summary>
public static partial class AppModelFactory
{
    /// <summary>An asset file.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its display name.</param>
    /// <param name="parentFolderId">Its folder; null at the root.</param>
    /// <param name="path">Where it is hosted.</param>
    /// <param name="size">Its size in bytes.</param>
    /// <param name="created">When it was uploaded.</param>
    /// <param name="updated">When it last changed.</param>
    /// <returns>The file.</returns>
    public static AssetFile AssetFile(long id, string? name = null, long? parentFolderId = null, string? path = null, long size = 0, DateTimeOffset? created = null, DateTimeOffset? updated = null) =>
        new() { Id = id, Name = name, ParentFolderId = parentFolderId, Path = path, Size = size, Created = created, Updated = updated };

    /// <summary>An asset folder.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="parentFolderId">Its folder; null at the root.</param>
    /// <param name="created">When it was created.</param>
    /// <param name="updated">When it last changed.</param>
    /// <returns>The folder.</returns>
    public static AssetFolder AssetFolder(long id, string? name = null, long? parentFolderId = null, DateTimeOffset? created = null, DateTimeOffset? updated = null) =>
        new() { Id = id, Name = name, ParentFolderId = parentFolderId, Created = created, Updated = updated };
}
