using System.Text.Json;
using CustomerIO.Emulator.State;

namespace CustomerIO.Emulator.App.Reads;

/// <summary>JSON pieces shared by App API answers: person identifiers and messages (deliveries).</summary>
internal static class AppJson
{
    /// <summary><c>{"id":..,"email":..,"cio_id":..}</c> (null where unknown).</summary>
    public static void WriteIdentifiers(Utf8JsonWriter writer, string name, string? id, string? email, string? cioId)
    {
        writer.WriteStartObject(name);
        WriteNullable(writer, "id", id);
        WriteNullable(writer, "email", email);
        WriteNullable(writer, "cio_id", cioId);
        writer.WriteEndObject();
    }

    /// <summary>A delivery in the App API's message shape.</summary>
    public static void WriteMessage(Utf8JsonWriter writer, EmulatorState state, EmulatedDelivery delivery)
    {
        var person = delivery.PersonCioId is { } cioId ? state.FindPerson("cio_" + cioId) : null;
        var id = person?.Id ?? delivery.Identifiers.GetValueOrDefault("id");
        writer.WriteStartObject();
        writer.WriteString("id", delivery.DeliveryId);
        WriteNullable(writer, "customer_id", id);
        WriteIdentifiers(writer, "customer_identifiers", id, person?.Email ?? delivery.Identifiers.GetValueOrDefault("email"), person?.CioId ?? delivery.PersonCioId);
        writer.WriteString("type", delivery.Type);
        writer.WriteNumber("created", delivery.QueuedAt.ToUnixTimeSeconds());
        if (delivery.TransactionalMessageId is { } template)
        {
            if (long.TryParse(template, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                writer.WriteNumber("transactional_message_id", number);
            }
            else
            {
                writer.WriteString("transactional_message_id", template);
            }
        }
        else
        {
            writer.WriteNull("transactional_message_id");
        }

        WriteNullable(writer, "recipient", delivery.To);
        WriteNullable(writer, "subject", delivery.Subject);
        if (delivery.SendAt is { } sendAt)
        {
            writer.WriteNumber("send_at", sendAt);
        }

        writer.WriteStartObject("metrics");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
