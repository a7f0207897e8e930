using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Email suppressions: an address added to the bounces list, found, listed (all and per domain), removed.</summary>
internal sealed class EmailSuppressionsTour : AppTourArea
{
    public override string Area => "EmailSuppressions";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        await app.EmailSuppressions.CreateAsync(SuppressionType.Bounces, "gone@shop.example.com");

        var search = await app.EmailSuppressions.SearchAsync("gone@shop.example.com");
        Assert.Equal((SuppressionCategory.Bounces, "gone@shop.example.com"), (search.Category!.Value, Assert.Single(search.Suppressions!).Email));

        Assert.Equal(
            ["bounced.person@example.com", "gone@shop.example.com"],
            (await ToListAsync(app.EmailSuppressions.ListAsync(SuppressionType.Bounces, limit: 1))).Select(s => s.Email));
        var forDomain = Assert.Single(await ToListAsync(app.EmailSuppressions.ListForDomainAsync("shop.example.com", SuppressionType.Bounces)));
        Assert.Equal("550", forDomain.Status);

        await app.EmailSuppressions.DeleteAsync(SuppressionType.Bounces, "gone@shop.example.com");
        Assert.Empty((await app.EmailSuppressions.SearchAsync("gone@shop.example.com")).Suppressions!);
    }
}
