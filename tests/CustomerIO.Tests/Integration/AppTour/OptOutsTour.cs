using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Opt-outs: the seeded person opted out of an SMS and a WhatsApp sender, all and by sender.</summary>
internal sealed class OptOutsTour : AppTourArea
{
    public override string Area => "OptOuts";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        var person = Assert.Single(await ToListAsync(app.OptOuts.ListAsync()));
        Assert.Equal(("optout-demo", "cio_03000001"), (person.CustomerId, person.CioId));
        Assert.Equal([(OptOutChannel.Sms, "+15551234567"), (OptOutChannel.WhatsApp, "+15559876543")], person.OptOuts!.Select(o => (o.Channel!.Value, o.From!)));

        var whatsApp = Assert.Single(await ToListAsync(app.OptOuts.ListAsync(new OptOutListOptions { From = "+15559876543" })));
        Assert.Equal(OptOutChannel.WhatsApp, Assert.Single(whatsApp.OptOuts!).Channel);
    }
}
