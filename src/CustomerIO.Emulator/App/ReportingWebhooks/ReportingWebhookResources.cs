using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Resources;
using CustomerIO.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.ReportingWebhooks;

/// <summary>
/// Reporting webhooks: list, create, get, update (the whole configuration: name, endpoint and events again), delete
/// (200, no body). Answers are the webhook itself, with no envelope. The events must be the documented ones; the
/// emulator keeps the configuration only, it posts no events.
/// </summary>
internal static class ReportingWebhookResources
{
    /// <summary>The events the OpenAPI lists (object type × metric).</summary>
    public static readonly string[] Events =
    [
        "customer_subscribed", "customer_unsubscribed", "customer_subscription_preferences_changed",
        .. Metrics("email", "drafted attempted sent delivered opened clicked converted bounced dropped deferred spammed failed unsubscribed undeliverable"),
        .. Metrics("in_app", "drafted attempted sent opened clicked converted failed undeliverable"),
        .. Metrics("push", "drafted attempted sent delivered opened clicked converted bounced dropped failed undeliverable"),
        .. Metrics("slack", "drafted attempted sent clicked converted failed"),
        .. Metrics("sms", "drafted attempted sent delivered clicked converted bounced dropped failed undeliverable replied"),
        .. Metrics("whatsapp", "drafted attempted sent delivered opened clicked converted bounced dropped failed undeliverable replied"),
        .. Metrics("webhook", "drafted attempted sent clicked converted failed undeliverable"),
    ];

    public static ResourceHandlers Handlers(EmulatorState state) => new(state, new ResourceKind
    {
        Kind = "reporting_webhooks",
        Noun = "reporting webhook",
        ListEnvelope = "reporting_webhooks",
        UpdateReplaces = true,
        UpdateAnswersItem = true,
        DeleteStatus = StatusCodes.Status200OK,
        Fields =
        [
            new("name", FieldType.Text, Required: true), new("endpoint", FieldType.Text, Required: true), new("events", FieldType.TextList, Required: true),
            new("disabled", FieldType.Boolean), new("full_resolution", FieldType.Boolean), new("with_content", FieldType.Boolean),
        ],
        Defaults = () => new JsonObject { ["disabled"] = false, ["full_resolution"] = false, ["with_content"] = false, ["type"] = "webhook" },
        Check = (item, _) => Check(item),
    }, Seed, idSegment: 3);

    private static Refusal? Check(JsonObject item)
    {
        if (!Uri.TryCreate(item["endpoint"]!.GetValue<string>(), UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            return new Refusal("endpoint must be an absolute http or https URL");
        }

        var events = item["events"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        if (events.Count == 0)
        {
            return new Refusal("events must hold at least one event");
        }

        return events.FirstOrDefault(e => !Events.Contains(e, StringComparer.Ordinal)) is { } unknown
            ? new Refusal("events holds an unknown event: " + unknown)
            : null;
    }

    private static IEnumerable<string> Metrics(string type, string metrics) => metrics.Split(' ').Select(m => type + "_" + m);

    private static IEnumerable<JsonObject> Seed() =>
    [
        new()
        {
            ["id"] = 1, ["name"] = "Delivery failures", ["endpoint"] = "https://hooks.example.com/cio/failures",
            ["events"] = new JsonArray("email_failed", "email_bounced", "sms_failed"), ["disabled"] = false, ["full_resolution"] = false,
            ["with_content"] = false, ["type"] = "webhook",
        },
        new()
        {
            ["id"] = 2, ["name"] = "Engagement stream", ["endpoint"] = "https://hooks.example.com/cio/engagement",
            ["events"] = new JsonArray("email_opened", "email_clicked", "push_opened"), ["disabled"] = true, ["full_resolution"] = true,
            ["with_content"] = true, ["type"] = "webhook",
        },
    ];
}
