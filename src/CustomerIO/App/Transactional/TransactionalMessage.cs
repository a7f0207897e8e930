using System.IO;
using System.Text.Json;
using CustomerIO.Serialization;
using CustomerIO.Validation;

namespace CustomerIO.App;

/// <summary>
/// What every transactional send shares: the template, the person (created if missing), the Liquid data, and when and
/// how to send. The six channels derive from it (<see cref="TransactionalEmail"/>, <see cref="TransactionalPush"/>, ...).
/// </summary>
public abstract class TransactionalMessage
{
    /// <summary>Customer.io schedules a send at most this far ahead (<see cref="SendAt"/>).</summary>
    public static readonly TimeSpan MaxScheduleAhead = TimeSpan.FromDays(90);

    private protected TransactionalMessage(TransactionalTemplate template, CustomerIdentifier identifiers)
    {
        Template = template;
        Identifiers = identifiers;
    }

    /// <summary>The template to send (default for an inline email).</summary>
    public TransactionalTemplate Template { get; }

    /// <summary>The person the message is for: exactly one of id, email or cio_id.</summary>
    public CustomerIdentifier Identifiers { get; }

    /// <summary>Values the template's Liquid reads as <c>{{ trigger.name }}</c>.</summary>
    public IReadOnlyDictionary<string, object?>? MessageData { get; set; }

    /// <summary>Sends later instead of now: at most <see cref="MaxScheduleAhead"/> ahead.</summary>
    public DateTimeOffset? SendAt { get; set; }

    /// <summary>The template language to use instead of the person's.</summary>
    public string? Language { get; set; }

    /// <summary>Keeps no copy of the message body in the delivery history.</summary>
    public bool? DisableMessageRetention { get; set; }

    /// <summary>Whether unsubscribed people get the message too (Customer.io's default: true).</summary>
    public bool? SendToUnsubscribed { get; set; }

    /// <summary>Holds the message as a draft in Customer.io instead of sending it.</summary>
    public bool? QueueDraft { get; set; }

    /// <summary>Creates an empty template named by <see cref="Template"/>'s trigger name when none matches.</summary>
    public bool? AutoCreate { get; set; }

    /// <summary>Checks the message and writes its body, refusing before anything is sent.</summary>
    internal byte[] ToJson(string parameterName, DateTimeOffset now)
    {
        var person = Identifiers.Checked(parameterName + ".Identifiers");
        if (Template.IsDefault && !AllowsInline)
        {
            throw new CustomerIOValidationException(parameterName + ".Template", "A transactional send needs a template: its id or its trigger name.");
        }

        if (SendAt is { } sendAt)
        {
            Guard.Timestamp(sendAt, parameterName + ".SendAt");
            if (sendAt > now + MaxScheduleAhead)
            {
                throw new CustomerIOValidationException(parameterName + ".SendAt", "SendAt must be at most 90 days ahead.");
            }
        }

        if (Language is { } language)
        {
            Guard.NotEmpty(language, parameterName + ".Language", "language");
        }

        Validate(parameterName);
        var data = MessageData is null ? (byte[]?)null : AttributeJson.Serialize(MessageData, parameterName + ".MessageData");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WireJson.WriterOptions))
        {
            writer.WriteStartObject();
            if (!Template.IsDefault)
            {
                Template.Write(writer);
            }

            writer.WritePropertyName("identifiers");
            CustomerIdentifierJsonConverter.WriteObject(writer, person);
            if (data is not null)
            {
                writer.WritePropertyName("message_data");
                writer.WriteRawValue(data, skipInputValidation: true);
            }

            if (SendAt is { } at)
            {
                writer.WriteNumber("send_at", at.ToUnixTimeSeconds());
            }

            WriteText(writer, "language", Language);
            WriteFlag(writer, "disable_message_retention", DisableMessageRetention);
            WriteFlag(writer, "send_to_unsubscribed", SendToUnsubscribed);
            WriteFlag(writer, "queue_draft", QueueDraft);
            WriteFlag(writer, "auto_create", AutoCreate);
            WriteChannelFields(writer, parameterName);
            writer.WriteEndObject();
        }

        var json = stream.ToArray();
        WireJson.RefuseReplacedSurrogates(json, parameterName);
        return json;
    }

    /// <summary>Whether the channel can send without a template (email, with body, subject and from).</summary>
    private protected virtual bool AllowsInline => false;

    /// <summary>The channel's own checks.</summary>
    private protected virtual void Validate(string parameterName)
    {
    }

    /// <summary>Writes the channel's own fields.</summary>
    private protected abstract void WriteChannelFields(Utf8JsonWriter writer, string parameterName);

    private protected static void WriteText(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private protected static void WriteFlag(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    private protected static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var pair in values)
        {
            writer.WriteString(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
    }
}
