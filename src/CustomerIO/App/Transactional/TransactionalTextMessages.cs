using System.Text.Json;

namespace CustomerIO.App;

/// <summary>A transactional SMS (<c>POST /v1/send/sms</c>).</summary>
public sealed class TransactionalSms : TransactionalMessage
{
    /// <summary>An SMS from a template.</summary>
    /// <param name="template">The template: its id or trigger name.</param>
    /// <param name="to">The phone number, E.164 (<c>+15551234567</c>) or Liquid.</param>
    /// <param name="identifiers">The person the SMS is for.</param>
    public TransactionalSms(TransactionalTemplate template, string to, CustomerIdentifier identifiers)
        : base(template, identifiers) => To = to;

    /// <summary>The phone number.</summary>
    public string To { get; }

    /// <summary>The sending number (Twilio-verified), instead of the template's.</summary>
    public string? From { get; set; }

    /// <summary>Whether links are tracked (Customer.io's default: true).</summary>
    public bool? Tracked { get; set; }

    private protected override void Validate(string parameterName) => Validation.Guard.NotEmpty(To, parameterName + ".To", "phone number");

    private protected override void WriteChannelFields(Utf8JsonWriter writer, string parameterName)
    {
        WriteText(writer, "to", To);
        WriteText(writer, "from", From);
        WriteFlag(writer, "tracked", Tracked);
    }
}

/// <summary>A transactional WhatsApp message (<c>POST /v1/send/whatsapp</c>).</summary>
public sealed class TransactionalWhatsApp : TransactionalMessage
{
    /// <summary>A WhatsApp message from a template.</summary>
    /// <param name="template">The template: its id or trigger name.</param>
    /// <param name="to">The phone number, E.164.</param>
    /// <param name="identifiers">The person the message is for.</param>
    public TransactionalWhatsApp(TransactionalTemplate template, string to, CustomerIdentifier identifiers)
        : base(template, identifiers) => To = to;

    /// <summary>The phone number.</summary>
    public string To { get; }

    /// <summary>The sending number, instead of the template's.</summary>
    public string? From { get; set; }

    /// <summary>Whether links are tracked.</summary>
    public bool? Tracked { get; set; }

    private protected override void Validate(string parameterName) => Validation.Guard.NotEmpty(To, parameterName + ".To", "phone number");

    private protected override void WriteChannelFields(Utf8JsonWriter writer, string parameterName)
    {
        WriteText(writer, "to", To);
        WriteText(writer, "from", From);
        WriteFlag(writer, "tracked", Tracked);
    }
}

/// <summary>A transactional in-app message (<c>POST /v1/send/in_app</c>).</summary>
public sealed class TransactionalInApp : TransactionalMessage
{
    /// <summary>An in-app message from a template.</summary>
    /// <param name="template">The template: its id or trigger name.</param>
    /// <param name="identifiers">The person the message is for.</param>
    public TransactionalInApp(TransactionalTemplate template, CustomerIdentifier identifiers)
        : base(template, identifiers)
    {
    }

    private protected override void WriteChannelFields(Utf8JsonWriter writer, string parameterName)
    {
    }
}

/// <summary>A transactional inbox message (<c>POST /v1/send/inbox_message</c>, web, with the In-App plugin).</summary>
public sealed class TransactionalInboxMessage : TransactionalMessage
{
    /// <summary>An inbox message from a template.</summary>
    /// <param name="template">The template: its id or trigger name.</param>
    /// <param name="identifiers">The person the message is for.</param>
    public TransactionalInboxMessage(TransactionalTemplate template, CustomerIdentifier identifiers)
        : base(template, identifiers)
    {
    }

    /// <summary>Overrides the recipient.</summary>
    public string? To { get; set; }

    private protected override void WriteChannelFields(Utf8JsonWriter writer, string parameterName) => WriteText(writer, "to", To);
}
