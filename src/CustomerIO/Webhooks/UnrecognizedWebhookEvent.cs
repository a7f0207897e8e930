namespace CustomerIO.Webhooks;

/// <summary>
/// A reporting webhook this SDK version cannot type: an object type or metric Customer.io added later, or a
/// <c>data</c> whose fields do not have the documented types. The envelope is read and <see cref="ReportingWebhookEvent.Json"/>
/// holds the whole payload, so a new kind of event never breaks a receiver.
/// </summary>
public sealed class UnrecognizedWebhookEvent : ReportingWebhookEvent
{
    internal UnrecognizedWebhookEvent(in WebhookEnvelope envelope, string reason)
        : base(envelope)
    {
        Reason = reason;
    }

    /// <summary>Why it was not typed (names the object type, metric or JSON path; never a value).</summary>
    public string Reason { get; }
}
