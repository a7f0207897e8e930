using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

public sealed class BroadcastTriggerTests : EmulatorTest
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task Triggers_answer_sequential_ids_and_are_recorded()
    {
        var plain = await App(HttpMethod.Post, "v1/campaigns/5/triggers");
        var withIds = await App(HttpMethod.Post, "v1/campaigns/6/triggers", """{"ids":["1",2],"data":{"promo":"X"},"id_ignore_missing":true}""");

        Assert.Equal(new Answer(200, """{"id":1}""", null), plain);
        Assert.Equal(new Answer(200, """{"id":2}""", null), withIds);
        var triggers = Emulator.GetBroadcastTriggers();
        Assert.Equal([(1L, "5", (string?)null), (2L, "6", "ids")], triggers.Select(t => (t.Id, t.BroadcastId, t.Audience)));
        Assert.Equal("""["1",2]""", triggers[1].AudienceValue?.GetRawText());
        Assert.Equal("""{"promo":"X"}""", triggers[1].Data?.GetRawText());
        Assert.Equal(2, Emulator.GetCounters().AcceptedByOperation["app.trigger_broadcast"]);
        Assert.Contains("\"broadcast_id\":\"6\",\"audience\":\"ids\"", (await Get("_emulator/broadcasts")).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"recipients":{"segment":{"id":3}}}""")]
    [InlineData("""{"emails":["a@example.com"],"email_ignore_missing":true}""")]
    [InlineData("""{"per_user_data":[{"id":"1","data":{}},{"email":"b@example.com"}]}""")]
    [InlineData("""{"data_file_url":"https://files.example.com/audience.json"}""")]
    [InlineData("""{"ids":null,"emails":["a@example.com"]}""")]
    public async Task Each_single_audience_is_accepted(string body)
    {
        Assert.Equal(new Answer(200, """{"id":1}""", null), await App(HttpMethod.Post, "v1/campaigns/9/triggers", body));
    }

    [Theory]
    [InlineData("""{"ids":["1"],"emails":["a@example.com"]}""")]
    [InlineData("""{"recipients":{"segment":{"id":3}},"per_user_data":[{"id":"1"}]}""")]
    [InlineData("""{"data_file_url":"https://x.example.com/f","ids":["1"]}""")]
    public async Task Two_audiences_are_400(string body)
    {
        var answer = await App(HttpMethod.Post, "v1/campaigns/9/triggers", body);

        Assert.Equal(new Answer(400, """{"meta":{"error":"only one of recipients, ids, emails, per_user_data or data_file_url may be given"}}""", null), answer);
        Assert.Empty(Emulator.GetBroadcastTriggers());
    }

    [Theory]
    [InlineData("""{"ids":"1"}""", "ids must be an array")]
    [InlineData("""{"emails":[""]}""", "emails must hold non-empty strings")]
    [InlineData("""{"per_user_data":[{"data":{}}]}""", "per_user_data items must be objects with an id or an email")]
    [InlineData("""{"data_file_url":"not a url"}""", "data_file_url must be an absolute URL")]
    [InlineData("""{"recipients":[1]}""", "recipients must be a JSON object")]
    [InlineData("""{"data":"x"}""", "data must be a JSON object")]
    public async Task Malformed_audiences_are_400(string body, string message)
    {
        Assert.Equal(new Answer(400, "{\"meta\":{\"error\":\"" + message + "\"}}", null), await App(HttpMethod.Post, "v1/campaigns/9/triggers", body));
    }

    [Fact]
    public async Task Empty_recipients_filter_is_422()
    {
        var answer = await App(HttpMethod.Post, "v1/campaigns/9/triggers", """{"recipients":{}}""");

        Assert.Equal(new Answer(422, """{"meta":{"error":"recipients must not be an empty filter"}}""", null), answer);
        Assert.Empty(Emulator.GetBroadcastTriggers());
    }

    [Fact]
    public async Task One_trigger_per_broadcast_per_10_seconds_when_rate_limits_are_on()
    {
        Emulator.SetFaults(new FaultProfile { RateLimits = new RateLimitSettings() });

        var first = await App(HttpMethod.Post, "v1/campaigns/5/triggers", "{}");
        _time.Advance(TimeSpan.FromSeconds(9));
        var tooSoon = await App(HttpMethod.Post, "v1/campaigns/5/triggers", "{}");
        var other = await App(HttpMethod.Post, "v1/campaigns/6/triggers", "{}");
        _time.Advance(TimeSpan.FromSeconds(1));
        var later = await App(HttpMethod.Post, "v1/campaigns/5/triggers", "{}");

        Assert.Equal(new Answer(200, """{"id":1}""", null), first);
        Assert.Equal(new Answer(429, """{"meta":{"error":"rate limit exceeded"}}""", TimeSpan.FromSeconds(1)), tooSoon);
        Assert.Equal(new Answer(200, """{"id":2}""", null), other);
        Assert.Equal(new Answer(200, """{"id":3}""", null), later);
        Assert.Equal(["5", "6", "5"], Emulator.GetBroadcastTriggers().Select(t => t.BroadcastId));
    }
}
