using System.Text.Json;
using System.Text.Unicode;

namespace CustomerIO.Emulator.Json;

/// <summary>
/// Refuses request bodies whose strings cannot be decoded: bytes that are not UTF-8 (RFC 8259 requires
/// UTF-8) and <c>\u</c> escapes that leave a surrogate unpaired. <see cref="Utf8JsonReader"/> checks neither
/// while reading or skipping; it only fails later, in <c>GetString</c>/<c>CopyString</c>, and the emulator
/// stores most values as raw JSON without decoding them, so without this check such text was either
/// stored (read back as U+FFFD, making distinct ids collide) or failed mid-request with a 500.
/// </summary>
internal static class JsonText
{
    public const string InvalidUtf8 = "the text is not valid UTF-8";

    public const string LoneSurrogate = "a \\u escape leaves a surrogate (D800-DFFF) without its pair";

    /// <summary>Throws <see cref="JsonException"/> (which every API already answers as its 400 <c>invalid_json</c>) when the body cannot be decoded.</summary>
    public static void EnsureDecodable(ReadOnlySpan<byte> json)
    {
        if (FindProblem(json) is { } problem)
        {
            throw new JsonException(problem);
        }
    }

    /// <summary>
    /// One vectorized walk: the text between backslashes is checked with <see cref="Utf8.IsValid"/>, and only
    /// the escapes are looked at byte by byte. Splitting at <c>\</c> is safe: 0x5C never occurs inside a
    /// multi-byte UTF-8 sequence. Bodies without escapes (the usual case) cost one <see cref="Utf8.IsValid"/>.
    /// Malformed escapes are left for the JSON reader to report.
    /// </summary>
    public static string? FindProblem(ReadOnlySpan<byte> json)
    {
        var rest = json;
        while (true)
        {
            var slash = rest.IndexOf((byte)'\\');
            if (!Utf8.IsValid(slash < 0 ? rest : rest[..slash]))
            {
                return InvalidUtf8;
            }

            if (slash < 0)
            {
                return null;
            }

            rest = rest[slash..];
            if (rest.Length < 6 || rest[1] != (byte)'u' || !TryHex(rest.Slice(2, 4), out var unit))
            {
                // "\\", "\n", ... (or a malformed escape): skip the backslash and the byte it escapes.
                rest = rest[Math.Min(2, rest.Length)..];
                continue;
            }

            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return LoneSurrogate;
            }

            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                if (rest.Length < 12 || rest[6] != (byte)'\\' || rest[7] != (byte)'u' || !TryHex(rest.Slice(8, 4), out var low) || low is < 0xDC00 or > 0xDFFF)
                {
                    return LoneSurrogate;
                }

                rest = rest[12..];
                continue;
            }

            rest = rest[6..];
        }
    }

    private static bool TryHex(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            var nibble = digit switch
            {
                >= (byte)'0' and <= (byte)'9' => digit - '0',
                >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
                _ => -1,
            };
            if (nibble < 0)
            {
                return false;
            }

            value = (value << 4) | nibble;
        }

        return true;
    }
}
