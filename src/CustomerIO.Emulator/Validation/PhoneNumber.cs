using CustomerIO.Emulator.Json;

namespace CustomerIO.Emulator.Validation;

/// <summary>E.164 phone numbers, as Customer.io requires for <c>phone</c> identifiers: <c>^\+[1-9][0-9]{6,14}$</c>.</summary>
internal static class PhoneNumber
{
    public const int MinDigits = 7;
    public const int MaxDigits = 15;

    /// <summary>Whether a JSON string value is an E.164 number (numbers and escaped forms are read as their text).</summary>
    public static bool IsE164(ReadOnlySpan<byte> buffer, JsonSlice value)
    {
        if (!value.IsString)
        {
            return false;
        }

        Span<byte> text = stackalloc byte[Limits.IdentifierBytes + 2];
        if (value.Length > text.Length)
        {
            return false;
        }

        return IsE164(text[..value.Unescape(buffer, text)]);
    }

    /// <summary>Whether UTF-8 text is <c>+</c>, a digit 1-9, then 6 to 14 more digits.</summary>
    public static bool IsE164(ReadOnlySpan<byte> text)
    {
        if (text.Length < MinDigits + 1 || text.Length > MaxDigits + 1 || text[0] != (byte)'+' || text[1] == (byte)'0')
        {
            return false;
        }

        foreach (var c in text[1..])
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }
}
