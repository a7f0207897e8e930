using System.Linq;

namespace CustomerIO.Webhooks;

/// <summary>
/// The object types and metrics of Customer.io's reporting-webhooks OpenAPI (one section per pair, for example
/// <c>email_clicked</c>) and the event type each object type parses into. A pair outside this table parses into
/// <see cref="UnrecognizedWebhookEvent"/>.
/// </summary>
internal static class ReportingWebhookKinds
{
    // push_drafted's section gives its metric as "attempted" (a copy of push_attempted's); every other channel's
    // drafted section says "drafted", and so does Customer.io's documentation, so drafted is accepted for push too.
    private static readonly Dictionary<string, HashSet<string>> Metrics = new(StringComparer.Ordinal)
    {
        ["customer"] = Set("subscribed", "unsubscribed", "cio_subscription_preferences_changed"),
        ["email"] = Set("drafted", "attempted", "sent", "delivered", "opened", "clicked", "converted", "unsubscribed", "bounced", "dropped", "spammed", "failed", "undeliverable"),
        ["push"] = Set("drafted", "attempted", "sent", "delivered", "opened", "clicked", "converted", "bounced", "dropped", "failed", "undeliverable"),
        ["sms"] = Set("drafted", "attempted", "sent", "delivered", "clicked", "converted", "bounced", "failed", "undeliverable", "replied"),
        ["whatsapp"] = Set("drafted", "attempted", "sent", "delivered", "opened", "clicked", "converted", "bounced", "dropped", "failed", "undeliverable", "replied"),
        ["slack"] = Set("drafted", "attempted", "sent", "clicked", "failed", "undeliverable"),
        ["webhook"] = Set("drafted", "attempted", "sent", "clicked", "failed", "undeliverable"),
        ["in_app"] = Set("drafted", "attempted", "sent", "opened", "clicked", "converted", "failed", "undeliverable"),
    };

    /// <summary>Every documented (object type, metric) pair, for tests and docs.</summary>
    public static IEnumerable<(string ObjectType, string Metric)> All =>
        Metrics.SelectMany(kind => kind.Value.Select(metric => (kind.Key, metric)));

    /// <summary>Whether the pair is documented.</summary>
    public static bool IsKnown(string objectType, string metric) =>
        Metrics.TryGetValue(objectType, out var metrics) && metrics.Contains(metric);

    /// <summary>Whether the object type is documented (with any metric).</summary>
    public static bool IsKnownObjectType(string objectType) => Metrics.ContainsKey(objectType);

    private static HashSet<string> Set(params string[] metrics) => new(metrics, StringComparer.Ordinal);
}
