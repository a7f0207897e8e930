using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Activities: the workspace's activities, from an event tracked first.</summary>
internal sealed class ActivitiesTour : AppTourArea
{
    public override string Area => "Activities";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        await track.TrackAsync("1", "purchase", new Dictionary<string, object?> { ["total"] = 12 });

        var activities = await ToListAsync(app.Activities.ListAsync());

        Assert.Contains(activities, a => a.CustomerId == "1" && a.Type == ActivityType.Event && a.Data!.Value.GetProperty("total").GetInt32() == 12);
    }
}
