using System.Text.Json;

namespace CustomerIO.Emulator.Webhooks;

/// <summary>
/// The fields a reporting webhook's <c>data</c> carries for its metric, per Customer.io's reporting-webhooks OpenAPI
/// (for example <c>email_clicked</c>: <c>href</c>, <c>link_id</c>, <c>machine</c>). <c>sent</c> and
/// <c>delivered</c> of email and the text channels carry none beyond recipient and subject; every push metric but
/// the failures names the device (the emulator records none for a transactional push: an emulated one).
/// </summary>
internal static class MetricFields
{
    public const string DeviceToken = "emulated-device-token";

    private static readonly HashSet<string> Failures = ["attempted", "bounced", "dropped", "failed", "undeliverable"];

    public static void Write(Utf8JsonWriter writer, string objectType, string metric)
    {
        if (objectType == "push")
        {
            WritePush(writer, metric);
            return;
        }

        if (Failures.Contains(metric))
        {
            writer.WriteString("failure_message", "emulated " + metric);
        }

        switch (metric)
        {
            case "clicked":
                writer.WriteString("href", DeliveryWebhookPayload.ClickedLink);
                writer.WriteNumber("link_id", 1);
                if (objectType == "email")
                {
                    writer.WriteBoolean("machine", false);
                }

                break;
            case "opened" when objectType == "email":
                writer.WriteBoolean("proxied", false);
                writer.WriteBoolean("prefetched", false);
                writer.WriteBoolean("synthetic", false);
                break;
            case "replied":
                writer.WriteString("inbound_event_id", "emulated-inbound-event");
                writer.WriteString("to", "+15550100");
                break;
        }
    }

    /// <summary>Push events name their devices in <c>recipients</c>; a device's own failure rides in its entry.</summary>
    private static void WritePush(Utf8JsonWriter writer, string metric)
    {
        if (metric is "attempted" or "failed" or "undeliverable")
        {
            writer.WriteString("failure_message", "emulated " + metric);
            return;
        }

        if (metric == "clicked")
        {
            writer.WriteString("href", DeliveryWebhookPayload.ClickedLink);
            writer.WriteNumber("link_id", 1);
        }

        writer.WriteStartArray("recipients");
        writer.WriteStartObject();
        writer.WriteString("device_id", DeviceToken);
        writer.WriteString("device_platform", "ios");
        if (metric is "bounced" or "dropped")
        {
            writer.WriteString("failure_message", "emulated " + metric);
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
