using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.Validation;

namespace CustomerIO.Emulator.App.Sends;

/// <summary>Email-only checks: recipients across to/cc/bcc and the attachments' total decoded size.</summary>
internal static class EmailRules
{
    /// <summary>Counts the comma-separated, non-blank addresses of to, cc and bcc; at most 15 together.</summary>
    public static OperationError? CheckRecipients(ReadOnlySpan<byte> buffer, JsonSlice to, JsonSlice cc, JsonSlice bcc)
    {
        var total = 0;
        foreach (var (slice, field) in new[] { (to, "to"), (cc, "cc"), (bcc, "bcc") })
        {
            if (!slice.IsPresent || slice.IsNull)
            {
                continue;
            }

            if (!slice.IsString)
            {
                return Errors.MustBeString(field);
            }

            var addresses = slice.GetString(buffer).AsSpan();
            foreach (var range in addresses.Split(','))
            {
                total += addresses[range].IsWhiteSpace() ? 0 : 1;
            }
        }

        return total > SendLimits.MaxRecipients
            ? new OperationError(ErrorReasons.TooMany, "to", string.Format(CultureInfo.InvariantCulture, "at most {0} recipients are allowed across to, cc and bcc (got {1})", SendLimits.MaxRecipients, total))
            : null;
    }

    /// <summary>Checks <c>{"name":"base64",...}</c>: every value valid base64, all together under 2 MB decoded.</summary>
    public static OperationError? CheckAttachments(ReadOnlySpan<byte> buffer, JsonSlice attachments, out int count)
    {
        count = 0;
        if (!attachments.IsPresent || attachments.IsNull)
        {
            return null;
        }

        if (!attachments.IsObject)
        {
            return Errors.MustBeObject("attachments");
        }

        long decoded = 0;
        var reader = attachments.Reader(buffer);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString() ?? string.Empty;
            reader.Read();
            var value = JsonSlice.Capture(ref reader, attachments.Start);
            if (!value.IsString || !TryDecodedLength(buffer, value, out var length))
            {
                return Errors.Invalid("attachments." + name, $"attachments.{name} must be a base64 string");
            }

            decoded += length;
            count++;
        }

        return decoded >= SendLimits.AttachmentBytesExclusive
            ? new OperationError(ErrorReasons.TooLarge, "attachments", string.Format(CultureInfo.InvariantCulture, "attachments must be under {0} bytes in total (decoded), got {1}", SendLimits.AttachmentBytesExclusive, decoded))
            : null;
    }

    private static bool TryDecodedLength(ReadOnlySpan<byte> buffer, JsonSlice value, out int length)
    {
        if (!value.Escaped)
        {
            return Base64.IsValid(value.RawValue(buffer), out length);
        }

        var rented = ArrayPool<byte>.Shared.Rent(value.Length);
        try
        {
            return Base64.IsValid(rented.AsSpan(0, value.Unescape(buffer, rented)), out length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
