using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Live notifications: one started for a person, updated, read, ended, read again.</summary>
internal sealed class LiveNotificationsTour : AppTourArea
{
    public override string Area => "LiveNotifications";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        await track.IdentifyAsync("1", new Dictionary<string, object?> { ["email"] = "ann@example.com" });
        var start = new LiveNotificationStart(
            CustomerIdentifier.Email("ann@example.com"),
            "io.customer.livenotifications.segments",
            new Dictionary<string, object?> { ["header"] = "Order 42" },
            new Dictionary<string, object?> { ["status"] = "Packed", ["segmentsTotal"] = 4, ["segmentsComplete"] = 1 })
        {
            Platform = MobilePlatform.Ios,
            Alert = new LiveNotificationAlert("Order 42", "Packed"),
        };

        var instanceId = await app.LiveNotifications.StartAsync(start);
        Assert.Equal(instanceId, await app.LiveNotifications.UpdateAsync(new LiveNotificationUpdate(instanceId, new Dictionary<string, object?> { ["status"] = "Shipped", ["segmentsTotal"] = 4, ["segmentsComplete"] = 3 })));

        var active = await app.LiveNotifications.GetAsync(instanceId);
        Assert.Equal((LiveNotificationState.Active, MobilePlatform.Ios, LiveNotificationOperation.Update), (active.State!.Value, active.Platform!.Value, active.LastDelivery!.Operation!.Value));
        Assert.Equal(active.StartedAt!.Value.AddHours(6), active.ExpiresAt);

        Assert.Equal(instanceId, await app.LiveNotifications.EndAsync(new LiveNotificationEnd(instanceId)));
        var ended = await app.LiveNotifications.GetAsync(instanceId);
        Assert.Equal((LiveNotificationState.Ended, LiveNotificationDeliveryStatus.Sent), (ended.State!.Value, ended.LastDelivery!.Status!.Value));
        Assert.NotNull(ended.EndedAt);
    }
}
