namespace CustomerIO.Webhooks;

// One sealed type per object type of Customer.io's reporting-webhooks OpenAPI; the metrics each one documents are
// listed on it and in ReportingWebhookKinds, which decides what parses into it.

/// <summary>An email event (object type <c>email</c>). Metrics: drafted, attempted, sent, delivered, opened, clicked, converted, unsubscribed, bounced, dropped, spammed, failed, undeliverable.</summary>
public sealed class EmailEvent : ReportingWebhookEvent<EmailEventData>
{
    internal EmailEvent(in WebhookEnvelope envelope, EmailEventData data)
        : base(envelope, data)
    {
    }
}

/// <summary>A push notification event (object type <c>push</c>). Metrics: drafted, attempted, sent, delivered, opened, clicked, converted, bounced, dropped, failed, undeliverable.</summary>
public sealed class PushEvent : ReportingWebhookEvent<PushEventData>
{
    internal PushEvent(in WebhookEnvelope envelope, PushEventData data)
        : base(envelope, data)
    {
    }
}

/// <summary>An SMS event (object type <c>sms</c>). Metrics: drafted, attempted, sent, delivered, clicked, converted, bounced, failed, undeliverable, replied.</summary>
public sealed class SmsEvent : ReportingWebhookEvent<MessageEventData>
{
    internal SmsEvent(in WebhookEnvelope envelope, MessageEventData data)
        : base(envelope, data)
    {
    }
}

/// <summary>A WhatsApp event (object type <c>whatsapp</c>). Metrics: drafted, attempted, sent, delivered, opened, clicked, converted, bounced, dropped, failed, undeliverable, replied.</summary>
public sealed class WhatsAppEvent : ReportingWebhookEvent<MessageEventData>
{
    internal WhatsAppEvent(in WebhookEnvelope envelope, MessageEventData data)
        : base(envelope, data)
    {
    }
}

/// <summary>A Slack event (object type <c>slack</c>). Metrics: drafted, attempted, sent, clicked, failed, undeliverable.</summary>
public sealed class SlackEvent : ReportingWebhookEvent<MessageEventData>
{
    internal SlackEvent(in WebhookEnvelope envelope, MessageEventData data)
        : base(envelope, data)
    {
    }
}

/// <summary>An event of a webhook action, Customer.io calling an endpoint from a campaign or broadcast (object type <c>webhook</c>). Metrics: drafted, attempted, sent, clicked, failed, undeliverable.</summary>
public sealed class WebhookActionEvent : ReportingWebhookEvent<MessageEventData>
{
    internal WebhookActionEvent(in WebhookEnvelope envelope, MessageEventData data)
        : base(envelope, data)
    {
    }
}

/// <summary>An in-app message event (object type <c>in_app</c>). Metrics: drafted, attempted, sent, opened, clicked, converted, failed, undeliverable.</summary>
public sealed class InAppEvent : ReportingWebhookEvent<MessageEventData>
{
    internal InAppEvent(in WebhookEnvelope envelope, MessageEventData data)
        : base(envelope, data)
    {
    }
}

/// <summary>A person's subscription event (object type <c>customer</c>). Metrics: subscribed, unsubscribed, cio_subscription_preferences_changed.</summary>
public sealed class CustomerEvent : ReportingWebhookEvent<CustomerEventData>
{
    internal CustomerEvent(in WebhookEnvelope envelope, CustomerEventData data)
        : base(envelope, data)
    {
    }
}
