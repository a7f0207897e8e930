using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>Reporting webhooks: the whole configuration created, read, replaced, deleted; the required fields and documented events.</summary>
public sealed class ReportingWebhooksTests : EmulatorTest
{
    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000)) };

    [Fact]
    public async Task A_webhook_is_answered_without_an_envelope_and_replaced_whole()
    {
        const string created = """{"disabled":false,"full_resolution":false,"with_content":false,"type":"webhook","name":"Ops","endpoint":"https://hooks.example.com/ops","events":["email_failed"],"id":3}""";
        Assert.Equal(new Answer(200, created, null), await App(HttpMethod.Post, "v1/reporting_webhooks", """{"name":"Ops","endpoint":"https://hooks.example.com/ops","events":["email_failed"]}"""));
        Assert.Equal(new Answer(200, created, null), await App(HttpMethod.Get, "v1/reporting_webhooks/3"));
        Assert.Equal(
            new Answer(200, """{"disabled":true,"full_resolution":false,"with_content":false,"type":"webhook","name":"Ops 2","endpoint":"https://hooks.example.com/ops","events":["sms_failed","push_bounced"],"id":3}""", null),
            await App(HttpMethod.Put, "v1/reporting_webhooks/3", """{"name":"Ops 2","endpoint":"https://hooks.example.com/ops","events":["sms_failed","push_bounced"],"disabled":true}"""));
        Assert.Equal(new Answer(400, """{"meta":{"error":"events is required"}}""", null), await App(HttpMethod.Put, "v1/reporting_webhooks/3", """{"name":"Ops 2","endpoint":"https://hooks.example.com/ops"}"""));

        Assert.Equal(new Answer(200, "{}", null), await App(HttpMethod.Delete, "v1/reporting_webhooks/3"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"reporting webhook not found"}}""", null), await App(HttpMethod.Get, "v1/reporting_webhooks/3"));
        Assert.StartsWith("""{"reporting_webhooks":[{"id":1,"name":"Delivery failures",""", (await App(HttpMethod.Get, "v1/reporting_webhooks")).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"x","endpoint":"https://h.example.com","events":[]}""", "events must hold at least one event")]
    [InlineData("""{"name":"x","endpoint":"https://h.example.com","events":["email_teleported"]}""", "events holds an unknown event: email_teleported")]
    [InlineData("""{"name":"x","endpoint":"ftp://h.example.com","events":["email_sent"]}""", "endpoint must be an absolute http or https URL")]
    [InlineData("""{"name":"x","endpoint":"https://h.example.com","events":"email_sent"}""", "events must be an array of strings")]
    [InlineData("""{"endpoint":"https://h.example.com","events":["email_sent"]}""", "name is required")]
    public async Task Configurations_the_api_refuses_are_400(string body, string error)
    {
        Assert.Equal(new Answer(400, "{\"meta\":{\"error\":\"" + error + "\"}}", null), await App(HttpMethod.Post, "v1/reporting_webhooks", body));
    }
}
