using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Assets: a folder created, a file uploaded into it (multipart), both listed, read, renamed, deleted.</summary>
internal sealed class AssetsTour : AppTourArea
{
    public override string Area => "Assets";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        var folder = await app.Assets.CreateFolderAsync(new AssetFolderCreation("Logos"));
        Assert.Null(folder.ParentFolderId);
        var file = await app.Assets.UploadFileAsync(new AssetUpload("mark.gif", "GIF89a;"u8.ToArray(), "image/gif", parentFolderId: folder.Id));
        Assert.Equal("mark.gif", file.Name);
        Assert.Equal(7, file.Size);
        Assert.Equal(folder.Id, file.ParentFolderId);

        Assert.Equal([file.Id], (await ToListAsync(app.Assets.ListAsync(new AssetListOptions { ParentFolderId = folder.Id }))).Select(f => f.Id));
        Assert.Contains(await ToListAsync(app.Assets.ListAsync(limit: 2)), f => f.Name == "holiday-banner.jpg");
        Assert.Contains(await ToListAsync(app.Assets.ListFoldersAsync()), f => f.Id == folder.Id);

        await app.Assets.UpdateFileAsync(file.Id, new AssetFileChanges { Name = "brand-mark.gif" });
        Assert.Equal("brand-mark.gif", (await app.Assets.GetFileAsync(file.Id)).Name);
        await app.Assets.UpdateFolderAsync(folder.Id, new AssetFolderChanges { Name = "Brand" });
        Assert.Equal("Brand", (await app.Assets.GetFolderAsync(folder.Id)).Name);

        await app.Assets.DeleteFileAsync(file.Id);
        await app.Assets.DeleteFolderAsync(folder.Id);
        Assert.DoesNotContain(await ToListAsync(app.Assets.ListFoldersAsync()), f => f.Id == folder.Id);
    }
}
