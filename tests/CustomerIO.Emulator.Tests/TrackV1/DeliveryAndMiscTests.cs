namespace CustomerIO.Emulator.Tests.TrackV1;

public sealed class DeliveryAndMiscTests : EmulatorTest
{
    [Fact]
    public async Task Metrics_are_stored_and_validated()
    {
        var answer = await Post("api/v1/metrics", """{"delivery_id":"d1","metric":"clicked","timestamp":1700000000,"recipient":"a@b.c","href":"https://x.test"}""");

        Assert.Equal(new Answer(200, "{}", null), answer);
        var metric = Assert.Single(Emulator.GetDeliveryMetrics());
        Assert.Equal(("metrics", "d1", "clicked", (long?)1700000000, "a@b.c", "https://x.test"), (metric.Source, metric.DeliveryId, metric.Metric, metric.Timestamp, metric.Recipient, metric.Href));

        Assert.Equal(new Answer(400, """{"meta":{"error":"delivery_id is required"}}""", null), await Post("api/v1/metrics", """{"metric":"opened"}"""));
        Assert.Equal(
            new Answer(400, """{"meta":{"error":"metric must be one of bounced, clicked, converted, deferred, delivered, dropped, opened, spammed"}}""", null),
            await Post("api/v1/metrics", """{"delivery_id":"d1","metric":"liked"}"""));
    }

    [Fact]
    public async Task Legacy_push_events_are_stored()
    {
        Assert.Equal(200, (await Post("api/v1/push/events", """{"delivery_id":"d2","event":"opened","device_id":"tok","timestamp":1}""")).Status);

        var metric = Assert.Single(Emulator.GetDeliveryMetrics());
        Assert.Equal(("push_events", "d2", "opened", "tok"), (metric.Source, metric.DeliveryId, metric.Metric, metric.DeviceId));
        Assert.Equal(new Answer(400, """{"meta":{"error":"event must be one of opened, converted, delivered"}}""", null), await Post("api/v1/push/events", """{"delivery_id":"d2","event":"bounced"}"""));
    }

    [Fact]
    public async Task Unsubscribe_needs_no_auth_and_is_recorded()
    {
        using var anonymous = new HttpClient { BaseAddress = Emulator.TrackUri };

        var answer = await Send(anonymous, HttpMethod.Post, "unsubscribe/dlv%2F1", """{"unsubscribe":true}""");

        Assert.Equal(new Answer(200, "{}", null), answer);
        var metric = Assert.Single(Emulator.GetDeliveryMetrics());
        Assert.Equal(("unsubscribe", "dlv/1", "unsubscribed"), (metric.Source, metric.DeliveryId, metric.Metric));
        Assert.Equal(new Answer(400, """{"meta":{"error":"unsubscribe must be true or false"}}""", null), await Send(anonymous, HttpMethod.Post, "unsubscribe/d", "{}"));
    }

    [Fact]
    public async Task Region_lookup_answers_the_emulator_url()
    {
        var answer = await Get("api/v1/accounts/region");

        var root = Emulator.TrackUri.ToString().TrimEnd('/');
        Assert.Equal(new Answer(200, "{\"url\":\"" + root + "\",\"region\":\"us\",\"environment_id\":1}", null), answer);
    }

    [Fact]
    public async Task Forms_answer_204_record_the_data_and_identify_by_email()
    {
        var answer = await Post("api/v1/forms/signup/submit", """{"data":{"email":"f@example.com","name":"Fay"}}""");

        Assert.Equal(new Answer(204, "", null), answer);
        var form = Assert.Single(Emulator.GetFormSubmissions());
        Assert.Equal(("signup", """{"email":"f@example.com","name":"Fay"}"""), (form.FormId, form.Data.GetRawText()));
        Assert.Equal("Fay", Emulator.FindPerson("f@example.com")!.Attributes["name"].GetString());
        Assert.Equal(new Answer(400, """{"meta":{"error":"data is required"}}""", null), await Post("api/v1/forms/signup/submit", "{}"));
    }

    [Fact]
    public async Task Manual_segments_add_and_remove_by_id_type()
    {
        await Put("api/v1/customers/1", """{"email":"one@example.com"}""");
        await Put("api/v1/customers/2", "{}");

        Assert.Equal(200, (await Post("api/v1/segments/7/add_customers", """{"ids":["1","2","missing"]}""")).Status);
        Assert.Equal(["7"], Emulator.FindPerson("2")!.Segments);
        Assert.Equal(200, (await Post("api/v1/segments/7/remove_customers?id_type=email", """{"ids":["one@example.com"]}""")).Status);

        Assert.Empty(Emulator.FindPerson("1")!.Segments);
        Assert.Equal(["7"], Emulator.FindPerson("2")!.Segments);
        Assert.Equal(new Answer(400, """{"meta":{"error":"ids must hold 1 to 1000 identifiers"}}""", null), await Post("api/v1/segments/7/add_customers", """{"ids":[]}"""));
        var tooMany = Json(new { ids = Enumerable.Range(0, 1001).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
        Assert.Equal(400, (await Post("api/v1/segments/7/add_customers", tooMany)).Status);
        Assert.Equal(new Answer(400, """{"meta":{"error":"id_type must be id, email or cio_id"}}""", null), await Post("api/v1/segments/7/add_customers?id_type=phone", """{"ids":["1"]}"""));
    }

    [Fact]
    public async Task Wrong_or_missing_credentials_are_401_and_change_nothing()
    {
        using var wrong = new HttpClient { BaseAddress = Emulator.TrackUri };
        wrong.DefaultRequestHeaders.Authorization = new("Basic", Basic(Emulator.SiteId, "wrong"));
        using var none = new HttpClient { BaseAddress = Emulator.TrackUri };
        using var bearer = new HttpClient { BaseAddress = Emulator.TrackUri };
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", Emulator.TrackApiKey);
        const string Expected = """{"meta":{"error":"unauthorized: check the site id and tracking API key"}}""";

        Assert.Equal(new Answer(401, Expected, null), await Send(wrong, HttpMethod.Put, "api/v1/customers/1", "{}"));
        Assert.Equal(new Answer(401, Expected, null), await Send(none, HttpMethod.Post, "api/v2/batch", """{"batch":[]}"""));
        Assert.Equal(new Answer(401, Expected, null), await Send(bearer, HttpMethod.Get, "api/v1/accounts/region", null));
        Assert.Empty(Emulator.GetPeople());
        Assert.Equal(3, Emulator.GetCounters().RequestsByStatus[401]);
    }
}
