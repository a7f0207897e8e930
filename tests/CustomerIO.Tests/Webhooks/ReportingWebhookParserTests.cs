using System.Text.Json;
using CustomerIO.Webhooks;

namespace CustomerIO.Tests.Webhooks;

/// <summary>Every section of the reporting-webhooks OpenAPI parses into its typed event; anything else into a general one.</summary>
public sealed class ReportingWebhookParserTests
{
    public static TheoryData<string, string, string, string> Sections()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (section, objectType, metric, fields) in ReportingWebhookPayloads.Sections)
        {
            data.Add(section, objectType, metric, fields);
        }

        return data;
    }

    [Fact]
    public void The_table_covers_the_openapis_69_sections_and_the_parser_knows_exactly_those()
    {
        Assert.Equal(69, ReportingWebhookPayloads.Sections.Length);
        Assert.Equal(
            ReportingWebhookPayloads.Sections.Select(s => (s.ObjectType, s.Metric)).OrderBy(p => p.ObjectType + "/" + p.Metric, StringComparer.Ordinal),
            ReportingWebhookKinds.All.OrderBy(p => p.ObjectType + "/" + p.Metric, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_section_parses_into_its_typed_event_with_the_envelope_and_the_common_data(string section, string objectType, string metric, string fields)
    {
        var payload = ReportingWebhookPayloads.Payload(objectType, metric, fields);

        var parsed = ReportingWebhookParser.Parse(payload);

        Assert.Equal(ExpectedType(objectType), parsed.GetType());
        Assert.Equal(("01HXYZEVENT0000000000000001", objectType, metric, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)), (parsed.EventId, parsed.ObjectType.Value, parsed.Metric.Value, parsed.Timestamp));
        Assert.Equal(payload, parsed.Json.GetRawText());
        var data = Data(parsed);
        Assert.Equal(("42", "42", "ada@example.com", "a3000001"), (data.CustomerId, data.Identifiers?.Id, data.Identifiers?.Email, data.Identifiers?.CioId));
        if (objectType == "customer")
        {
            Assert.Equal(WebhookOrigin.Unknown, data.Origin);
            Assert.Equal("ada@example.com", ((CustomerEventData)data).EmailAddress);
        }
        else
        {
            Assert.Equal(
                (WebhookOrigin.Campaign, 12L, 34L, 33L, "01HJOURNEY", (string?)null, "RMehBAAAAXE7r_ONUGXly9DBGkpq1JS31w=="),
                (data.Origin, data.CampaignId, data.ActionId, data.ParentActionId, data.JourneyId, data.TriggerEventId, data.DeliveryId));
        }

        Assert.True(section.Length > 0);
        AssertSectionFields(data, fields);
    }

    [Fact]
    public void An_email_click_open_and_send_carry_their_own_fields()
    {
        var clicked = (EmailEvent)Parse("email", "clicked", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\",\"href\":\"https://example.com/pricing\",\"link_id\":7,\"machine\":true");
        var opened = (EmailEvent)Parse("email", "opened", "\"recipient\":\"ada@example.com\",\"proxied\":true,\"prefetched\":false,\"synthetic\":true");
        var sent = (EmailEvent)Parse("email", "sent", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\",\"content\":\"<p>Hi</p>\",\"headers\":{\"X-Campaign\":\"12\"}");

        Assert.Equal(("https://example.com/pricing", 7L, true, "Welcome", "ada@example.com"), (clicked.Data.Href, clicked.Data.LinkId, clicked.Data.Machine, clicked.Data.Subject, clicked.Data.Recipient));
        Assert.Equal((true, false, true, (string?)null), (opened.Data.Proxied, opened.Data.Prefetched, opened.Data.Synthetic, opened.Data.Subject));
        Assert.Equal(("<p>Hi</p>", "{\"X-Campaign\":\"12\"}"), (sent.Data.Content, sent.Data.Headers?.GetRawText()));
    }

    [Fact]
    public void A_push_bounce_names_each_device_and_its_failure()
    {
        var bounced = (PushEvent)Parse("push", "bounced", "\"recipients\":[{\"device_id\":\"t1\",\"device_platform\":\"android\",\"failure_message\":\"BadDeviceToken\"},{\"device_id\":\"t2\",\"device_platform\":\"ios\"}]");

        Assert.Equal(
            [("t1", "android", "BadDeviceToken"), ("t2", "ios", null)],
            bounced.Data.Recipients!.Select(r => (r.DeviceId, r.DevicePlatform, r.FailureMessage)));
        Assert.Equal("PushRecipient(android)", bounced.Data.Recipients![0].ToString());
    }

    [Fact]
    public void Replies_and_in_app_responses_carry_their_fields()
    {
        var sms = (SmsEvent)Parse("sms", "replied", "\"inbound_event_id\":\"in-1\",\"to\":\"+15555550199\",\"recipient\":\"+15555550100\"");
        var whatsApp = (WhatsAppEvent)Parse("whatsapp", "replied", "\"inbound_event_id\":\"in-2\",\"to\":\"+15555550199\",\"recipient\":\"+15555550100\"");
        var inApp = (InAppEvent)Parse("in_app", "clicked", "\"tracked_response\":\"accept\",\"recipient\":\"42\",\"href\":\"app://accept\",\"link_id\":1");

        Assert.Equal(("in-1", "+15555550199", "+15555550100"), (sms.Data.InboundEventId, sms.Data.To, sms.Data.Recipient));
        Assert.Equal("in-2", whatsApp.Data.InboundEventId);
        Assert.Equal(("accept", "app://accept", 1L), (inApp.Data.TrackedResponse, inApp.Data.Href, inApp.Data.LinkId));
    }

    [Theory]
    [InlineData("\"trigger_id\":5,\"broadcast_id\":9,\"action_id\":1,\"delivery_id\":\"d\",\"identifiers\":{\"id\":\"42\"}", WebhookOrigin.Broadcast)]
    [InlineData("\"trigger_id\":5,\"broadcast_id\":null,\"action_id\":1,\"delivery_id\":\"d\",\"identifiers\":{\"id\":\"42\"}", WebhookOrigin.Broadcast)]
    [InlineData("\"campaign_id\":null,\"action_id\":1,\"delivery_id\":\"d\",\"identifiers\":{\"id\":null}", WebhookOrigin.Campaign)]
    [InlineData("\"newsletter_id\":3,\"content_id\":4,\"delivery_id\":\"d\",\"identifiers\":{\"id\":\"42\"}", WebhookOrigin.Newsletter)]
    [InlineData("\"transactional_message_id\":3,\"delivery_id\":\"d\",\"identifiers\":{\"id\":\"42\"}", WebhookOrigin.Transactional)]
    [InlineData("\"transactional_message_id\":\"welcome\",\"delivery_id\":\"d\",\"identifiers\":{\"id\":\"42\"}", WebhookOrigin.Transactional)]
    [InlineData("\"delivery_id\":\"d\"", WebhookOrigin.Unknown)]
    public void The_origin_is_the_shape_of_data(string data, WebhookOrigin origin)
    {
        var parsed = (EmailEvent)ReportingWebhookParser.Parse("{\"event_id\":\"e\",\"object_type\":\"email\",\"metric\":\"delivered\",\"timestamp\":1,\"data\":{" + data + "}}");

        Assert.Equal(origin, parsed.Data.Origin);
    }

    [Fact]
    public void Origin_identifiers_are_read_whatever_their_documented_type()
    {
        var broadcast = (EmailEvent)ReportingWebhookParser.Parse("""{"event_id":"e","object_type":"email","metric":"sent","timestamp":1,"data":{"trigger_id":5,"broadcast_id":9,"action_id":1}}""");
        var newsletter = (EmailEvent)ReportingWebhookParser.Parse("""{"event_id":"e","object_type":"email","metric":"sent","timestamp":1,"data":{"newsletter_id":3,"content_id":4}}""");
        var byNumber = (EmailEvent)ReportingWebhookParser.Parse("""{"event_id":"e","object_type":"email","metric":"sent","timestamp":1,"data":{"transactional_message_id":3}}""");
        var byName = (EmailEvent)ReportingWebhookParser.Parse("""{"event_id":"e","object_type":"email","metric":"sent","timestamp":1,"data":{"transactional_message_id":"welcome"}}""");

        Assert.Equal((5L, 9L, 1L), (broadcast.Data.TriggerId, broadcast.Data.BroadcastId, broadcast.Data.ActionId));
        Assert.Equal((3L, 4L), (newsletter.Data.NewsletterId, newsletter.Data.ContentId));
        Assert.Equal(("3", "welcome"), (byNumber.Data.TransactionalMessageId, byName.Data.TransactionalMessageId));
    }

    [Theory]
    [InlineData("customer", "subscribed", "\"customer_id\":\"42\",\"email_address\":null,\"identifiers\":{\"id\":\"42\"}")]
    [InlineData("email", "subscribed", "\"customer_id\":\"42\",\"email_address\":\"a@example.com\",\"identifiers\":{\"id\":\"42\"}")]
    [InlineData("email", "unsubscribed", "\"customer_id\":\"42\",\"email_address\":\"a@example.com\",\"identifiers\":{\"id\":\"42\"}")]
    [InlineData("sms", "cio_subscription_preferences_changed", "\"customer_id\":\"42\",\"email_address\":null,\"identifiers\":{\"id\":\"42\"},\"delivery_id\":\"d\",\"campaign_id\":1,\"action_id\":2")]
    public void Subscription_metrics_about_a_person_are_customer_events_whatever_the_object_type(string objectType, string metric, string data)
    {
        var parsed = ReportingWebhookParser.Parse($"{{\"event_id\":\"e\",\"object_type\":\"{objectType}\",\"metric\":\"{metric}\",\"timestamp\":1,\"data\":{{{data}}}}}");

        var person = Assert.IsType<CustomerEvent>(parsed);
        Assert.Equal((objectType, "42"), (person.ObjectType.Value, person.Data.CustomerId));
    }

    [Fact]
    public void An_email_unsubscribe_with_a_delivery_is_an_email_event()
    {
        Assert.IsType<EmailEvent>(Parse("email", "unsubscribed", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\""));
    }

    [Theory]
    [InlineData("fax", "sent", "The object type 'fax' is not documented.")]
    [InlineData("email", "replied", "The metric 'replied' is not documented for the object type 'email'.")]
    [InlineData("slack", "delivered", "The metric 'delivered' is not documented for the object type 'slack'.")]
    public void An_unknown_object_type_or_metric_is_a_general_event_with_the_raw_json(string objectType, string metric, string reason)
    {
        var payload = $"{{\"event_id\":\"e9\",\"object_type\":\"{objectType}\",\"metric\":\"{metric}\",\"timestamp\":1700000000,\"data\":{{\"pages\":3}}}}";

        var parsed = Assert.IsType<UnrecognizedWebhookEvent>(ReportingWebhookParser.Parse(payload));

        Assert.Equal(("e9", objectType, metric, reason), (parsed.EventId, parsed.ObjectType.Value, parsed.Metric.Value, parsed.Reason));
        Assert.Equal(3, parsed.Json.GetProperty("data").GetProperty("pages").GetInt32());
        Assert.Equal($"UnrecognizedWebhookEvent({objectType} {metric}, event e9)", parsed.ToString());
    }

    [Theory]
    [InlineData("\"link_id\":\"seven\"", "The data does not have the documented shape for email clicked (at $.link_id).")]
    [InlineData("\"identifiers\":[1]", "The data does not have the documented shape for email clicked (at $.identifiers).")]
    public void A_known_event_whose_data_has_other_types_is_a_general_event_naming_the_field(string data, string reason)
    {
        var parsed = Assert.IsType<UnrecognizedWebhookEvent>(ReportingWebhookParser.Parse("{\"event_id\":\"e\",\"object_type\":\"email\",\"metric\":\"clicked\",\"timestamp\":1,\"data\":{" + data + "}}"));

        Assert.Equal(reason, parsed.Reason);
    }

    [Theory]
    [InlineData("""{"event_id":"e","object_type":"email","metric":"sent","timestamp":1}""", "The payload has no data object.")]
    [InlineData("""{"event_id":"e","object_type":"email","metric":"sent","timestamp":1,"data":"x"}""", "The payload's data is not a JSON object.")]
    public void A_known_event_without_a_data_object_is_a_general_event(string payload, string reason)
    {
        Assert.Equal(reason, Assert.IsType<UnrecognizedWebhookEvent>(ReportingWebhookParser.Parse(payload)).Reason);
    }

    [Theory]
    [InlineData("{", "The body is not valid JSON.")]
    [InlineData("", "The body is not valid JSON.")]
    [InlineData("{\"event_id\":\"ada@example.com\" trailing", "The body is not valid JSON.")]
    [InlineData("[1,2]", "The body is not a JSON object.")]
    [InlineData("""{"object_type":"email","metric":"sent","timestamp":1,"data":{}}""", "The payload's 'event_id' is missing or not a non-empty string.")]
    [InlineData("""{"event_id":"","object_type":"email","metric":"sent","timestamp":1,"data":{}}""", "The payload's 'event_id' is missing or not a non-empty string.")]
    [InlineData("""{"event_id":7,"object_type":"email","metric":"sent","timestamp":1,"data":{}}""", "The payload's 'event_id' is missing or not a non-empty string.")]
    [InlineData("""{"event_id":"e","metric":"sent","timestamp":1,"data":{}}""", "The payload's 'object_type' is missing or not a non-empty string.")]
    [InlineData("""{"event_id":"e","object_type":"email","timestamp":1,"data":{}}""", "The payload's 'metric' is missing or not a non-empty string.")]
    [InlineData("""{"event_id":"e","object_type":"email","metric":"sent","data":{}}""", "The payload's 'timestamp' is missing or not a whole number of Unix seconds.")]
    [InlineData("""{"event_id":"e","object_type":"email","metric":"sent","timestamp":"1","data":{}}""", "The payload's 'timestamp' is missing or not a whole number of Unix seconds.")]
    [InlineData("""{"event_id":"e","object_type":"email","metric":"sent","timestamp":1.5,"data":{}}""", "The payload's 'timestamp' is missing or not a whole number of Unix seconds.")]
    [InlineData("""{"event_id":"e","object_type":"email","metric":"sent","timestamp":-1,"data":{}}""", "The payload's 'timestamp' is missing or not a whole number of Unix seconds.")]
    public void A_body_that_is_not_a_reporting_webhook_is_refused_saying_why_without_its_content(string body, string error)
    {
        Assert.False(ReportingWebhookParser.TryParse(Encoding.UTF8.GetBytes(body), out var parsed, out var reason));
        var thrown = Assert.Throws<CustomerIOValidationException>(() => ReportingWebhookParser.Parse(body));

        Assert.Null(parsed);
        Assert.Equal(error, reason);
        Assert.Equal((error + " (Parameter 'body')", "body"), (thrown.Message, thrown.ParameterName));
        Assert.DoesNotContain("ada@example.com", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Descriptions_hold_no_personal_data()
    {
        var parsed = (EmailEvent)Parse("email", "clicked", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\",\"href\":\"https://example.com/pricing\",\"link_id\":7");

        Assert.Equal("EmailEvent(email clicked, event 01HXYZEVENT0000000000000001)", parsed.ToString());
        Assert.Equal("WebhookIdentifiers(id: yes, email: yes, cio_id: yes)", parsed.Data.Identifiers!.ToString());
    }

    [Fact]
    public void Object_types_and_metrics_are_open_string_values()
    {
        Assert.Equal(new WebhookObjectType("in_app"), WebhookObjectType.InApp);
        Assert.Equal("cio_subscription_preferences_changed", WebhookMetric.SubscriptionPreferencesChanged.Value);
        Assert.True(WebhookMetric.FromString("paused") != WebhookMetric.Failed);
        Assert.Equal(string.Empty, default(WebhookMetric).Value);
        Assert.Throws<CustomerIOValidationException>(() => new WebhookObjectType(""));
        Assert.Equal("fax", ((WebhookObjectType)"fax").ToString());
    }

    private static ReportingWebhookEvent Parse(string objectType, string metric, string fields) =>
        ReportingWebhookParser.Parse(ReportingWebhookPayloads.Payload(objectType, metric, fields));

    private static Type ExpectedType(string objectType) => objectType switch
    {
        "customer" => typeof(CustomerEvent),
        "email" => typeof(EmailEvent),
        "push" => typeof(PushEvent),
        "sms" => typeof(SmsEvent),
        "whatsapp" => typeof(WhatsAppEvent),
        "slack" => typeof(SlackEvent),
        "webhook" => typeof(WebhookActionEvent),
        "in_app" => typeof(InAppEvent),
        _ => throw new ArgumentOutOfRangeException(nameof(objectType)),
    };

    private static WebhookEventData Data(ReportingWebhookEvent parsed) => parsed switch
    {
        ReportingWebhookEvent<CustomerEventData> e => e.Data,
        ReportingWebhookEvent<EmailEventData> e => e.Data,
        ReportingWebhookEvent<PushEventData> e => e.Data,
        ReportingWebhookEvent<MessageEventData> e => e.Data,
        _ => throw new InvalidOperationException(parsed.GetType().Name),
    };

    /// <summary>Each of the section's own fields reached its typed property (read back as JSON text).</summary>
    private static void AssertSectionFields(WebhookEventData data, string fields)
    {
        using var expected = JsonDocument.Parse("{" + fields + "}");
        foreach (var field in expected.RootElement.EnumerateObject())
        {
            var property = data.GetType().GetProperties()
                .Single(p => p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), true)
                    .Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>().Any(a => a.Name == field.Name));
            var value = property.GetValue(data);
            var actual = value switch
            {
                JsonElement element => element.GetRawText(),
                IEnumerable<PushRecipient> devices => JsonSerializer.Serialize(devices.Select(d => new Dictionary<string, string?> { ["device_id"] = d.DeviceId, ["device_platform"] = d.DevicePlatform, ["failure_message"] = d.FailureMessage }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value))),
                string text => JsonSerializer.Serialize(text),
                bool flag => flag ? "true" : "false",
                long number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => throw new InvalidOperationException($"{field.Name}: {value?.GetType().Name ?? "null"}"),
            };
            Assert.Equal(field.Name + "=" + Normalise(field.Value), field.Name + "=" + Normalise(JsonDocument.Parse(actual).RootElement));
        }
    }

    private static string Normalise(JsonElement element) => JsonSerializer.Serialize(element);
}
