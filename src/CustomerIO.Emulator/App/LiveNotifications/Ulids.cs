using System.Security.Cryptography;

namespace CustomerIO.Emulator.App.LiveNotifications;

/// <summary>ULIDs: 48 bits of milliseconds and 80 random bits in Crockford's base 32 (26 characters).</summary>
internal static class Ulids
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(DateTimeOffset now)
    {
        Span<char> text = stackalloc char[26];
        var time = now.ToUnixTimeMilliseconds();
        for (var i = 9; i >= 0; i--)
        {
            text[i] = Alphabet[(int)(time & 31)];
            time >>= 5;
        }

        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        for (var i = 10; i < 26; i++)
        {
            text[i] = Alphabet[random[i - 10] & 31];
        }

        return new string(text);
    }

    public static bool IsUlid(string text) =>
        text.Length == 26 && text[0] <= '7' && text.All(c => Alphabet.Contains(char.ToUpperInvariant(c), StringComparison.Ordinal));
}
