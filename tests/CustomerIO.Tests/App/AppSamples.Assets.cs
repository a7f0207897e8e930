using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>The Assets samples, shaped as the OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string AssetFileJson =
        """{"created":1773856017,"id":31,"name":"banner.png","parent_folder_id":5,"path":"https://assets.example.test/31/banner.png","size":2048,"updated":1773856018}""";

    public const string AssetFolderJson = """{"created":1773856017,"id":5,"name":"Banners","parent_folder_id":null,"updated":1773856017}""";

    public const string AssetFilesPage = """{"assets":[""" + AssetFileJson + """],"meta":{"filters":{"direct_descendants_only":false,"parent_folder_id":null},"pagination":{"limit":1000,"page":1,"total":1}}}""";

    public const string AssetFoldersPage = """{"folders":[""" + AssetFolderJson + """],"meta":{"filters":{"direct_descendants_only":false,"parent_folder_id":null},"pagination":{"limit":1000,"page":1,"total":1}}}""";

    public const string AssetFileAnswer = """{"asset":""" + AssetFileJson + "}";

    public const string AssetFolderAnswer = """{"folder":""" + AssetFolderJson + "}";

    public const string AssetFileChangesJson = """{"name":"hero.png","parent_folder_id":5}""";

    public const string AssetFolderCreationJson = """{"name":"Banners","parent_folder_id":2}""";

    public const string AssetFolderChangesJson = """{"name":"Hero banners"}""";

    public static AssetFileChanges AssetFileChanges => new() { Name = "hero.png", ParentFolderId = 5 };

    public static AssetFolderCreation AssetFolderCreation => new("Banners") { ParentFolderId = 2 };

    public static AssetFolderChanges AssetFolderChanges => new() { Name = "Hero banners" };
}
