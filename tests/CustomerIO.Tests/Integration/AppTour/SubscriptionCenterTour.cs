using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Subscription centre: the seeded topics and channels, and a person's link.</summary>
internal sealed class SubscriptionCenterTour : AppTourArea
{
    public override string Area => "SubscriptionCenter";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        await track.IdentifyAsync("1", new Dictionary<string, object?> { ["email"] = "ann@example.com" });

        Assert.Equal([(1L, "topic_1", true), (2L, "topic_2", true), (3L, "topic_3", false)], (await ToListAsync(app.SubscriptionCenter.ListTopicsAsync())).Select(t => (t.Id, t.Identifier!, t.SubscribedByDefault)));
        Assert.Equal([SubscriptionChannelType.Email, SubscriptionChannelType.Sms, SubscriptionChannelType.Push], (await ToListAsync(app.SubscriptionCenter.ListChannelsAsync())).Select(c => c.Type!.Value));

        var link = await app.SubscriptionCenter.GetTokenAsync("ann@example.com");
        Assert.StartsWith("emsc_", link.Token, StringComparison.Ordinal);
        Assert.Equal("/u/i/" + link.Token + "/", link.Url!.AbsolutePath);
        // The emulator logs a request just after answering it: a last call to an operation already answered keeps the tour's check from racing that log.
        Assert.Equal(3, (await ToListAsync(app.SubscriptionCenter.ListTopicsAsync())).Count);
    }
}
