using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Sender identities: the seeded senders listed across pages (hidden ones on request), one read, what uses it.</summary>
internal sealed class SenderIdentitiesTour : AppTourArea
{
    public override string Area => "SenderIdentities";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        var visible = await ToListAsync(app.SenderIdentities.ListAsync(limit: 2));
        Assert.Equal([1L, 2, 3], visible.Select(s => s.Id));
        var all = await ToListAsync(app.SenderIdentities.ListAsync(new SenderIdentityListOptions { Hidden = true, Sort = SenderIdentitySortOrder.Descending }));
        Assert.Equal([4L, 3, 2, 1], all.Select(s => s.Id));

        var sender = await app.SenderIdentities.GetAsync(3);
        Assert.Equal(SenderIdentityType.Phone, sender.TemplateType);
        Assert.Equal("+15005550006", sender.Phone);

        var usage = await app.SenderIdentities.GetUsedByAsync(1);
        Assert.Equal([3L, 5], usage.Campaigns);
        Assert.Equal([8L], usage.DraftNewsletters);
        Assert.Equal([2L], usage.SentNewsletters);
    }
}
