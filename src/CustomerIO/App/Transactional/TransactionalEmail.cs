using System.Linq;
using System.Globalization;
using System.Text.Json;
using CustomerIO.Validation;

namespace CustomerIO.App;

/// <summary>
/// A transactional email (<c>POST /v1/send/email</c>): from a template, or inline with <see cref="Inline"/>. At most
/// <see cref="MaxRecipients"/> addresses across <see cref="To"/>, <see cref="Cc"/> and <see cref="Bcc"/>, and
/// attachments under 2 MB together (<see cref="EmailAttachments"/>): both checked before sending.
/// </summary>
public sealed class TransactionalEmail : TransactionalMessage
{
    /// <summary>The most addresses one email may go to, across to, cc and bcc.</summary>
    public const int MaxRecipients = 15;

    /// <summary>An email from a template.</summary>
    /// <param name="template">The template: its id or trigger name.</param>
    /// <param name="to">The recipients, comma-separated (Liquid allowed, for example <c>{{customer.email}}</c>).</param>
    /// <param name="identifiers">The person the email is for.</param>
    public TransactionalEmail(TransactionalTemplate template, string to, CustomerIdentifier identifiers)
        : base(template, identifiers) => To = to;

    private TransactionalEmail(string to, CustomerIdentifier identifiers)
        : base(default, identifiers) => To = to;

    /// <summary>An email without a template: its sender, subject and HTML body given here.</summary>
    /// <param name="to">The recipients, comma-separated.</param>
    /// <param name="identifiers">The person the email is for.</param>
    /// <param name="from">A verified sender address.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="body">The HTML body.</param>
    /// <returns>The email.</returns>
    public static TransactionalEmail Inline(string to, CustomerIdentifier identifiers, string from, string subject, string body) =>
        new(to, identifiers) { From = from, Subject = subject, Body = body };

    /// <summary>The recipients, comma-separated.</summary>
    public string To { get; }

    /// <summary>Copy recipients, comma-separated.</summary>
    public string? Cc { get; set; }

    /// <summary>Blind copy recipients, comma-separated.</summary>
    public string? Bcc { get; set; }

    /// <summary>Send one copy with the bcc addresses in the subject instead of true blind copies.</summary>
    public bool? FakeBcc { get; set; }

    /// <summary>The sender, instead of the template's (a verified address).</summary>
    public string? From { get; set; }

    /// <summary>Where replies go, instead of <see cref="From"/>.</summary>
    public string? ReplyTo { get; set; }

    /// <summary>The subject, instead of the template's.</summary>
    public string? Subject { get; set; }

    /// <summary>The preview text shown beside the subject.</summary>
    public string? Preheader { get; set; }

    /// <summary>The HTML body, instead of the template's.</summary>
    public string? Body { get; set; }

    /// <summary>The plain-text body.</summary>
    public string? BodyPlain { get; set; }

    /// <summary>The AMP body.</summary>
    public string? BodyAmp { get; set; }

    /// <summary>Extra email headers, by name.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; set; }

    /// <summary>Files to attach (base64 on the wire).</summary>
    public EmailAttachments? Attachments { get; set; }

    /// <summary>Whether opens and clicks are tracked (Customer.io's default: true).</summary>
    public bool? Tracked { get; set; }

    /// <summary>Skips CSS preprocessing of the body.</summary>
    public bool? DisableCssPreprocessing { get; set; }

    private protected override bool AllowsInline => true;

    private protected override void Validate(string parameterName)
    {
        Guard.NotEmpty(To, parameterName + ".To", "recipient list");
        var count = Count(To) + Count(Cc) + Count(Bcc);
        if (count > MaxRecipients)
        {
            throw new CustomerIOValidationException(
                parameterName + ".To",
                string.Format(CultureInfo.InvariantCulture, "An email goes to at most {0} addresses across To, Cc and Bcc; {1} were given.", MaxRecipients, count),
                MaxRecipients,
                count);
        }

        if (Template.IsDefault)
        {
            foreach (var (value, name) in new[] { (From, "From"), (Subject, "Subject"), (Body, "Body") })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    throw new CustomerIOValidationException(parameterName + "." + name, $"An email without a template needs From, Subject and Body; {name} is empty.");
                }
            }
        }
    }

    private protected override void WriteChannelFields(Utf8JsonWriter writer, string parameterName)
    {
        WriteText(writer, "to", To);
        WriteText(writer, "cc", Cc);
        WriteText(writer, "bcc", Bcc);
        WriteFlag(writer, "fake_bcc", FakeBcc);
        WriteText(writer, "from", From);
        WriteText(writer, "reply_to", ReplyTo);
        WriteText(writer, "subject", Subject);
        WriteText(writer, "preheader", Preheader);
        WriteText(writer, "body", Body);
        WriteText(writer, "body_plain", BodyPlain);
        WriteText(writer, "body_amp", BodyAmp);
        WriteStrings(writer, "headers", Headers);
        if (Attachments is { Count: > 0 } attachments)
        {
            attachments.Write(writer);
        }

        WriteFlag(writer, "tracked", Tracked);
        WriteFlag(writer, "disable_css_preprocessing", DisableCssPreprocessing);
    }

    /// <summary>Counts the non-blank comma-separated addresses, as Customer.io does.</summary>
    private static int Count(string? addresses) =>
        addresses is null ? 0 : addresses.Split(',').Count(a => !string.IsNullOrWhiteSpace(a));
}
