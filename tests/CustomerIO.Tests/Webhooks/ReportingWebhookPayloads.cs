namespace CustomerIO.Tests.Webhooks;

/// <summary>
/// Realistic reporting webhook payloads for every section of Customer.io's reporting-webhooks OpenAPI
/// (<c>/work/shared/spec/openapi/reporting-webhooks.md</c>, which has no examples): each section's own fields, on the
/// campaign shape of <c>data</c>, written out here from the spec rather than from the parser's table.
/// </summary>
internal static class ReportingWebhookPayloads
{
    public const string Campaign = "\"campaign_id\":12,\"action_id\":34,\"journey_id\":\"01HJOURNEY\",\"parent_action_id\":33,\"trigger_event_id\":null," +
        "\"customer_id\":\"42\",\"delivery_id\":\"RMehBAAAAXE7r_ONUGXly9DBGkpq1JS31w==\",\"identifiers\":{\"id\":\"42\",\"email\":\"ada@example.com\",\"cio_id\":\"a3000001\"}";

    private const string Push = "\"recipients\":[{\"device_id\":\"token-1\",\"device_platform\":\"ios\"}]";
    private const string PushFailed = "\"recipients\":[{\"device_id\":\"token-1\",\"device_platform\":\"android\",\"failure_message\":\"BadDeviceToken\"}]";
    private const string Person = "\"customer_id\":\"42\",\"email_address\":\"ada@example.com\",\"identifiers\":{\"id\":\"42\",\"email\":\"ada@example.com\",\"cio_id\":\"a3000001\"}";

    /// <summary>(section, object_type, metric, the section's own data fields).</summary>
    public static readonly (string Section, string ObjectType, string Metric, string Fields)[] Sections =
    [
        ("person_subscribed", "customer", "subscribed", ""),
        ("person_unsubscribed", "customer", "unsubscribed", ""),
        ("person_cio_subscription_preferences_changed", "customer", "cio_subscription_preferences_changed", "\"content\":\"{\\\"topics\\\":{\\\"topic_1\\\":true}}\""),
        ("email_drafted", "email", "drafted", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\""),
        ("email_attempted", "email", "attempted", "\"failure_message\":\"452 4.2.2 mailbox full\""),
        ("email_sent", "email", "sent", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\",\"content\":\"<p>Hi</p>\",\"headers\":{\"X-Campaign\":\"12\"}"),
        ("email_delivered", "email", "delivered", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\""),
        ("email_opened", "email", "opened", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\",\"proxied\":true,\"prefetched\":false,\"synthetic\":false"),
        ("email_clicked", "email", "clicked", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\",\"href\":\"https://example.com/pricing\",\"link_id\":7,\"machine\":false"),
        ("email_converted", "email", "converted", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\""),
        ("email_unsubscribed", "email", "unsubscribed", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\""),
        ("email_bounced", "email", "bounced", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\",\"failure_message\":\"550 5.1.1 no such user\""),
        ("email_dropped", "email", "dropped", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\",\"failure_message\":\"suppressed\""),
        ("email_spammed", "email", "spammed", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\""),
        ("email_failed", "email", "failed", "\"subject\":\"Welcome\",\"failure_message\":\"template error\""),
        ("email_undeliverable", "email", "undeliverable", "\"subject\":\"Welcome\",\"recipient\":\"ada@example.com\",\"failure_message\":\"no email address\""),
        ("push_drafted", "push", "drafted", ""),
        ("push_attempted", "push", "attempted", "\"failure_message\":\"APNs unavailable\""),
        ("push_sent", "push", "sent", "\"content\":\"{\\\"aps\\\":{}}\"," + Push),
        ("push_delivered", "push", "delivered", Push),
        ("push_opened", "push", "opened", Push),
        ("push_clicked", "push", "clicked", "\"href\":\"app://orders/1\",\"link_id\":3," + Push),
        ("push_converted", "push", "converted", Push),
        ("push_bounced", "push", "bounced", PushFailed),
        ("push_dropped", "push", "dropped", PushFailed),
        ("push_failed", "push", "failed", "\"failure_message\":\"no devices\""),
        ("push_undeliverable", "push", "undeliverable", "\"failure_message\":\"no devices\""),
        ("sms_drafted", "sms", "drafted", ""),
        ("sms_attempted", "sms", "attempted", "\"failure_message\":\"carrier timeout\""),
        ("sms_sent", "sms", "sent", "\"content\":\"Your code is 1234\",\"recipient\":\"+15555550100\""),
        ("sms_delivered", "sms", "delivered", "\"recipient\":\"+15555550100\""),
        ("sms_clicked", "sms", "clicked", "\"recipient\":\"+15555550100\",\"link_id\":2,\"href\":\"https://example.com/s\""),
        ("sms_converted", "sms", "converted", "\"recipient\":\"+15555550100\""),
        ("sms_bounced", "sms", "bounced", "\"failure_message\":\"unreachable\",\"recipient\":\"+15555550100\""),
        ("sms_failed", "sms", "failed", "\"failure_message\":\"invalid number\""),
        ("sms_undeliverable", "sms", "undeliverable", "\"failure_message\":\"no phone\""),
        ("sms_replied", "sms", "replied", "\"inbound_event_id\":\"01HINBOUND\",\"to\":\"+15555550199\",\"recipient\":\"+15555550100\""),
        ("whatsapp_drafted", "whatsapp", "drafted", ""),
        ("whatsapp_attempted", "whatsapp", "attempted", "\"failure_message\":\"rate limited\""),
        ("whatsapp_sent", "whatsapp", "sent", "\"content\":\"Hello\",\"recipient\":\"+15555550100\""),
        ("whatsapp_delivered", "whatsapp", "delivered", "\"recipient\":\"+15555550100\""),
        ("whatsapp_opened", "whatsapp", "opened", "\"recipient\":\"+15555550100\""),
        ("whatsapp_clicked", "whatsapp", "clicked", "\"recipient\":\"+15555550100\",\"link_id\":2,\"href\":\"https://example.com/w\""),
        ("whatsapp_converted", "whatsapp", "converted", "\"recipient\":\"+15555550100\""),
        ("whatsapp_bounced", "whatsapp", "bounced", "\"failure_message\":\"unreachable\",\"recipient\":\"+15555550100\""),
        ("whatsapp_dropped", "whatsapp", "dropped", "\"failure_message\":\"opted out\",\"recipient\":\"+15555550100\""),
        ("whatsapp_failed", "whatsapp", "failed", "\"failure_message\":\"template rejected\""),
        ("whatsapp_undeliverable", "whatsapp", "undeliverable", "\"failure_message\":\"no phone\""),
        ("whatsapp_replied", "whatsapp", "replied", "\"inbound_event_id\":\"01HINBOUND\",\"to\":\"+15555550199\",\"recipient\":\"+15555550100\""),
        ("slack_drafted", "slack", "drafted", ""),
        ("slack_attempted", "slack", "attempted", "\"failure_message\":\"channel_not_found\""),
        ("slack_sent", "slack", "sent", "\"content\":\"New order\",\"recipient\":\"#orders\""),
        ("slack_clicked", "slack", "clicked", "\"recipient\":\"#orders\",\"href\":\"https://example.com/o\",\"link_id\":5"),
        ("slack_failed", "slack", "failed", "\"failure_message\":\"invalid_auth\""),
        ("slack_undeliverable", "slack", "undeliverable", "\"failure_message\":\"no channel\""),
        ("webhook_drafted", "webhook", "drafted", ""),
        ("webhook_attempted", "webhook", "attempted", "\"failure_message\":\"503 from endpoint\""),
        ("webhook_sent", "webhook", "sent", "\"content\":\"{}\",\"recipient\":\"https://hooks.example.com/x\""),
        ("webhook_clicked", "webhook", "clicked", "\"recipient\":\"https://hooks.example.com/x\",\"href\":\"https://example.com/h\",\"link_id\":6"),
        ("webhook_failed", "webhook", "failed", "\"failure_message\":\"400 from endpoint\""),
        ("webhook_undeliverable", "webhook", "undeliverable", "\"failure_message\":\"no url\""),
        ("in_app_drafted", "in_app", "drafted", ""),
        ("in_app_attempted", "in_app", "attempted", "\"failure_message\":\"no session\""),
        ("in_app_sent", "in_app", "sent", "\"content\":\"{}\",\"recipient\":\"42\""),
        ("in_app_opened", "in_app", "opened", ""),
        ("in_app_clicked", "in_app", "clicked", "\"tracked_response\":\"accept\",\"recipient\":\"42\",\"href\":\"app://accept\",\"link_id\":1"),
        ("in_app_converted", "in_app", "converted", "\"recipient\":\"42\""),
        ("in_app_failed", "in_app", "failed", "\"failure_message\":\"render error\""),
        ("in_app_undeliverable", "in_app", "undeliverable", "\"failure_message\":\"no device\""),
    ];

    /// <summary>The section's payload: envelope, then data with the common fields and the section's own.</summary>
    public static string Payload(string objectType, string metric, string fields, string eventId = "01HXYZEVENT0000000000000001")
    {
        var common = objectType == "customer" ? Person : Campaign;
        var data = fields.Length == 0 ? common : common + "," + fields;
        return $"{{\"event_id\":\"{eventId}\",\"object_type\":\"{objectType}\",\"metric\":\"{metric}\",\"timestamp\":1700000000,\"data\":{{{data}}}}}";
    }
}
