using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>Collections: created from data or a URL, rows, bytes and schema computed, content read and replaced whole.</summary>
public sealed class CollectionsTests : EmulatorTest
{
    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000)) };

    [Fact]
    public async Task Data_becomes_the_content_and_its_description()
    {
        Assert.Equal(
            new Answer(200, """{"collection":{"name":"prices","created_at":1800000000,"updated_at":1800000000,"rows":2,"bytes":37,"schema":["price","sku"],"id":3}}""", null),
            await App(HttpMethod.Post, "v1/collections", """{"name":"prices","data":[{"sku":"A1","price":3},{"sku":"B2"}]}"""));
        Assert.Equal(new Answer(200, """[{"sku":"A1","price":3},{"sku":"B2"}]""", null), await App(HttpMethod.Get, "v1/collections/3/content"));

        Assert.Equal(
            new Answer(200, """{"collection":{"name":"prices","created_at":1800000000,"updated_at":1800000000,"rows":1,"bytes":18,"schema":["currency"],"id":3}}""", null),
            await App(HttpMethod.Put, "v1/collections/3/content", """{"currency":"EUR"}"""));
        Assert.Equal(new Answer(200, """{"currency":"EUR"}""", null), await App(HttpMethod.Get, "v1/collections/3/content"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"body must be a JSON object"}}""", null), await App(HttpMethod.Put, "v1/collections/3/content", "[1]"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"collection not found"}}""", null), await App(HttpMethod.Get, "v1/collections/99/content"));
    }

    [Fact]
    public async Task A_url_collection_holds_no_rows_and_updates_rename()
    {
        var created = await App(HttpMethod.Post, "v1/collections", """{"name":"remote","url":"https://example.com/events.csv"}""");
        Assert.Equal("""{"collection":{"name":"remote","created_at":1800000000,"updated_at":1800000000,"rows":0,"bytes":2,"schema":[],"id":3}}""", created.Body);
        Assert.Equal(
            """{"collection":{"name":"renamed","created_at":1800000000,"updated_at":1800000000,"rows":0,"bytes":2,"schema":[],"id":3}}""",
            (await App(HttpMethod.Put, "v1/collections/3", """{"name":"renamed"}""")).Body);
        Assert.Contains("""{"id":1,"name":"upcoming events","created_at":1552341937,"updated_at":1552341937,"rows":2,""", (await App(HttpMethod.Get, "v1/collections")).Body, StringComparison.Ordinal);
        Assert.Equal(204, (await App(HttpMethod.Delete, "v1/collections/3")).Status);
        Assert.Equal(404, (await App(HttpMethod.Get, "v1/collections/3")).Status);
    }

    [Theory]
    [InlineData("""{"name":"x"}""", "data or url is required")]
    [InlineData("""{"name":"x","data":[],"url":"https://e.example.com/a.csv"}""", "a collection takes data or url, not both")]
    [InlineData("""{"name":"x","data":[1,2]}""", "data must be an array of objects")]
    [InlineData("""{"name":"x","url":"/relative.csv"}""", "url must be an absolute http or https URL")]
    [InlineData("""{"data":[]}""", "name is required")]
    public async Task Bodies_the_api_refuses_are_400(string body, string error)
    {
        Assert.Equal(new Answer(400, "{\"meta\":{\"error\":\"" + error + "\"}}", null), await App(HttpMethod.Post, "v1/collections", body));
    }
}
