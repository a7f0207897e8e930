using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Design Studio: a folder, a component and an email with a translation, each created, listed, read, changed, deleted.</summary>
internal sealed class DesignStudioTour : AppTourArea
{
    public override string Area => "DesignStudio";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        var folder = await app.DesignStudio.CreateFolderAsync(new DesignStudioFolderCreation("Receipts"));
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$", folder.Id!);
        Assert.Contains(await ToListAsync(app.DesignStudio.ListFoldersAsync()), f => f.Id == folder.Id);
        Assert.Equal("Receipts", (await app.DesignStudio.GetFolderAsync(folder.Id!)).Name);
        await app.DesignStudio.UpdateFolderAsync(folder.Id!, new DesignStudioFolderChanges { Name = "Order receipts" });

        var component = await app.DesignStudio.CreateComponentAsync(new DesignStudioComponentCreation("Order table", "order-table", "<table></table>") { ParentFolderId = folder.Id });
        Assert.Equal(folder.Id, component.ParentFolderId);
        var listed = await ToListAsync(app.DesignStudio.ListComponentsAsync(new DesignStudioComponentListOptions { ParentFolderId = folder.Id }));
        Assert.Equal([component.Id], listed.Select(c => c.Id));
        Assert.Null(listed[0].Content);
        await app.DesignStudio.UpdateComponentAsync(component.Id!, new DesignStudioComponentChanges { Content = "<table class=\"order\"></table>" });
        Assert.Equal("<table class=\"order\"></table>", (await app.DesignStudio.GetComponentAsync(component.Id!)).Content);

        var email = await app.DesignStudio.CreateEmailAsync(new DesignStudioEmailCreation("Receipt")
        {
            ParentFolderId = folder.Id,
            Content = new() { Subject = "Your receipt", Html = "<order-table></order-table>" },
            Envelope = new() { FromId = 2 },
        });
        Assert.Equal("Support <support@example.com>", email.Envelope!.From);
        Assert.Contains(await ToListAsync(app.DesignStudio.ListEmailsAsync(new DesignStudioEmailListOptions { IsTemplate = false })), e => e.Id == email.Id);
        await app.DesignStudio.UpdateEmailAsync(email.Id!, new DesignStudioEmailChanges { Name = "Receipt v2" });
        Assert.Equal("Receipt v2", (await app.DesignStudio.GetEmailAsync(email.Id!)).Name);

        var spanish = await app.DesignStudio.CreateEmailLanguageAsync(email.Id!, new DesignStudioEmailTranslationCreation("es") { Content = new() { Subject = "Tu recibo" } });
        Assert.Equal(email.Id, spanish.LanguageGroupId);
        Assert.Equal(["es"], spanish.AvailableLanguages);
        Assert.Equal(["es"], (await ToListAsync(app.DesignStudio.ListEmailLanguagesAsync(email.Id!))).Select(t => t.Language));
        await app.DesignStudio.UpdateEmailLanguageAsync(email.Id!, "es", new DesignStudioEmailTranslationChanges { Content = new() { Subject = "Su recibo" } });
        Assert.Equal("Su recibo", (await app.DesignStudio.GetEmailLanguageAsync(email.Id!, "es")).Content!.Subject);
        await app.DesignStudio.DeleteEmailLanguageAsync(email.Id!, "es");
        Assert.Empty((await app.DesignStudio.GetEmailAsync(email.Id!)).AvailableLanguages!);

        await app.DesignStudio.DeleteEmailAsync(email.Id!);
        await app.DesignStudio.DeleteComponentAsync(component.Id!);
        await app.DesignStudio.DeleteFolderAsync(folder.Id!);
        Assert.DoesNotContain(await ToListAsync(app.DesignStudio.ListFoldersAsync()), f => f.Id == folder.Id);
    }
}
