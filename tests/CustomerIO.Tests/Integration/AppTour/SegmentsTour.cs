using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Segments: a manual segment created, read, counted, its members listed, deleted.</summary>
internal sealed class SegmentsTour : AppTourArea
{
    public override string Area => "Segments";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        await track.IdentifyAsync("1", new Dictionary<string, object?> { ["plan"] = "pro" });
        var created = await app.Segments.CreateAsync(new SegmentCreation("VIP") { Description = "Big spenders" });
        await track.AddToSegmentAsync(checked((int)created.Id), ["1"]);

        Assert.Equal("VIP", (await app.Segments.GetAsync(created.Id)).Name);
        Assert.Contains(await ToListAsync(app.Segments.ListAsync()), s => s.Id == created.Id && s.Description == "Big spenders");
        Assert.Equal(1, await app.Segments.GetCustomerCountAsync(created.Id));
        Assert.Equal(["1"], (await ToListAsync(app.Segments.ListMembersAsync(created.Id))).Select(m => m.Id));

        // The seeded campaigns name segment 1 ("Welcome series" in its trigger, "Win-back" in its filter), and so does the
        // seeded draft newsletter 1 among its recipients.
        await track.AddToSegmentAsync(1, ["1"]);
        var usage = await app.Segments.GetUsedByAsync(1);
        Assert.Equal(1L, usage.SegmentId);
        Assert.Equal([1L, 2L], usage.UsedBy!.Campaigns!);
        Assert.Equal([1L], usage.UsedBy.DraftNewsletters!);
        Assert.Empty((await app.Segments.GetUsedByAsync(created.Id)).UsedBy!.Campaigns!);

        await app.Segments.DeleteAsync(created.Id);
        Assert.DoesNotContain(await ToListAsync(app.Segments.ListAsync()), s => s.Id == created.Id);
    }
}
