using System.Globalization;

namespace CustomerIO.Emulator.Json;

/// <summary>
/// Reads the ISO-8601 times Pipelines messages carry. The common shape, UTC with milliseconds as the SDKs write it
/// (<c>2026-12-02T00:35:00.000Z</c>) or without them, is read straight from the bytes, since every message of a batch has
/// one; anything else goes through <see cref="DateTimeOffset.TryParse(string?, IFormatProvider?, DateTimeStyles, out DateTimeOffset)"/>,
/// which decides what is valid.
/// </summary>
internal static class IsoTime
{
    /// <summary>Parses a string value of the message.</summary>
    public static bool TryParse(ReadOnlySpan<byte> buffer, JsonSlice value, out DateTimeOffset time)
    {
        if (!value.Escaped && TryParseUtc(value.RawValue(buffer), out time))
        {
            return true;
        }

        return DateTimeOffset.TryParse(value.GetString(buffer), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }

    /// <summary><c>yyyy-MM-ddTHH:mm:ssZ</c> or <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, a real date and time; false for anything else.</summary>
    internal static bool TryParseUtc(ReadOnlySpan<byte> text, out DateTimeOffset time)
    {
        time = default;
        if ((text.Length != 20 && text.Length != 24) || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[^1] != 'Z')
        {
            return false;
        }

        var milliseconds = 0;
        if (text.Length == 24 && (text[19] != '.' || !Digits(text.Slice(20, 3), out milliseconds)))
        {
            return false;
        }

        if (!Digits(text.Slice(0, 4), out var year) || !Digits(text.Slice(5, 2), out var month) || !Digits(text.Slice(8, 2), out var day)
            || !Digits(text.Slice(11, 2), out var hour) || !Digits(text.Slice(14, 2), out var minute) || !Digits(text.Slice(17, 2), out var second)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new DateTimeOffset(year, month, day, hour, minute, second, milliseconds, TimeSpan.Zero);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
