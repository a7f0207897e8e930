using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>The emulated newsletters: the seeded store, creation, contents, languages, test groups, sending, scheduling and metrics.</summary>
public sealed class NewslettersTests : EmulatorTest
{
    private const string Weekly =
        """{"id":1,"deduplicate_id":"1:1735689600","name":"Weekly Product Update","type":"email","tags":["Product Updates"],"content_ids":[1,2],"recipient_segment_ids":[1],"subscription_topic_id":null,"sent_at":null,"created":1735689600,"updated":1735689600}""";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task The_seeded_newsletters_are_listed_by_page_and_read_one_by_one()
    {
        Assert.Equal(new Answer(200, """{"newsletters":[""" + Weekly + """],"next":"1"}""", null), await App(HttpMethod.Get, "v1/newsletters?limit=1"));
        var last = await App(HttpMethod.Get, "v1/newsletters?start=1&sort=asc");
        Assert.Equal(200, last.Status);
        Assert.Contains("\"id\":2,", last.Body, StringComparison.Ordinal);
        Assert.EndsWith("\"next\":\"\"}", last.Body, StringComparison.Ordinal);
        Assert.StartsWith("""{"newsletters":[{"id":2,""", (await App(HttpMethod.Get, "v1/newsletters?sort=desc")).Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(200, """{"newsletter":""" + Weekly + "}", null), await App(HttpMethod.Get, "v1/newsletters/1"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"newsletter not found"}}""", null), await App(HttpMethod.Get, "v1/newsletters/99"));
        Assert.Equal(new Answer(400, """{"errors":[{"detail":"sort must be asc or desc"}]}""", null), await App(HttpMethod.Get, "v1/newsletters?sort=up"));
    }

    [Theory]
    [InlineData("""{"type":"email","recipients":{"and":[{"segment":{"id":1}}]},"subject":"S","body":"B"}""", 422, "name is required")]
    [InlineData("""{"name":"N","type":"fax","recipients":{"and":[{"segment":{"id":1}}]}}""", 422, "type must be one of email, webhook, twilio, push, in_app, inbox")]
    [InlineData("""{"name":"N","type":"email","subject":"S","body":"B"}""", 400, "recipients is required")]
    [InlineData("""{"name":"N","type":"email","recipients":{"and":[{"segment":{"id":1}}]},"body":"B"}""", 422, "subject is required")]
    [InlineData("""{"name":"N","type":"twilio","recipients":{"and":[{"segment":{"id":1}}]}}""", 422, "body is required")]
    [InlineData("""{"name":"N","type":"inbox","recipients":{"and":[{"segment":{"id":1}}]},"body":"B"}""", 422, "body_json is required")]
    [InlineData("""{"name":"N","type":"webhook","recipients":{"and":[{"segment":{"id":1}}]},"body":"B","url":"https://x.test","request_method":"FETCH"}""", 422, "request_method must be one of DELETE, GET, POST, PUT, PATCH")]
    [InlineData("""{"name":"N","type":"email","recipients":{"and":[{"segment":{"id":1}}]},"subject":"S","body":"B","from":"a@b.c","from_id":1}""", 422, "set from or from_id, not both")]
    [InlineData("""{"name":"N","type":"email","recipients":{"and":[{"segment":{"id":1}}]},"subject":"S","body":"B","send_now":true,"scheduled_at":1900000000}""", 422, "set send_now or scheduled_at, not both")]
    [InlineData("""{"name":"N","type":"email","recipients":{"and":[{"segment":{"id":1}}]},"subject":"S","body":"B","scheduled_at":1700000000}""", 422, "scheduled_at must be in the future")]
    [InlineData("""{"name":"N","type":"email","recipients":{"and":[{"segment":{"id":1}}]},"subject":"S","body":"B","rate_limit_email_rate":5}""", 422, "rate_limit_time_period is required")]
    [InlineData("""{"name":"N","type":"email","recipients":{"and":[{"segment":{"id":1}}]},"subject":"S","body":"B","rate_limit_email_rate":5,"rate_limit_time_period":120}""", 422, "rate_limit_time_period must be 60, 3600 or 86400")]
    public async Task A_creation_that_breaks_a_documented_rule_is_refused_with_its_detail(string body, int status, string detail)
    {
        Assert.Equal(new Answer(status, """{"errors":[{"detail":""" + "\"" + detail + "\"}]}", null), await App(HttpMethod.Post, "v1/newsletters", body));
        Assert.DoesNotContain("\"id\":3,", (await App(HttpMethod.Get, "v1/newsletters")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_created_newsletter_sent_now_delivers_to_the_people_its_filter_matches()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com","first_name":"Ann","plan":"pro"}""");
        await Put("api/v1/customers/2", """{"email":"bo@example.com","plan":"free"}""");

        var answer = await App(HttpMethod.Post, "v1/newsletters",
            """{"name":"Pro news","type":"email","recipients":{"and":[{"or":[{"segment":{"id":7}}]},{"attribute":{"field":"plan","operator":"eq","value":"pro"}}]},"subject":"Hi {{ customer.first_name }}","body":"<p>News</p>","send_now":false}""");
        Assert.Equal(new Answer(200,
            """{"newsletter":{"id":3,"deduplicate_id":"3:1800000000","name":"Pro news","type":"email","tags":[],"content_ids":[4],"recipient_segment_ids":[7],"subscription_topic_id":null,"sent_at":null,"created":1800000000,"updated":1800000000}}""", null),
            answer);
        Assert.Empty(NewsletterDeliveries());

        await App(HttpMethod.Post, "v1/newsletters", """{"name":"Pro now","type":"email","recipients":{"and":[{"attribute":{"field":"plan","operator":"eq","value":"pro"}}]},"subject":"Hi {{ customer.first_name }}","body":"<p>News</p>","send_now":true}""");

        var delivery = Assert.Single(NewsletterDeliveries());
        Assert.Equal(("email", "ann@example.com", "Hi Ann", "<p>News</p>", 4L, 5L), (delivery.Type, delivery.To, delivery.Subject, delivery.Body, delivery.NewsletterId, delivery.ContentId));
        Assert.Contains("\"sent_at\":1800000000", (await App(HttpMethod.Get, "v1/newsletters/4")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_delivers_once_to_each_member_in_their_language_and_the_messages_name_the_newsletter()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com","first_name":"Ann"}""");
        await Put("api/v1/customers/2", """{"email":"bo@example.com","first_name":"Bo","language":"fr"}""");
        await Post("api/v1/segments/1/add_customers", """{"ids":["1","2"]}""");

        var sent = await App(HttpMethod.Post, "v1/newsletters/1/send");

        Assert.Equal(200, sent.Status);
        Assert.Contains("\"sent_at\":1800000000", sent.Body, StringComparison.Ordinal);
        var deliveries = NewsletterDeliveries().OrderBy(d => d.To, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [("ann@example.com", "What's new this week, Ann", 1L), ("bo@example.com", "Quoi de neuf cette semaine, Bo", 2L)],
            deliveries.Select(d => (d.To!, d.Subject!, d.ContentId!.Value)));
        Assert.Equal(new Answer(400, """{"errors":[{"detail":"the newsletter has already been sent"}]}""", null), await App(HttpMethod.Post, "v1/newsletters/1/send"));
        Assert.Equal(2, NewsletterDeliveries().Count);

        var messages = await App(HttpMethod.Get, "v1/newsletters/1/messages?limit=1");
        Assert.Contains("\"newsletter_id\":1,\"content_id\":", messages.Body, StringComparison.Ordinal);
        Assert.EndsWith("\"next\":\"1\"}", messages.Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(200, """{"messages":[],"next":""}""", null), await App(HttpMethod.Get, "v1/newsletters/2/messages"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"newsletter not found"}}""", null), await App(HttpMethod.Post, "v1/newsletters/9/send"));
    }

    [Fact]
    public async Task A_scheduled_newsletter_goes_out_when_its_time_comes_and_can_be_taken_back_before()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com"}""");
        await Post("api/v1/segments/1/add_customers", """{"ids":["1"]}""");

        Assert.Equal(new Answer(422, """{"errors":[{"detail":"scheduled_at is required"}]}""", null), await App(HttpMethod.Post, "v1/newsletters/1/schedule", "{}"));
        Assert.Equal(new Answer(422, """{"errors":[{"detail":"scheduled_at must be in the future"}]}""", null), await App(HttpMethod.Post, "v1/newsletters/1/schedule", """{"scheduled_at":1700000000,"timezone":"UTC"}"""));
        Assert.Equal(new Answer(422, """{"errors":[{"detail":"timezone is required"}]}""", null), await App(HttpMethod.Post, "v1/newsletters/1/schedule", """{"scheduled_at":1800003600}"""));
        Assert.Equal(new Answer(422, """{"errors":[{"detail":"unknown timezone"}]}""", null), await App(HttpMethod.Post, "v1/newsletters/1/schedule", """{"scheduled_at":1800003600,"timezone":"Mars/Olympus"}"""));
        Assert.Equal(new Answer(400, """{"errors":[{"detail":"the newsletter is not scheduled"}]}""", null), await App(HttpMethod.Post, "v1/newsletters/1/schedule", """{"scheduled_at":0}"""));
        Assert.Equal(new Answer(422, """{"errors":[{"detail":"rate limit periods over one hour cannot be used with tz_match_enabled"}]}""", null),
            await App(HttpMethod.Post, "v1/newsletters/1/schedule", """{"scheduled_at":1800003600,"timezone":"America/New_York","tz_match_enabled":true,"rate_limit_email_rate":10,"rate_limit_time_period":86400}"""));

        Assert.Equal(200, (await App(HttpMethod.Post, "v1/newsletters/1/schedule", """{"scheduled_at":1800003600,"timezone":"America/New_York"}""")).Status);
        Assert.Equal(200, (await App(HttpMethod.Post, "v1/newsletters/1/schedule", """{"scheduled_at":0}""")).Status);
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Contains("\"sent_at\":null", (await App(HttpMethod.Get, "v1/newsletters/1")).Body, StringComparison.Ordinal);

        Assert.Equal(200, (await App(HttpMethod.Post, "v1/newsletters/1/schedule", """{"scheduled_at":1800010800,"timezone":"America/New_York"}""")).Status);
        Assert.Empty(NewsletterDeliveries());
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Contains("\"sent_at\":1800010800", (await App(HttpMethod.Get, "v1/newsletters/1")).Body, StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1800010800), Assert.Single(NewsletterDeliveries()).QueuedAt);
    }

    [Fact]
    public async Task Metrics_count_the_deliveries_and_the_metrics_reported_for_them_by_period()
    {
        await Put("api/v1/customers/1", """{"email":"ann@example.com"}""");
        await Put("api/v1/customers/2", """{"email":"bo@example.com"}""");
        await Post("api/v1/segments/1/add_customers", """{"ids":["1","2"]}""");
        await App(HttpMethod.Post, "v1/newsletters/1/send");
        var ids = NewsletterDeliveries().Select(d => d.DeliveryId).ToList();
        await Post("api/v1/metrics", "{\"delivery_id\":\"" + ids[0] + "\",\"metric\":\"opened\"}");
        await Post("api/v1/metrics", "{\"delivery_id\":\"" + ids[0] + "\",\"metric\":\"clicked\",\"href\":\"https://example.com/changelog\"}");
        await Post("api/v1/metrics", "{\"delivery_id\":\"" + ids[1] + "\",\"metric\":\"clicked\",\"href\":\"https://example.com/changelog\",\"timestamp\":1799950000}");

        var metrics = await App(HttpMethod.Get, "v1/newsletters/1/metrics?period=days&steps=2");

        Assert.Equal(200, metrics.Status);
        Assert.Contains("\"clicked\":[1,1],", metrics.Body, StringComparison.Ordinal);
        Assert.Contains("\"opened\":[0,1],", metrics.Body, StringComparison.Ordinal);
        Assert.Contains("\"human_opened\":[0,1],", metrics.Body, StringComparison.Ordinal);
        Assert.Contains("\"sent\":[0,2],", metrics.Body, StringComparison.Ordinal);
        Assert.EndsWith("\"untracked\":[0,0]},\"type\":\"email\"}}", metrics.Body, StringComparison.Ordinal);
        Assert.Equal(
            new Answer(200, """{"links":[{"link":{"id":1,"href":"https://example.com/changelog"},"metric":{"series":{"clicked":[2],"human_clicked":[2],"machine_clicked":[0]}}},{"link":{"id":2,"href":"https://example.com/fr/changelog"},"metric":{"series":{"clicked":[0],"human_clicked":[0],"machine_clicked":[0]}}}]}""", null),
            await App(HttpMethod.Get, "v1/newsletters/1/metrics/links?period=weeks&steps=1"));
        Assert.Contains("\"sent\":[0,0,0,0,0,0,0,0,0,0,0,2]", (await App(HttpMethod.Get, "v1/newsletters/1/contents/1/metrics?period=months")).Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(400, """{"errors":[{"detail":"steps must be 1 to 24 for hours"}]}""", null), await App(HttpMethod.Get, "v1/newsletters/1/metrics?period=hours&steps=25"));
        Assert.Equal(new Answer(400, """{"errors":[{"detail":"period must be one of hours, days, weeks, months"}]}""", null), await App(HttpMethod.Get, "v1/newsletters/1/metrics?period=years"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"newsletter content not found"}}""", null), await App(HttpMethod.Get, "v1/newsletters/1/contents/3/metrics"));
    }

    [Fact]
    public async Task Contents_languages_and_test_groups_change_the_newsletter_until_it_is_sent()
    {
        Assert.Equal(new Answer(200, """{"content":{"id":2,"newsletter_id":1,"deduplicate_id":"2:1800000000","name":null,"language":"fr","type":"email","subject":"Nouveau","body":"<p>Salut</p>","body_amp":null,"preheader_text":null,"from":"Product Team <updates@example.com>","from_id":1,"reply_to":null,"reply_to_id":null,"recipient":"{{customer.email}}","cc":null,"bcc":null,"fake_bcc":false,"headers":"[{\"name\":\"X-Tag\",\"value\":\"news\"}]","layout":null,"preprocessor":null}}""", null),
            await App(HttpMethod.Put, "v1/newsletters/1/contents/2", """{"subject":"Nouveau","body":"<p>Salut</p>","headers":[{"name":"X-Tag","value":"news"}]}"""));
        Assert.Equal(new Answer(400, """{"errors":[{"detail":"subject must be a string"}]}""", null), await App(HttpMethod.Put, "v1/newsletters/1/contents/2", """{"subject":1}"""));
        Assert.Equal(new Answer(404, """{"meta":{"error":"newsletter content not found"}}""", null), await App(HttpMethod.Get, "v1/newsletters/1/contents/3"));

        Assert.Contains("\"content_ids\":[1,2,4]", (await App(HttpMethod.Post, "v1/newsletters/1/language", """{"language":"es","subject":"Hola","body":"Hola"}""")).Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(422, """{"errors":[{"detail":"the language variant already exists"}]}""", null), await App(HttpMethod.Post, "v1/newsletters/1/language", """{"language":"es","subject":"Hola","body":"Hola"}"""));
        Assert.Equal(new Answer(422, """{"errors":[{"detail":"body is required"}]}""", null), await App(HttpMethod.Post, "v1/newsletters/1/language", """{"language":"de","subject":"Hallo"}"""));
        Assert.Contains("\"subject\":\"Hola\"", (await App(HttpMethod.Get, "v1/newsletters/1/language/es")).Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(400, """{"errors":[{"detail":"the language does not exist"}]}""", null), await App(HttpMethod.Get, "v1/newsletters/1/language/it"));
        Assert.Equal(new Answer(204, string.Empty, null), await App(HttpMethod.Delete, "v1/newsletters/1/language/es"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"language variant not found"}}""", null), await App(HttpMethod.Delete, "v1/newsletters/1/language/es"));

        Assert.Equal(new Answer(200, """{"test_groups":[]}""", null), await App(HttpMethod.Get, "v1/newsletters/1/test_groups"));
        Assert.Contains("\"content_ids\":[1,2,5,6]", (await App(HttpMethod.Post, "v1/newsletters/1/test_groups")).Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(200, """{"test_groups":[{"id":0,"name":"A","label":"test 1","winner":false,"content_ids":[1,2]},{"id":1,"name":"B","label":"test 2","winner":false,"content_ids":[5,6]}]}""", null),
            await App(HttpMethod.Get, "v1/newsletters/1/test_groups"));
        Assert.Equal(new Answer(400, """{"errors":[{"detail":"the newsletter has several test groups: add the language to a test group"}]}""", null),
            await App(HttpMethod.Post, "v1/newsletters/1/language", """{"language":"de","subject":"Hallo","body":"Hallo"}"""));
        Assert.Contains("\"content_ids\":[1,2,5,6,7]", (await App(HttpMethod.Post, "v1/newsletters/1/test_group/1/language", """{"language":"de","subject":"Hallo","body":"Hallo"}""")).Body, StringComparison.Ordinal);
        Assert.Contains("\"id\":7,", (await App(HttpMethod.Get, "v1/newsletters/1/test_group/1/language/de")).Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(400, """{"errors":[{"detail":"the test group does not exist"}]}""", null), await App(HttpMethod.Get, "v1/newsletters/1/test_group/9/language/de"));
        Assert.Equal(new Answer(204, string.Empty, null), await App(HttpMethod.Delete, "v1/newsletters/1/test_group/1/language/de"));

        Assert.Equal(new Answer(400, """{"errors":[{"detail":"the newsletter has already been sent"}]}""", null), await App(HttpMethod.Post, "v1/newsletters/2/test_groups"));
        Assert.Equal(new Answer(204, string.Empty, null), await App(HttpMethod.Delete, "v1/newsletters/2"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"newsletter not found"}}""", null), await App(HttpMethod.Get, "v1/newsletters/2/contents"));

        Emulator.Reset();
        Assert.Equal(new Answer(200, """{"newsletter":""" + Weekly + "}", null), await App(HttpMethod.Get, "v1/newsletters/1"));
    }

    /// <summary>The deliveries newsletters made (segment 1 also starts seeded campaign 1, whose deliveries are not these tests' concern).</summary>
    private List<EmulatedDelivery> NewsletterDeliveries() => [.. Emulator.GetDeliveries().Where(d => d.NewsletterId is not null)];
}
