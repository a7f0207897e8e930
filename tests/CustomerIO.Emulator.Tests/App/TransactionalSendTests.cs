using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

public sealed class TransactionalSendTests : EmulatorTest
{
    private const long Now = 1_800_000_000;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(Now));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Theory]
    [InlineData("email", "email")]
    [InlineData("push", "push")]
    [InlineData("sms", "sms")]
    [InlineData("whatsapp", "whatsapp")]
    [InlineData("inbox_message", "inbox_message")]
    [InlineData("in_app", "in_app")]
    public async Task Every_send_type_queues_a_delivery_and_creates_the_person(string path, string type)
    {
        var answer = await App(HttpMethod.Post, "v1/send/" + path, """{"transactional_message_id":7,"identifiers":{"id":"u1"},"message_data":{"name":"Ada"}}""");

        Assert.Equal(new Answer(200, """{"delivery_id":"emdlv000000000001","queued_at":1800000000}""", null), answer);
        var delivery = Assert.Single(Emulator.GetDeliveries());
        var person = Emulator.FindPerson("u1");
        Assert.NotNull(person);
        Assert.Equal(("emdlv000000000001", type, "7", person.CioId), (delivery.DeliveryId, delivery.Type, delivery.TransactionalMessageId, delivery.PersonCioId));
        Assert.Equal(new Dictionary<string, string> { ["id"] = "u1" }, delivery.Identifiers);
        Assert.Equal("""{"name":"Ada"}""", delivery.MessageData?.GetRawText());
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(Now), delivery.QueuedAt);
        Assert.Equal(1, Emulator.GetCounters().AcceptedByOperation["app.send_" + path]);
    }

    [Fact]
    public async Task Sends_address_the_same_people_as_the_track_api()
    {
        await Put("api/v1/customers/42", """{"email":"ada@example.com"}""");

        await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":"welcome","identifiers":{"email":"ada@example.com"},"to":"ada@example.com"}""");
        var cioId = Emulator.FindPerson("42")!.CioId;
        await App(HttpMethod.Post, "v1/send/push", "{\"transactional_message_id\":3,\"identifiers\":{\"cio_id\":\"" + cioId + "\"}}");

        Assert.Single(Emulator.GetPeople());
        Assert.Equal([cioId, cioId], Emulator.GetDeliveries().Select(d => d.PersonCioId));
        Assert.Equal(["welcome", "3"], Emulator.GetDeliveries().Select(d => d.TransactionalMessageId));
    }

    [Theory]
    [InlineData("""{"transactional_message_id":1}""", "identifiers is required")]
    [InlineData("""{"transactional_message_id":1,"identifiers":{}}""", "identifiers must hold exactly one of id, email, cio_id")]
    [InlineData("""{"transactional_message_id":1,"identifiers":{"id":"1","email":"a@b.c"}}""", "identifiers must hold exactly one of id, email, cio_id")]
    [InlineData("""{"transactional_message_id":1,"identifiers":{"phone":"+15551234567"}}""", "identifiers must hold exactly one of id, email, cio_id")]
    [InlineData("""{"transactional_message_id":1,"identifiers":{"id":""}}""", "identifiers.id must not be empty")]
    [InlineData("""{"transactional_message_id":0,"identifiers":{"id":"1"}}""", "transactional_message_id must be a positive integer or a non-empty trigger name")]
    [InlineData("""{"transactional_message_id":"","identifiers":{"id":"1"}}""", "transactional_message_id must be a positive integer or a non-empty trigger name")]
    [InlineData("""{"transactional_message_id":1,"identifiers":{"id":"1"},"message_data":[1]}""", "message_data must be a JSON object")]
    [InlineData("""{"transactional_message_id":1,"identifiers":{"id":"1"},"send_at":"soon"}""", "send_at must be a number (unix seconds)")]
    [InlineData("[]", "body must be a JSON object")]
    [InlineData("", "body is required")]
    public async Task Invalid_sends_answer_400_with_the_meta_error(string body, string message)
    {
        var answer = await App(HttpMethod.Post, "v1/send/email", body);

        Assert.Equal(new Answer(400, "{\"meta\":{\"error\":\"" + message + "\"}}", null), answer);
        Assert.Empty(Emulator.GetDeliveries());
        Assert.Empty(Emulator.GetPeople());
    }

    [Fact]
    public async Task Non_email_sends_need_a_template()
    {
        var answer = await App(HttpMethod.Post, "v1/send/push", """{"identifiers":{"id":"1"},"body":"b","subject":"s","from":"f@x.io"}""");

        Assert.Equal(new Answer(400, """{"meta":{"error":"transactional_message_id is required"}}""", null), answer);
    }

    [Theory]
    [InlineData("body")]
    [InlineData("subject")]
    [InlineData("from")]
    public async Task Inline_email_needs_body_subject_and_from(string missing)
    {
        var fields = new Dictionary<string, object> { ["identifiers"] = new { id = "1" }, ["body"] = "<p>Hi</p>", ["subject"] = "Hi", ["from"] = "me@example.com" };
        fields.Remove(missing);

        var answer = await App(HttpMethod.Post, "v1/send/email", Json(fields));

        Assert.Equal(new Answer(400, "{\"meta\":{\"error\":\"" + missing + " is required when transactional_message_id is not given (inline email: body, subject and from)\"}}", null), answer);
    }

    [Fact]
    public async Task Inline_email_with_body_subject_and_from_is_queued()
    {
        var answer = await App(HttpMethod.Post, "v1/send/email", """{"identifiers":{"email":"a@example.com"},"to":"a@example.com","body":"<p>Hi</p>","subject":"Hi","from":"me@example.com"}""");

        Assert.Equal(200, answer.Status);
        var delivery = Assert.Single(Emulator.GetDeliveries());
        Assert.Equal((null, "Hi", "a@example.com"), (delivery.TransactionalMessageId, delivery.Subject, delivery.To));
        Assert.Equal("a@example.com", Emulator.GetPeople().Single().Email);
    }

    [Fact]
    public async Task Fifteen_recipients_across_to_cc_and_bcc_are_accepted_and_sixteen_refused()
    {
        static string Addresses(int from, int count) => string.Join(",", Enumerable.Range(from, count).Select(i => $"r{i}@example.com"));
        string Body(int bcc) => Json(new { transactional_message_id = 1, identifiers = new { id = "1" }, to = Addresses(0, 10), cc = Addresses(10, 3) + ", ,", bcc = Addresses(13, bcc) });

        var fifteen = await App(HttpMethod.Post, "v1/send/email", Body(2));
        var sixteen = await App(HttpMethod.Post, "v1/send/email", Body(3));

        Assert.Equal(200, fifteen.Status);
        Assert.Equal(new Answer(400, """{"meta":{"error":"at most 15 recipients are allowed across to, cc and bcc (got 16)"}}""", null), sixteen);
        Assert.Equal(1, Emulator.GetCounters().RejectedByReason["too_many"]);
    }

    [Fact]
    public async Task Attachments_must_be_under_2_MB_decoded_in_total()
    {
        const int Limit = 2 * 1024 * 1024;
        string Body(int secondBytes) => Json(new
        {
            transactional_message_id = 1,
            identifiers = new { id = "1" },
            attachments = new Dictionary<string, string> { ["a.pdf"] = Convert.ToBase64String(new byte[1000]), ["b.bin"] = Convert.ToBase64String(new byte[secondBytes]) },
        });

        var under = await App(HttpMethod.Post, "v1/send/email", Body(Limit - 1000 - 1));
        var at = await App(HttpMethod.Post, "v1/send/email", Body(Limit - 1000));

        Assert.Equal(200, under.Status);
        Assert.Equal(2, Emulator.GetDeliveries().Single().AttachmentCount);
        Assert.Equal(new Answer(400, """{"meta":{"error":"attachments must be under 2097152 bytes in total (decoded), got 2097152"}}""", null), at);
    }

    [Theory]
    [InlineData("""{"a.txt":"not base64!"}""", "attachments.a.txt must be a base64 string")]
    [InlineData("""{"a.txt":5}""", "attachments.a.txt must be a base64 string")]
    [InlineData("""["x"]""", "attachments must be a JSON object")]
    public async Task Attachments_must_be_base64_values_by_name(string attachments, string message)
    {
        var answer = await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":1,"identifiers":{"id":"1"},"attachments":""" + attachments + "}");

        Assert.Equal(new Answer(400, "{\"meta\":{\"error\":\"" + message + "\"}}", null), answer);
    }

    [Fact]
    public async Task Send_at_may_be_at_most_90_days_ahead()
    {
        var limit = Now + (90 * 24 * 3600);

        var atLimit = await App(HttpMethod.Post, "v1/send/sms", "{\"transactional_message_id\":1,\"identifiers\":{\"id\":\"1\"},\"send_at\":" + limit + "}");
        var beyond = await App(HttpMethod.Post, "v1/send/sms", "{\"transactional_message_id\":1,\"identifiers\":{\"id\":\"1\"},\"send_at\":" + (limit + 1) + "}");

        Assert.Equal(200, atLimit.Status);
        Assert.Equal(limit, Emulator.GetDeliveries().Single().SendAt);
        Assert.Equal(new Answer(400, """{"meta":{"error":"send_at must be at most 90 days ahead"}}""", null), beyond);
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("whatsapp")]
    public async Task Sms_and_whatsapp_to_must_be_e164(string path)
    {
        var ok = await App(HttpMethod.Post, "v1/send/" + path, """{"transactional_message_id":1,"identifiers":{"id":"1"},"to":"+15551234567"}""");
        var bad = await App(HttpMethod.Post, "v1/send/" + path, """{"transactional_message_id":1,"identifiers":{"id":"1"},"to":"555-1234"}""");

        Assert.Equal(200, ok.Status);
        Assert.Equal(new Answer(400, """{"meta":{"error":"to must be an E.164 phone number"}}""", null), bad);
    }

    [Fact]
    public async Task Missing_or_wrong_bearer_key_is_401()
    {
        using var anonymous = new HttpClient { BaseAddress = Emulator.AppUri };
        using var wrong = new HttpClient { BaseAddress = Emulator.AppUri };
        wrong.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "nope");
        using var trackKey = new HttpClient { BaseAddress = Emulator.AppUri };
        trackKey.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Basic(Emulator.SiteId, Emulator.TrackApiKey));
        const string Body = """{"transactional_message_id":1,"identifiers":{"id":"1"}}""";
        var expected = new Answer(401, """{"meta":{"error":"unauthorized: check the App API key"}}""", null);

        Assert.Equal(expected, await Send(anonymous, HttpMethod.Post, "v1/send/email", Body));
        Assert.Equal(expected, await Send(wrong, HttpMethod.Post, "v1/send/email", Body));
        Assert.Equal(expected, await Send(trackKey, HttpMethod.Post, "v1/send/email", Body));
        Assert.Empty(Emulator.GetDeliveries());
    }

    [Fact]
    public async Task Admin_endpoint_lists_deliveries()
    {
        await App(HttpMethod.Post, "v1/send/email", """{"transactional_message_id":9,"identifiers":{"email":"x@example.com"},"to":"x@example.com","subject":"S"}""");

        var answer = await Get("_emulator/deliveries");

        var cioId = Emulator.GetPeople().Single().CioId;
        Assert.Equal(
            new Answer(200, "[{\"delivery_id\":\"emdlv000000000001\",\"type\":\"email\",\"identifiers\":{\"email\":\"x@example.com\"},\"person_cio_id\":\"" + cioId +
                "\",\"transactional_message_id\":\"9\",\"to\":\"x@example.com\",\"subject\":\"S\",\"attachment_count\":0,\"queued_at\":\"2027-01-15T08:00:00+00:00\"}]", null),
            answer);
    }
}
