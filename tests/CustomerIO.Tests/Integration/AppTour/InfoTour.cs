using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Info: the addresses the emulator's webhooks come from.</summary>
internal sealed class InfoTour : AppTourArea
{
    public override string Area => "Info";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        Assert.Equal(["127.0.0.1"], await app.Info.GetIpAddressesAsync());
        // The emulator logs a request just after answering it: a last call to an operation already answered keeps the tour's check from racing that log.
        Assert.Single(await app.Info.GetIpAddressesAsync());
    }
}
