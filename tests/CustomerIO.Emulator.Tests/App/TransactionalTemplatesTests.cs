using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>The emulated transactional templates: seeded at start and at reset, their contents changed, their sends reported.</summary>
public sealed class TransactionalTemplatesTests : EmulatorTest
{
    private const string Reset =
        """{"id":1,"name":"password reset","description":"Sends a temporary password and lets the customer reset their password.","send_to_unsubscribed":true,"link_tracking":true,"open_tracking":true,"hide_message_body":false,"queue_drafts":false,"created_at":1735689600,"updated_at":1735689600}""";

    private const string French =
        """{"id":2,"name":"password reset","language":"fr","type":"email","subject":"Réinitialisez votre mot de passe","body":"<p>Bonjour {{ customer.first_name }}, utilisez le code {{ trigger.code }} ou <a href=\"https://example.com/fr/reset\">réinitialisez-le ici</a>.</p>","body_amp":null,"preheader_text":null,"from":"Support <support@example.com>","from_id":1,"reply_to":null,"reply_to_id":null,"recipient":"{{customer.email}}","cc":null,"bcc":null,"fake_bcc":false,"headers":"[]","preprocessor":null,"created":1735689600,"updated":1735689600}""";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task The_seeded_templates_and_their_contents_are_read()
    {
        var list = await App(HttpMethod.Get, "v1/transactional");
        Assert.Equal(200, list.Status);
        Assert.StartsWith("""{"messages":[""" + Reset + ",{\"id\":2,\"name\":\"order receipt\"", list.Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(200, """{"message":""" + Reset + "}", null), await App(HttpMethod.Get, "v1/transactional/1"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"transactional message not found"}}""", null), await App(HttpMethod.Get, "v1/transactional/9"));
        Assert.Equal(new Answer(200, """{"content":[""" + French + "]}", null), await App(HttpMethod.Get, "v1/transactional/1/language/fr"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"the language does not exist"}}""", null), await App(HttpMethod.Get, "v1/transactional/1/language/it"));
        var contents = await App(HttpMethod.Get, "v1/transactional/1/contents");
        Assert.EndsWith("," + French + "]}", contents.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_or_a_content_is_changed_field_by_field_until_the_reset()
    {
        var updated = await App(HttpMethod.Put, "v1/transactional/1/language/fr", """{"subject":"Nouveau code","reply_to_id":38}""");
        Assert.Equal(new Answer(200, """{"content":[""" + French.Replace("\"subject\":\"Réinitialisez votre mot de passe\"", "\"subject\":\"Nouveau code\"", StringComparison.Ordinal)
            .Replace("\"reply_to_id\":null", "\"reply_to_id\":38", StringComparison.Ordinal).Replace("\"updated\":1735689600", "\"updated\":1800000000", StringComparison.Ordinal) + "]}", null), updated);
        Assert.Contains("\"updated_at\":1800000000", (await App(HttpMethod.Get, "v1/transactional/1")).Body, StringComparison.Ordinal);

        Assert.Contains("\"preheader_text\":\"Your order\"", (await App(HttpMethod.Put, "v1/transactional/2/content/3", """{"preheader_text":"Your order"}""")).Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(400, """{"meta":{"error":"the content_id does not belong to the transactional message"}}""", null), await App(HttpMethod.Put, "v1/transactional/1/content/3", """{"subject":"x"}"""));
        Assert.Equal(new Answer(404, """{"meta":{"error":"transactional message content not found"}}""", null), await App(HttpMethod.Put, "v1/transactional/1/content/99", """{"subject":"x"}"""));
        Assert.Equal(new Answer(400, """{"meta":{"error":"from_id must be an integer"}}""", null), await App(HttpMethod.Put, "v1/transactional/1/content/1", """{"from_id":"one"}"""));
        Assert.Equal(new Answer(400, """{"meta":{"error":"body must be a JSON object"}}""", null), await App(HttpMethod.Put, "v1/transactional/1/content/1", "[1]"));

        Emulator.Reset();
        Assert.Equal(new Answer(200, """{"content":[""" + French + "]}", null), await App(HttpMethod.Get, "v1/transactional/1/language/fr"));
    }

    [Fact]
    public async Task The_metrics_count_the_template_s_sends_and_the_clicks_on_its_links()
    {
        await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":1,"identifiers":{"id":"1"},"to":"ann@example.com"}""");
        await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":1,"identifiers":{"id":"2"},"to":"bo@example.com"}""");
        await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":2,"identifiers":{"id":"2"},"to":"bo@example.com"}""");
        var first = Emulator.GetDeliveries()[0].DeliveryId;
        await Post("api/v1/metrics", "{\"delivery_id\":\"" + first + "\",\"metric\":\"clicked\",\"href\":\"https://example.com/reset\"}");
        await Post("api/v1/metrics", "{\"delivery_id\":\"" + first + "\",\"metric\":\"clicked\",\"href\":\"https://example.com/reset\"}");

        var metrics = await App(HttpMethod.Get, "v1/transactional/1/metrics?period=hours&steps=3");
        Assert.Contains("\"sent\":[0,0,2],", metrics.Body, StringComparison.Ordinal);
        Assert.Contains("\"clicked\":[0,0,2],", metrics.Body, StringComparison.Ordinal);
        Assert.EndsWith("\"untracked\":[0,0,0]}}}", metrics.Body, StringComparison.Ordinal);
        Assert.Equal(
            new Answer(200, """{"links":[{"link":{"id":1,"href":"https://example.com/reset"},"metric":{"series":{"clicked":[1],"human_clicked":[1],"machine_clicked":[0]}}},{"link":{"id":2,"href":"https://example.com/fr/reset"},"metric":{"series":{"clicked":[0],"human_clicked":[0],"machine_clicked":[0]}}}]}""", null),
            await App(HttpMethod.Get, "v1/transactional/1/metrics/links?period=days&steps=1&unique=true"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"steps must be 1 to 45 for days"}}""", null), await App(HttpMethod.Get, "v1/transactional/1/metrics?steps=46"));
        Assert.Equal(2, (await App(HttpMethod.Get, "v1/transactional/1/messages")).Body.Split("\"id\":\"emdlv", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public async Task A_send_from_a_seeded_template_without_its_own_content_takes_the_template_s_in_the_person_s_language()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com","first_name":"Ann"}""");
        await Put("api/v1/customers/2", """{"email":"bo@example.com","first_name":"Bo","language":"fr"}""");

        await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":1,"identifiers":{"id":"1"},"to":"ann@example.com","message_data":{"code":"1234"}}""");
        await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":1,"identifiers":{"id":"2"},"to":"bo@example.com","message_data":{"code":"9"}}""");
        await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":1,"identifiers":{"id":"1"},"to":"ann@example.com","subject":"Own"}""");
        await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":42,"identifiers":{"id":"1"},"to":"ann@example.com"}""");

        var deliveries = Emulator.GetDeliveries();
        Assert.Equal(
            ["Reset your password", "Réinitialisez votre mot de passe", "Own", null],
            deliveries.Select(d => d.Subject));
        Assert.Equal("""<p>Hi Ann, use the code 1234 or <a href="https://example.com/reset">reset it here</a>.</p>""", deliveries[0].Body);
        Assert.StartsWith("<p>Bonjour Bo, utilisez le code 9", deliveries[1].Body, StringComparison.Ordinal);
        Assert.Equal((string?)null, deliveries[3].Body);
    }
}
