using System.Text.Json;
using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Collections: created from data, listed, read, renamed, its content read and replaced, deleted.</summary>
internal sealed class CollectionsTour : AppTourArea
{
    public override string Area => "Collections";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        using var data = JsonDocument.Parse("""[{"sku":"A1","price":3},{"sku":"B2","price":5,"sale":true}]""");
        var created = await app.Collections.CreateAsync(CollectionCreation.FromData("prices", data.RootElement));
        Assert.Equal("prices", created.Name);
        Assert.Equal(2, created.Rows);
        Assert.Equal(["price", "sale", "sku"], created.Schema);

        Assert.Contains(await ToListAsync(app.Collections.ListAsync()), c => c.Name == "upcoming events");
        Assert.Equal(created.Id, (await app.Collections.GetAsync(created.Id)).Id);
        Assert.Equal("price list", (await app.Collections.UpdateAsync(created.Id, new CollectionChanges { Name = "price list" })).Name);

        var content = await app.Collections.GetContentAsync(created.Id);
        Assert.Equal("""[{"sku":"A1","price":3},{"sku":"B2","price":5,"sale":true}]""", content.Value.GetRawText());

        using var replacement = JsonDocument.Parse("""{"currency":"EUR","rates":{"USD":1.1}}""");
        var replaced = await app.Collections.UpdateContentAsync(created.Id, new CollectionContentReplacement(replacement.RootElement));
        Assert.Equal(1, replaced.Rows);
        Assert.Equal(["currency", "rates"], replaced.Schema);
        Assert.Equal("""{"currency":"EUR","rates":{"USD":1.1}}""", (await app.Collections.GetContentAsync(created.Id)).Value.GetRawText());

        await app.Collections.DeleteAsync(created.Id);
        Assert.DoesNotContain(await ToListAsync(app.Collections.ListAsync()), c => c.Id == created.Id);
    }
}
