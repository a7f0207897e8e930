using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CustomerIO.Emulator.Webhooks;

/// <summary>
/// The reporting webhook body Customer.io posts about a delivery, for any metric: the envelope, the person and the
/// delivery, then the fields Customer.io's reporting-webhooks OpenAPI gives that object type and metric (a link for
/// <c>clicked</c>, a failure message for <c>bounced</c>, the devices of a push, ...). An object type of
/// <c>customer</c> writes a person's subscription event instead (no delivery).
/// </summary>
internal static class DeliveryWebhookPayload
{
    /// <summary>The link every emulated click is on.</summary>
    public const string ClickedLink = "https://example.com/emulated-link";

    public static string Build(EmulatedDelivery delivery, string metric, long timestamp, string? eventId = null)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        // Escaped as Customer.io writes JSON: '+' of a phone number and '<' of HTML stay as they are.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("event_id", eventId ?? delivery.DeliveryId + "-" + metric);
            writer.WriteString("object_type", delivery.Type);
            writer.WriteString("metric", metric);
            writer.WriteNumber("timestamp", timestamp);
            writer.WriteStartObject("data");
            writer.WriteString("customer_id", delivery.Identifiers.GetValueOrDefault("id") ?? string.Empty);
            if (delivery.Type == "customer")
            {
                WritePerson(writer, delivery, metric);
            }
            else
            {
                WriteDelivery(writer, delivery, metric);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteDelivery(Utf8JsonWriter writer, EmulatedDelivery delivery, string metric)
    {
        writer.WriteString("delivery_id", delivery.DeliveryId);
        WriteIdentifiers(writer, delivery);
        if (delivery.TransactionalMessageId is { } template)
        {
            writer.WriteString("transactional_message_id", template);
        }

        if (delivery.To is { } to)
        {
            writer.WriteString("recipient", to);
        }

        if (delivery.Subject is { } subject)
        {
            writer.WriteString("subject", subject);
        }

        MetricFields.Write(writer, delivery.Type, metric);
    }

    private static void WritePerson(Utf8JsonWriter writer, EmulatedDelivery delivery, string metric)
    {
        if ((delivery.To ?? delivery.Identifiers.GetValueOrDefault("email")) is { } email)
        {
            writer.WriteString("email_address", email);
        }
        else
        {
            writer.WriteNull("email_address");
        }

        WriteIdentifiers(writer, delivery);
        if (metric == "cio_subscription_preferences_changed")
        {
            writer.WriteString("content", """{"topics":{"topic_1":true}}""");
        }
    }

    private static void WriteIdentifiers(Utf8JsonWriter writer, EmulatedDelivery delivery)
    {
        writer.WriteStartObject("identifiers");
        foreach (var (name, value) in delivery.Identifiers)
        {
            writer.WriteString(name, value);
        }

        if (delivery.PersonCioId is { } cioId && !delivery.Identifiers.ContainsKey("cio_id"))
        {
            writer.WriteString("cio_id", cioId);
        }

        writer.WriteEndObject();
    }
}
