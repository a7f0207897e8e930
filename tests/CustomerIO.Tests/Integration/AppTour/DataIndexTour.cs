using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Data index: an attribute and an event described.</summary>
internal sealed class DataIndexTour : AppTourArea
{
    public override string Area => "DataIndex";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        await app.DataIndex.UpdateAttributesAsync(new DataIndexAttributes([new DataIndexAttribute("last_active") { Description = "The last time the person used the app.", Sensitive = false }]));
        await app.DataIndex.UpdateEventsAsync(new DataIndexEvents([new DataIndexEvent("purchase_completed") { Description = "A purchase went through." }]));

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => app.DataIndex.UpdateEventsAsync(new DataIndexEvents([])));
        Assert.Equal("body.Events", error.ParameterName);
        // The emulator logs a request just after answering it: a last call to an operation already answered keeps the tour's check from racing that log.
        await app.DataIndex.UpdateAttributesAsync(new DataIndexAttributes([new DataIndexAttribute("last_active") { Sensitive = true }]));
    }
}
