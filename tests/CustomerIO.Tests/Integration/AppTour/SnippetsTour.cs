using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Snippets: the seeded ones listed, one created (trimmed), replaced by name, deleted.</summary>
internal sealed class SnippetsTour : AppTourArea
{
    public override string Area => "Snippets";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        Assert.Contains(await ToListAsync(app.Snippets.ListAsync()), s => s.Name == "address" && s.UpdatedAt == DateTimeOffset.FromUnixTimeSeconds(1582500000));

        var created = await app.Snippets.CreateAsync(new SnippetDefinition(" signature ", " Thanks, {{ customer.first_name }} "));
        Assert.Equal("signature", created.Name);
        Assert.Equal("Thanks, {{ customer.first_name }}", created.Value);
        Assert.NotNull(created.UpdatedAt);

        var replaced = await app.Snippets.UpdateAsync(new SnippetDefinition("signature", "Cheers"));
        Assert.Equal("Cheers", replaced.Value);
        Assert.Single(await ToListAsync(app.Snippets.ListAsync()), s => s.Name == "signature");

        await app.Snippets.DeleteAsync("signature");
        Assert.DoesNotContain(await ToListAsync(app.Snippets.ListAsync()), s => s.Name == "signature");
    }
}
