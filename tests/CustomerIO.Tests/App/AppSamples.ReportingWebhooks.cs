using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>The Reporting webhooks samples, shaped as the OpenAPI documents them (the webhook itself is the answer, with no envelope).</summary>
internal static partial class AppSamples
{
    public const string ReportingWebhook =
        """{"id":4,"name":"my cool webhook","endpoint":"https://example.com/webhook","events":["email_failed","webhook_failed"],"disabled":false,"full_resolution":true,"with_content":false,"type":"webhook"}""";

    public const string ReportingWebhooksAnswer = """{"reporting_webhooks":[""" + ReportingWebhook + "]}";

    public const string ReportingWebhookDefinitionJson =
        """{"name":"my cool webhook","endpoint":"https://example.com/webhook","events":["email_failed","webhook_failed"],"full_resolution":true}""";

    public static ReportingWebhookDefinition ReportingWebhookDefinition =>
        new("my cool webhook", new Uri("https://example.com/webhook"), [ReportingWebhookEvent.EmailFailed, ReportingWebhookEvent.WebhookFailed]) { FullResolution = true };
}
