using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CustomerIO.Emulator.Webhooks;

/// <summary>The reporting webhook body Customer.io posts for a transactional delivery metric (<c>sent</c>, <c>delivered</c>).</summary>
internal static class DeliveryWebhookPayload
{
    public static string Build(EmulatedDelivery delivery, string metric, long timestamp)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("event_id", delivery.DeliveryId + "-" + metric);
            writer.WriteString("object_type", delivery.Type);
            writer.WriteString("metric", metric);
            writer.WriteNumber("timestamp", timestamp);
            writer.WriteStartObject("data");
            writer.WriteString("customer_id", delivery.Identifiers.GetValueOrDefault("id") ?? string.Empty);
            writer.WriteString("delivery_id", delivery.DeliveryId);
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

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
