using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>Snippets: seeded, created (trimmed), replaced by name, deleted; the documented 422s; reset to the seed.</summary>
public sealed class SnippetsTests : EmulatorTest
{
    private const string Address = """{"name":"address","value":"<strong>My Company</strong><br/>1234 Fake St<br/>Fake, NY<br/>10111","updated_at":1582500000}""";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task Created_replaced_by_name_and_deleted()
    {
        Assert.Equal(new Answer(200, """{"snippet":{"name":"sig","value":"Thanks","updated_at":1800000000}}""", null), await App(HttpMethod.Post, "v1/snippets", """{"name":" sig ","value":" Thanks "}"""));
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(new Answer(200, """{"snippet":{"name":"sig","value":"Cheers","updated_at":1800000005}}""", null), await App(HttpMethod.Put, "v1/snippets", """{"name":"sig","value":"Cheers"}"""));
        Assert.Equal(new Answer(200, """{"snippet":{"name":"new","value":"Made by PUT","updated_at":1800000005}}""", null), await App(HttpMethod.Put, "v1/snippets", """{"name":"new","value":"Made by PUT"}"""));

        var list = await App(HttpMethod.Get, "v1/snippets");
        Assert.Equal(200, list.Status);
        Assert.StartsWith("""{"snippets":[""" + Address + ",", list.Body, StringComparison.Ordinal);
        Assert.EndsWith("""{"name":"new","value":"Made by PUT","updated_at":1800000005},{"name":"sig","value":"Cheers","updated_at":1800000005}]}""", list.Body, StringComparison.Ordinal);

        Assert.Equal(204, (await App(HttpMethod.Delete, "v1/snippets/sig")).Status);
        Assert.Equal(new Answer(404, """{"meta":{"error":"snippet not found"}}""", null), await App(HttpMethod.Delete, "v1/snippets/sig"));
    }

    [Theory]
    [InlineData("""{"name":"address","value":"x"}""", "A snippet with that name already exists")]
    [InlineData("""{"name":"   ","value":"x"}""", "name cannot be blank")]
    [InlineData("""{"name":"a","value":""}""", "value cannot be blank")]
    [InlineData("""{"value":"x"}""", "name is required")]
    [InlineData("""{"name":"a","value":"Hi {{ snippets.address }}"}""", "Snippets cannot contain Liquid code referencing other snippets.")]
    public async Task Creations_the_api_refuses_are_422(string body, string error)
    {
        Assert.Equal(new Answer(422, "{\"meta\":{\"error\":\"" + error + "\"}}", null), await App(HttpMethod.Post, "v1/snippets", body));
    }

    [Fact]
    public async Task A_name_over_150_characters_is_422_and_reset_brings_the_seed_back()
    {
        Assert.Equal(
            new Answer(422, """{"meta":{"error":"name cannot exceed 150 characters"}}""", null),
            await App(HttpMethod.Post, "v1/snippets", "{\"name\":\"" + new string('n', 151) + "\",\"value\":\"x\"}"));
        Assert.Equal(204, (await App(HttpMethod.Delete, "v1/snippets/address")).Status);

        Emulator.Reset();

        Assert.Contains(Address, (await App(HttpMethod.Get, "v1/snippets")).Body, StringComparison.Ordinal);
    }
}
