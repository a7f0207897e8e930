using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

public sealed class CampaignsTests : EmulatorTest
{
    private const string WinBack =
        """{"id":2,"deduplicate_id":"2:1700000000","name":"Win-back","description":"Texts trial people who went quiet.","type":"segment","active":false,"state":"draft","actions":[{"id":3,"type":"twilio"}],"tags":[],"filter_segment_ids":[1],"trigger_segment_ids":[2],"first_started":null,"created":1700000000,"updated":1700000000}""";

    private const string WinBackSms =
        """{"id":3,"campaign_id":2,"parent_action_id":null,"deduplicate_id":"3:1700000000","name":"We miss you","layout":"","created":1700000000,"updated":1700000000,"body":"We miss you! Come back for 20% off.","type":"twilio","sending_state":"draft","language":"","recipient":"","image_url":""}""";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task Seeded_campaigns_and_their_actions_answer_in_the_documented_shapes()
    {
        Assert.Equal(new Answer(200, """{"campaign":""" + WinBack + "}", null), await App(HttpMethod.Get, "v1/campaigns/2"));
        Assert.Equal(new Answer(200, """{"actions":[""" + WinBackSms + """],"next":""}""", null), await App(HttpMethod.Get, "v1/campaigns/2/actions"));
        Assert.Equal(new Answer(200, """{"action":""" + WinBackSms + "}", null), await App(HttpMethod.Get, "v1/campaigns/2/actions/3"));
        Assert.Equal([1, 2], System.Text.Json.JsonDocument.Parse((await App(HttpMethod.Get, "v1/campaigns")).Body).RootElement.GetProperty("campaigns").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Unknown_campaigns_actions_and_languages_are_refused()
    {
        Assert.Equal(new Answer(404, """{"meta":{"error":"campaign not found"}}""", null), await App(HttpMethod.Get, "v1/campaigns/99"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"campaign not found"}}""", null), await App(HttpMethod.Get, "v1/campaigns/3"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"action not found"}}""", null), await App(HttpMethod.Get, "v1/campaigns/2/actions/1"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"the language does not exist for this action"}}""", null), await App(HttpMethod.Get, "v1/campaigns/1/actions/1/language/de"));
    }

    [Fact]
    public async Task An_action_update_is_stored_and_answered_and_a_reset_restores_the_seed()
    {
        _time.Advance(TimeSpan.FromSeconds(5));
        var updated = await App(HttpMethod.Put, "v1/campaigns/2/actions/3", """{"body":"Back soon?","sending_state":"automatic","headers":[{"name":"X-Tag","value":"wb"}]}""");

        var expected = WinBackSms.Replace("\"deduplicate_id\":\"3:1700000000\"", "\"deduplicate_id\":\"3:1800000005\"", StringComparison.Ordinal)
            .Replace("\"updated\":1700000000", "\"updated\":1800000005", StringComparison.Ordinal)
            .Replace("We miss you! Come back for 20% off.", "Back soon?", StringComparison.Ordinal)
            .Replace("\"sending_state\":\"draft\"", "\"sending_state\":\"automatic\"", StringComparison.Ordinal)
            .Replace("}", ",\"headers\":\"[{\\\"name\\\":\\\"X-Tag\\\",\\\"value\\\":\\\"wb\\\"}]\"}", StringComparison.Ordinal);
        Assert.Equal(new Answer(200, """{"action":""" + expected + "}", null), updated);
        Assert.Equal(updated.Body, (await App(HttpMethod.Get, "v1/campaigns/2/actions/3")).Body);
        Emulator.Reset();
        Assert.Equal(new Answer(200, """{"action":""" + WinBackSms + "}", null), await App(HttpMethod.Get, "v1/campaigns/2/actions/3"));
    }

    [Theory]
    [InlineData("{}", "an action update needs at least one field")]
    [InlineData("""{"type":"email"}""", "type cannot be changed")]
    [InlineData("""{"subject":5}""", "subject must be a string")]
    [InlineData("""{"from_id":"1"}""", "from_id must be an integer")]
    [InlineData("""{"sending_state":"paused"}""", "sending_state must be one of automatic, draft, off")]
    [InlineData("""{"method":"head"}""", "method must be one of get, post, put, delete, patch")]
    [InlineData("""{"headers":[{"name":"X Tag","value":"a"}]}""", "each header has a name and a value, ASCII without spaces")]
    public async Task A_wrong_action_update_is_400_and_changes_nothing(string body, string message)
    {
        Assert.Equal(new Answer(400, "{\"meta\":{\"error\":\"" + message + "\"}}", null), await App(HttpMethod.Put, "v1/campaigns/2/actions/3", body));
        Assert.Equal(new Answer(200, """{"action":""" + WinBackSms + "}", null), await App(HttpMethod.Get, "v1/campaigns/2/actions/3"));
    }

    [Fact]
    public async Task A_language_variant_answers_its_own_fields_over_the_action_and_is_updated_alone()
    {
        var french = await App(HttpMethod.Put, "v1/campaigns/1/actions/1/language/fr", """{"subject":"Salut"}""");
        var action = await App(HttpMethod.Get, "v1/campaigns/1/actions/1");

        Assert.Contains("\"subject\":\"Salut\"", french.Body, StringComparison.Ordinal);
        Assert.Contains("\"language\":\"fr\"", french.Body, StringComparison.Ordinal);
        Assert.Contains("\"body\":\"<p>Bonjour {{customer.first_name}} !</p>\"", french.Body, StringComparison.Ordinal);
        Assert.Contains("\"subject\":\"Welcome, {{customer.first_name}}\"", action.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("languages", action.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v1/campaigns/1/metrics", "version is required")]
    [InlineData("v1/campaigns/1/metrics?version=3", "version must be 1 or 2")]
    [InlineData("v1/campaigns/1/metrics?version=1&period=years", "period must be one of hours, days, weeks, months")]
    [InlineData("v1/campaigns/1/metrics?version=1&steps=46", "steps must be 1 to 45 for days")]
    [InlineData("v1/campaigns/1/metrics?version=1&period=months&steps=121", "steps must be 1 to 120 for months")]
    [InlineData("v1/campaigns/1/metrics?version=2&res=minutes", "res must be one of hours, hourly, days, daily, weeks, weekly, months, monthly")]
    [InlineData("v1/campaigns/1/metrics?version=2&start=1800000000&end=1700000000", "end must be after start and at most 10 years later")]
    [InlineData("v1/campaigns/1/journey_metrics?start=1&end=2", "resolution is required")]
    [InlineData("v1/campaigns/1/journey_metrics?resolution=daily&end=2", "start is required")]
    [InlineData("v1/campaigns/1/metrics/links?steps=25&period=hours", "steps must be 1 to 24 for hours")]
    public async Task Metrics_outside_their_documented_ranges_are_400(string path, string message)
    {
        Assert.Equal(new Answer(400, "{\"meta\":{\"error\":\"" + message + "\"}}", null), await App(HttpMethod.Get, path));
    }

    [Fact]
    public async Task A_version_2_report_names_its_window_and_counts_nothing_for_a_campaign_that_sent_nothing()
    {
        var report = await App(HttpMethod.Get, "v1/campaigns/1/metrics?version=2&res=daily&start=1799913600&end=1800000000");
        var journeys = await App(HttpMethod.Get, "v1/campaigns/1/journey_metrics?resolution=days&start=1799913600&end=1800000000");

        Assert.Equal(200, report.Status);
        Assert.Contains("\"sent\":[0,0]", report.Body, StringComparison.Ordinal);
        Assert.EndsWith(""","start":"2027-01-14 00:00:00 +0000 UTC","end":"2027-01-15 08:00:00 +0000 UTC","res":"daily"}""", report.Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(200, """{"journey_metric":{"started":[0,0],"activated":[0,0],"never_activated":[0,0],"exited_early":[0,0],"messaged":[0,0],"converted":[0,0],"finished":[0,0]}}""", null), journeys);
    }

    [Fact]
    public async Task A_person_joining_the_trigger_segment_of_a_running_campaign_gets_its_automatic_actions_once()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com","first_name":"Ann"}""");

        await Post("api/v1/segments/1/add_customers", """{"ids":["1"]}""");
        await Post("api/v1/segments/1/remove_customers", """{"ids":["1"]}""");
        await Post("api/v1/segments/1/add_customers", """{"ids":["1"]}""");
        await Post("api/v1/segments/2/add_customers", """{"ids":["1"]}""");

        var deliveries = Emulator.GetDeliveries();
        Assert.Equal(
            [("email", (long?)1, (long?)1, "ann@example.com", "Welcome, Ann"), ("webhook", (long?)1, (long?)2, "https://crm.example.com/hooks/welcome", (string?)null)],
            deliveries.Select(d => (d.Type, d.CampaignId, d.ActionId, d.To, d.Subject)));
        Assert.Equal(
            new Answer(200, """{"journey_metric":{"started":[0,1],"activated":[0,1],"never_activated":[0,0],"exited_early":[0,0],"messaged":[0,1],"converted":[0,0],"finished":[0,0]}}""", null),
            await App(HttpMethod.Get, "v1/campaigns/1/journey_metrics?resolution=days&start=1799913600&end=1800000001"));
        Assert.Contains("\"sent\":[0,2]", (await App(HttpMethod.Get, "v1/campaigns/1/metrics?version=1&steps=2")).Body, StringComparison.Ordinal);
        Assert.Contains("\"sent\":[0,1]", (await App(HttpMethod.Get, "v1/campaigns/1/actions/2/metrics?version=1&steps=2")).Body, StringComparison.Ordinal);
        Assert.Contains("\"action_id\":2}", (await App(HttpMethod.Get, "v1/messages?campaign_id=1&action_id=2")).Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(200, """{"messages":[],"next":""}""", null), await App(HttpMethod.Get, "v1/messages?campaign_id=2"));
    }
}
