using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>The subscription centre: seeded topics and channels, a person's preferences over them, the link token.</summary>
public sealed class SubscriptionCenterTests : EmulatorTest
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task Topics_and_channels_are_seeded()
    {
        Assert.Equal(
            new Answer(200, """{"topics":[{"id":1,"identifier":"topic_1","name":"Offers","description":"Deals and discounts.","subscribed_by_default":true},{"id":2,"identifier":"topic_2","name":"News and Programs","description":"What is new.","subscribed_by_default":true},{"id":3,"identifier":"topic_3","name":"Feedback","description":"Surveys about our service.","subscribed_by_default":false}]}""", null),
            await App(HttpMethod.Get, "v1/subscription_topics"));
        Assert.Equal(
            new Answer(200, """{"channels":[{"id":1,"name":"Email","description":"Email messages","type":"email","subscribed_by_default":true},{"id":2,"name":"SMS","description":"Text messages","type":"twilio","subscribed_by_default":true},{"id":3,"name":"Push","description":"Push notifications","type":"push","subscribed_by_default":true}]}""", null),
            await App(HttpMethod.Get, "v1/subscription_channels"));
    }

    [Fact]
    public async Task Preferences_read_the_persons_choices_over_the_topic_defaults()
    {
        await Put("api/v1/customers/1", """{"cio_subscription_preferences":{"topics":{"topic_1":false,"topic_3":true}}}""");

        var answer = await App(HttpMethod.Get, "v1/customers/1/subscription_preferences");

        Assert.Contains("""
            "topics":[{"id":1,"name":"Offers","description":"Deals and discounts.","subscribed":false},{"id":2,"name":"News and Programs","description":"What is new.","subscribed":true},{"id":3,"name":"Feedback","description":"Surveys about our service.","subscribed":true}]
            """.Trim(), answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_names_the_person_and_a_day()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com"}""");
        var cioId = Emulator.FindPerson("1")!.CioId;
        var token = "emsc_" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(cioId + ":1800086400")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var answer = await App(HttpMethod.Get, "v1/subscription_center/ann%40example.com/token");

        Assert.Equal(new Answer(200, "{\"token\":\"" + token + "\",\"url\":\"" + new Uri(Emulator.AppUri, "/u/i/" + token + "/").AbsoluteUri + "\"}", null), answer);
        Assert.Equal(new Answer(400, """{"meta":{"error":"customer_id matches no person of the workspace"}}""", null), await App(HttpMethod.Get, "v1/subscription_center/nobody/token"));
    }
}
