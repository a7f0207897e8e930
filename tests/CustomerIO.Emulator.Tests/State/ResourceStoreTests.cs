using System.Text.Json.Nodes;
using CustomerIO.Emulator.State;

namespace CustomerIO.Emulator.Tests.State;

/// <summary>The store behind the emulated workspace's configuration resources: seeded, numbered after the seed, copied out, reset.</summary>
public sealed class ResourceStoreTests
{
    private static ResourceStore Snippets() =>
        new("snippets", () => [new JsonObject { ["id"] = 3, ["name"] = "footer" }, new JsonObject { ["id"] = 1, ["name"] = "header" }]);

    [Fact]
    public void Starts_with_the_seed_in_id_order_and_numbers_new_objects_after_its_highest_id()
    {
        var store = Snippets();

        var added = store.Add(new JsonObject { ["name"] = "promo" });

        Assert.Equal(4, added["id"]!.GetValue<long>());
        Assert.Equal(["header", "footer", "promo"], store.All().Select(s => s["name"]!.GetValue<string>()));
        Assert.Equal(3, store.Count);
    }

    [Fact]
    public void Hands_out_copies_so_an_answer_shaped_by_a_handler_changes_nothing_stored()
    {
        var store = Snippets();

        store.Find(1)!["name"] = "changed";
        store.All()[0]["name"] = "changed";
        store.Where(s => ResourceStore.IdOf(s) == 3)[0]["name"] = "changed";
        store.Add(new JsonObject { ["name"] = "promo" })["name"] = "changed";

        Assert.Equal("header", store.Find(1)!["name"]!.GetValue<string>());
        Assert.Equal("footer", store.Find(3)!["name"]!.GetValue<string>());
        Assert.Equal(["footer"], store.Where(s => s["name"]!.GetValue<string>().StartsWith('f')).Select(s => s["name"]!.GetValue<string>()));
        Assert.Equal("promo", store.Find(4)!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Updates_in_place_keeping_the_id_and_removes_by_id()
    {
        var store = Snippets();

        var updated = store.Update(3, item => { item["name"] = "legal"; item["id"] = 99; });

        Assert.Equal(3, ResourceStore.IdOf(updated!));
        Assert.Equal("legal", store.Find(3)!["name"]!.GetValue<string>());
        Assert.Null(store.Update(2, _ => { }));
        Assert.True(store.Remove(3));
        Assert.False(store.Remove(3));
        Assert.Null(store.Find(3));
    }

    [Fact]
    public void Reset_brings_back_the_seed_and_its_numbering()
    {
        var store = Snippets();
        store.Remove(1);
        store.Add(new JsonObject { ["name"] = "promo" });

        store.Reset();

        Assert.Equal([1L, 3L], store.All().Select(s => ResourceStore.IdOf(s)));
        Assert.Equal(4, store.Add(new JsonObject())["id"]!.GetValue<long>());
    }

    [Fact]
    public void A_kind_is_defined_once_and_a_kind_never_defined_is_an_error_by_name()
    {
        var stores = new ResourceStores();
        var first = stores.Define("snippets", () => []);

        Assert.Same(first, stores.Define("snippets", () => [new JsonObject { ["id"] = 1 }]));
        Assert.Same(first, stores["snippets"]);
        Assert.True(stores.TryGet("snippets", out var found));
        Assert.Same(first, found);
        Assert.False(stores.TryGet("collections", out _));
        Assert.Equal("No resource kind 'collections' is defined.", Assert.Throws<KeyNotFoundException>(() => stores["collections"]).Message);
    }

    [Fact]
    public void Ids_are_read_from_parsed_ints_and_longs_and_a_missing_or_text_id_is_none()
    {
        Assert.Equal(7, ResourceStore.IdOf(JsonNode.Parse("""{"id":7}""")!.AsObject()));
        Assert.Equal(8, ResourceStore.IdOf(new JsonObject { ["id"] = 8 }));
        Assert.Equal(9_000_000_000, ResourceStore.IdOf(new JsonObject { ["id"] = 9_000_000_000L }));
        Assert.Null(ResourceStore.IdOf(new JsonObject { ["id"] = "7" }));
        Assert.Null(ResourceStore.IdOf(new JsonObject()));
    }

    [Fact]
    public void A_seeded_object_without_an_id_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ResourceStore("assets", () => [new JsonObject { ["name"] = "logo" }]));

        Assert.Equal("A seeded assets object has no numeric id.", error.Message);
    }
}
