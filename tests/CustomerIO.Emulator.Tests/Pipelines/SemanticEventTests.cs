namespace CustomerIO.Emulator.Tests.Pipelines;

/// <summary>Semantic track events act on the Track API's stores instead of being stored as events.</summary>
public sealed class SemanticEventTests : EmulatorTest
{
    [Fact]
    public async Task User_deleted_deletes_the_person()
    {
        await Put("api/v1/customers/u1", "{}");

        await Pipelines("v1/track", """{"userId":"u1","event":"User Deleted"}""");

        Assert.Empty(Emulator.GetPeople());
        Assert.Empty(Emulator.GetEvents());
    }

    [Fact]
    public async Task User_suppressed_and_unsuppressed()
    {
        await Put("api/v1/customers/u1", """{"email":"u1@example.com"}""");

        await Pipelines("v1/track", """{"userId":"u1","event":"User Suppressed"}""");
        var suppressed = Emulator.GetSuppressedIdentifiers();
        await Pipelines("v1/identify", """{"userId":"u1"}""");
        var whileSuppressed = Emulator.GetPeople().Count;
        await Pipelines("v1/track", """{"userId":"u1","event":"User Unsuppressed"}""");
        await Pipelines("v1/identify", """{"userId":"u1"}""");

        Assert.Contains("u1", suppressed);
        Assert.Contains("u1@example.com", suppressed);
        Assert.Equal(0, whileSuppressed);
        Assert.NotNull(Emulator.FindPerson("u1"));
        Assert.Equal(1, Emulator.GetCounters().IgnoredByReason["suppressed"]);
    }

    [Fact]
    public async Task Device_created_or_updated_and_deleted()
    {
        await Pipelines("v1/track", """{"userId":"u1","event":"Device Created or Updated","properties":{"device_token":"tok-1","platform":"ios"}}""");
        await Pipelines("v1/track", """{"userId":"u1","event":"Device Created or Updated","properties":{"token":"tok-2"},"context":{"device":{"type":"android"}}}""");
        await Pipelines("v1/track", """{"userId":"u1","event":"Device Created or Updated","context":{"device":{"token":"tok-3","type":"ios"}}}""");
        var devices = Emulator.GetDevices("u1").Select(d => (d.Token, d.Platform)).ToList();

        await Pipelines("v1/track", """{"userId":"u1","event":"Device Deleted","properties":{"device_token":"tok-1"}}""");

        Assert.Equal([("tok-1", "ios"), ("tok-2", "android"), ("tok-3", "ios")], devices);
        Assert.Equal(["tok-2", "tok-3"], Emulator.GetDevices("u1").Select(d => d.Token));
        Assert.Empty(Emulator.GetEvents());
    }

    [Fact]
    public async Task Object_deleted_and_relationship_deleted()
    {
        await Pipelines("v1/group", """{"userId":"u1","groupId":"acme"}""");
        await Pipelines("v1/group", """{"userId":"u1","groupId":"beta","traits":{"objectTypeId":"2"}}""");

        await Pipelines("v1/track", """{"userId":"u1","event":"Relationship Deleted","properties":{"objectId":"beta","objectTypeId":"2"}}""");
        var afterRelationship = Emulator.FindPerson("u1")!.Relationships.Select(r => (r.ObjectTypeId, r.ObjectId)).ToList();
        await Pipelines("v1/track", """{"anonymousId":"a1","event":"Object Deleted","properties":{"objectId":"acme"}}""");

        Assert.Equal([("1", "acme")], afterRelationship);
        Assert.Equal([("2", "beta")], Emulator.GetObjects().Select(o => (o.ObjectTypeId, o.ObjectId)));
        Assert.Empty(Emulator.FindPerson("u1")!.Relationships);
    }

    [Fact]
    public async Task Report_delivery_event_stores_a_delivery_metric()
    {
        await Pipelines("v1/track", """{"anonymousId":"a","event":"Report Delivery Event","timestamp":"2026-01-02T03:04:05Z","properties":{"deliveryId":"d-1","metric":"opened","recipient":"x@example.com"}}""");

        var metric = Assert.Single(Emulator.GetDeliveryMetrics());
        Assert.Equal(("pipelines", "d-1", "opened", "x@example.com", 1767323045L), (metric.Source, metric.DeliveryId, metric.Metric, metric.Recipient, metric.Timestamp!.Value));
        Assert.Empty(Emulator.GetEvents());
    }

    [Theory]
    [InlineData("""{"anonymousId":"a","event":"User Deleted"}""", "userId", "User Deleted needs userId")]
    [InlineData("""{"userId":"u","event":"Device Created or Updated","properties":{}}""", "properties.device_token", "properties.device_token is required")]
    [InlineData("""{"anonymousId":"a","event":"Object Deleted"}""", "properties.objectId", "properties.objectId is required")]
    [InlineData("""{"userId":"u","event":"Report Delivery Event","properties":{"metric":"opened"}}""", "properties.deliveryId", "properties.deliveryId is required")]
    [InlineData("""{"userId":"u","event":"Report Delivery Event","properties":{"deliveryId":"d"}}""", "properties.metric", "properties.metric is required")]
    public async Task Semantic_events_missing_what_they_need_are_dropped_or_400_in_strict_mode(string body, string field, string message)
    {
        var permissive = await Pipelines("v1/track", body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/track") { Content = new StringContent(body) };
        request.Headers.Add("X-Strict-Mode", "1");
        using var response = await PipelinesClient.SendAsync(request);

        Assert.Equal(new Answer(200, "{}", null), permissive);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("{\"errors\":[{\"reason\":\"required\",\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]}", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, Emulator.GetCounters().PipelinesDroppedByReason["required"]);
        Assert.Empty(Emulator.GetPeople());
    }
}
