namespace CustomerIO.Pipelines.Wire;

/// <summary>
/// Pipelines' times on the wire: ISO-8601 in UTC with milliseconds (<c>2026-12-02T00:35:00.000Z</c>), always 24
/// bytes, so the <c>sentAt</c> stamped at each attempt has a fixed length and the batch limits can count it ahead.
/// </summary>
internal static class SentAt
{
    /// <summary>The length of a written time.</summary>
    public const int TimeLength = 24;

    /// <summary>The bytes that close a body with its <c>sentAt</c>: <c>,"sentAt":"…"}</c>.</summary>
    public const int ClosingLength = 11 + TimeLength + 2;

    /// <summary>What a single message grows by when sent alone: its closing <c>}</c> becomes <see cref="ClosingLength"/> bytes.</summary>
    public const int MessageOverhead = ClosingLength - 1;

    /// <summary>Writes the time, 24 bytes.</summary>
    public static void WriteTime(DateTimeOffset time, Span<byte> destination)
    {
        var utc = time.UtcDateTime;
        Digits(utc.Year, 4, destination);
        destination[4] = (byte)'-';
        Digits(utc.Month, 2, destination.Slice(5));
        destination[7] = (byte)'-';
        Digits(utc.Day, 2, destination.Slice(8));
        destination[10] = (byte)'T';
        Digits(utc.Hour, 2, destination.Slice(11));
        destination[13] = (byte)':';
        Digits(utc.Minute, 2, destination.Slice(14));
        destination[16] = (byte)':';
        Digits(utc.Second, 2, destination.Slice(17));
        destination[19] = (byte)'.';
        Digits(utc.Millisecond, 3, destination.Slice(20));
        destination[23] = (byte)'Z';
    }

    /// <summary>Writes <c>,"sentAt":"&lt;time&gt;"}</c>, <see cref="ClosingLength"/> bytes, that close a body.</summary>
    public static void WriteClosing(DateTimeOffset time, Span<byte> destination)
    {
        ",\"sentAt\":\""u8.CopyTo(destination);
        WriteTime(time, destination.Slice(11));
        destination[11 + TimeLength] = (byte)'"';
        destination[12 + TimeLength] = (byte)'}';
    }

    private static void Digits(int value, int count, Span<byte> destination)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
