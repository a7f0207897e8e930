using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

public sealed class MessagesAndExportsTests : EmulatorTest
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task The_archived_copy_of_a_message_is_its_rendered_subject_and_body()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com","first_name":"Ann"}""");
        await App(HttpMethod.Post, "v1/send/email", """{"identifiers":{"id":"1"},"to":"ann@example.com","from":"team@example.com","subject":"Hi {{customer.first_name}}","body":"<p>{{trigger.code}}</p>","message_data":{"code":"1234"}}""");
        var id = Emulator.GetDeliveries()[0].DeliveryId;

        Assert.Equal(
            new Answer(200, "{\"archived_message\":{\"id\":\"" + id + "\",\"recipient\":\"ann@example.com\",\"subject\":\"Hi Ann\",\"body\":\"<p>1234</p>\",\"preheader_text\":null,\"from\":null,\"reply_to\":null,\"cc\":null,\"bcc\":null,\"fake_bcc\":false,\"headers\":null,\"forgotten\":false,\"url\":null,\"request_method\":null}}", null),
            await App(HttpMethod.Get, "v1/messages/" + id + "/archived_message"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"message not found"}}""", null), await App(HttpMethod.Get, "v1/messages/nope/archived_message"));
    }

    [Theory]
    [InlineData("{}", "exactly one of newsletter_id, campaign_id, transactional_message_id or action_id is required")]
    [InlineData("""{"campaign_id":1,"action_id":4}""", "exactly one of newsletter_id, campaign_id, transactional_message_id or action_id is required")]
    [InlineData("""{"action_id":"4"}""", "action_id must be an integer")]
    [InlineData("""{"action_id":4,"start":"yesterday"}""", "start must be a number (unix seconds)")]
    public async Task A_deliveries_export_names_exactly_one_source(string body, string message)
    {
        Assert.Equal(new Answer(400, "{\"meta\":{\"error\":\"" + message + "\"}}", null), await App(HttpMethod.Post, "v1/exports/deliveries", body));
    }

    [Fact]
    public async Task A_deliveries_export_holds_the_deliveries_of_its_source_and_downloads()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com","plan":"pro"}""");
        await App(HttpMethod.Post, "v1/campaigns/3/triggers", """{"ids":["1"],"data":{"headline":"Spring"}}""");
        await App(HttpMethod.Post, "v1/send/email", """{"identifiers":{"id":"1"},"to":"ann@example.com","transactional_message_id":7}""");

        var created = await App(HttpMethod.Post, "v1/exports/deliveries", """{"action_id":4,"attributes":["plan"],"start":1799999999}""");
        var link = System.Text.Json.JsonDocument.Parse((await App(HttpMethod.Get, "v1/exports/1/download")).Body).RootElement.GetProperty("url").GetString()!;
        using var plain = new HttpClient();
        var csv = await plain.GetStringAsync(new Uri(link));
        var id = Emulator.GetDeliveries()[0].DeliveryId;

        Assert.Equal(new Answer(200, """{"export":{"id":1,"deduplicate_id":"1:1800000000","type":"deliveries","description":"Deliveries export (emulated)","status":"done","failed":false,"total":1,"downloads":0,"created_at":1800000000,"updated_at":1800000000}}""", null), created);
        Assert.Equal(
            "delivery_id,type,customer_id,email,recipient,subject,campaign_id,broadcast_id,action_id,transactional_message_id,created,plan\n" + id + ",email,1,ann@example.com,ann@example.com,Spring,,3,4,,1800000000,pro\n",
            csv.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Segment_usage_names_the_campaigns_and_newsletters_that_use_a_segment()
    {
        await Put("api/v1/customers/1", "{}");
        await Post("api/v1/segments/1/add_customers", """{"ids":["1"]}""");
        await Post("api/v1/segments/2/add_customers", """{"ids":["1"]}""");

        Assert.Equal(new Answer(200, """{"segment_id":1,"used_by":{"campaigns":[1,2],"draft_newsletters":[1],"sent_newsletters":[]}}""", null), await App(HttpMethod.Get, "v1/segments/1/used_by"));
        Assert.Equal(new Answer(200, """{"segment_id":2,"used_by":{"campaigns":[2],"draft_newsletters":[],"sent_newsletters":[]}}""", null), await App(HttpMethod.Get, "v1/segments/2/used_by"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"segment not found"}}""", null), await App(HttpMethod.Get, "v1/segments/77/used_by"));
    }
}
