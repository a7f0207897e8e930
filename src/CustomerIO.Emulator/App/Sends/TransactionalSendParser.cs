using System.Text.Json;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;

namespace CustomerIO.Emulator.App.Sends;

/// <summary>
/// Reads and checks a transactional send body: exactly one of id, email, cio_id in <c>identifiers</c>;
/// <c>transactional_message_id</c> (integer or trigger name) or, for email only, an inline
/// <c>body</c> + <c>subject</c> + <c>from</c>; <c>message_data</c> an object; <c>send_at</c> at most
/// 90 days ahead; email recipients and attachments; E.164 <c>to</c> for SMS and WhatsApp.
/// </summary>
internal static class TransactionalSendParser
{
    private static readonly byte[][] Fields =
    [
        "identifiers"u8.ToArray(), "transactional_message_id"u8.ToArray(), "message_data"u8.ToArray(), "send_at"u8.ToArray(),
        "to"u8.ToArray(), "cc"u8.ToArray(), "bcc"u8.ToArray(), "from"u8.ToArray(), "subject"u8.ToArray(), "body"u8.ToArray(),
        "attachments"u8.ToArray(),
    ];

    private enum F
    {
        Identifiers,
        TemplateId,
        MessageData,
        SendAt,
        To,
        Cc,
        Bcc,
        From,
        Subject,
        Body,
        Attachments,
    }

    public static OperationError? Parse(ReadOnlySpan<byte> buffer, JsonSlice root, SendChannel channel, DateTimeOffset now, out TransactionalSend send)
    {
        send = default;
        send.Channel = channel;
        Span<JsonSlice> f = stackalloc JsonSlice[Fields.Length];
        JsonFields.Read(buffer, root, Fields, f);
        var error = ParseIdentifiers(buffer, f[(int)F.Identifiers], out send.Kind, out send.Identifier)
            ?? CheckTemplate(buffer, f, channel)
            ?? (Present(f[(int)F.MessageData]) && !f[(int)F.MessageData].IsObject ? Errors.MustBeObject("message_data") : (OperationError?)null)
            ?? CheckSendAt(buffer, f[(int)F.SendAt], now, out send.SendAt);
        if (error is not null)
        {
            return error;
        }

        if (channel == SendChannel.Email)
        {
            error = EmailRules.CheckRecipients(buffer, f[(int)F.To], f[(int)F.Cc], f[(int)F.Bcc])
                ?? EmailRules.CheckAttachments(buffer, f[(int)F.Attachments], out send.AttachmentCount);
        }
        else if (channel is SendChannel.Sms or SendChannel.WhatsApp && Present(f[(int)F.To]) && !PhoneNumber.IsE164(buffer, f[(int)F.To]))
        {
            error = Errors.Invalid("to", "to must be an E.164 phone number");
        }

        send.TemplateId = f[(int)F.TemplateId];
        send.To = f[(int)F.To];
        send.Subject = f[(int)F.Subject];
        send.Body = f[(int)F.Body];
        send.MessageData = f[(int)F.MessageData];
        return error;
    }

    /// <summary>Exactly one of id, email, cio_id (no phone: sends address people by these three only).</summary>
    private static OperationError? ParseIdentifiers(ReadOnlySpan<byte> buffer, JsonSlice identifiers, out IdentifierKind kind, out JsonSlice value)
    {
        kind = IdentifierKind.Id;
        value = default;
        if (!Present(identifiers))
        {
            return Errors.Required("identifiers");
        }

        if (!identifiers.IsObject)
        {
            return Errors.MustBeObject("identifiers");
        }

        var found = 0;
        var others = 0;
        var reader = identifiers.Reader(buffer);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            IdentifierKind? k = reader.ValueTextEquals("id"u8) ? IdentifierKind.Id
                : reader.ValueTextEquals("email"u8) ? IdentifierKind.Email
                : reader.ValueTextEquals("cio_id"u8) ? IdentifierKind.CioId
                : null;
            reader.Read();
            var v = JsonSlice.Capture(ref reader, identifiers.Start);
            if (v.IsNull)
            {
                continue;
            }

            if (k is null)
            {
                others++;
                continue;
            }

            found++;
            kind = k.Value;
            value = v;
        }

        if (found != 1 || others != 0)
        {
            return Errors.Invalid("identifiers", "identifiers must hold exactly one of id, email, cio_id");
        }

        return IdentifierRules.CheckValue(buffer, value, "identifiers." + IdentifierRules.Name(kind));
    }

    private static OperationError? CheckTemplate(ReadOnlySpan<byte> buffer, Span<JsonSlice> f, SendChannel channel)
    {
        var template = f[(int)F.TemplateId];
        if (Present(template))
        {
            var valid = template.IsNumber ? template.GetInt64(buffer) is > 0 && !template.RawValue(buffer).Contains((byte)'.')
                : template.IsString && template.Length > 2;
            return valid ? null : Errors.Invalid("transactional_message_id", "transactional_message_id must be a positive integer or a non-empty trigger name");
        }

        if (channel != SendChannel.Email)
        {
            return Errors.Required("transactional_message_id");
        }

        foreach (var (index, name) in new[] { (F.Body, "body"), (F.Subject, "subject"), (F.From, "from") })
        {
            var value = f[(int)index];
            if (!value.IsString || value.Length <= 2)
            {
                return new OperationError(ErrorReasons.Required, name, $"{name} is required when transactional_message_id is not given (inline email: body, subject and from)");
            }
        }

        return null;
    }

    private static OperationError? CheckSendAt(ReadOnlySpan<byte> buffer, JsonSlice sendAt, DateTimeOffset now, out long? value)
    {
        value = null;
        if (!Present(sendAt))
        {
            return null;
        }

        if (!sendAt.IsNumber || sendAt.GetInt64(buffer) is not { } seconds)
        {
            return Errors.MustBeNumber("send_at");
        }

        value = seconds;
        return seconds > (now + SendLimits.MaxScheduleAhead).ToUnixTimeSeconds()
            ? Errors.Invalid("send_at", "send_at must be at most 90 days ahead")
            : null;
    }

    private static bool Present(JsonSlice slice) => slice.IsPresent && !slice.IsNull;
}
