using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Workspaces: the emulated workspace and its live counts.</summary>
internal sealed class WorkspacesTour : AppTourArea
{
    public override string Area => "Workspaces";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        await track.IdentifyAsync("1", new Dictionary<string, object?> { ["email"] = "ann@example.com" });
        await track.SendAsync(ObjectOperation.Identify(ObjectIdentifier.Of("1", "acme")));
        await app.Transactional.SendEmailAsync(new TransactionalEmail(3, "ann@example.com", CustomerIdentifier.Id("1")));

        var workspace = Assert.Single(await ToListAsync(app.Workspaces.ListAsync()));
        Assert.Equal((1L, "Emulated workspace", 1L, 1L, 1L, 1L, 1L), (workspace.Id, workspace.Name, workspace.People, workspace.Objects, workspace.ObjectTypes, workspace.MessagesSent, workspace.BillableMessagesSent));
        // The emulator logs a request just after answering it: a last call to an operation already answered keeps the tour's check from racing that log.
        Assert.Equal(1L, Assert.Single(await ToListAsync(app.Workspaces.ListAsync())).People);
    }
}
