using System.Text;
using CustomerIO.Emulator.Json;

namespace CustomerIO.Emulator.Track.Shared;

/// <summary>Decodes a (validated, at most 150-byte) identifier into chars on the stack, for allocation-free lookups.</summary>
internal static class PersonIdentifierText
{
    public const int MaxChars = 160;

    /// <summary>Writes the identifier's characters into <paramref name="chars"/> (at least <see cref="MaxChars"/> long) and answers how many.</summary>
    public static int Decode(ReadOnlySpan<byte> buffer, JsonSlice value, Span<char> chars)
    {
        if (!value.Escaped)
        {
            return Encoding.UTF8.GetChars(value.RawValue(buffer), chars);
        }

        Span<byte> bytes = value.Length <= 1024 ? stackalloc byte[1024] : new byte[value.Length];
        var length = value.Unescape(buffer, bytes);
        return Encoding.UTF8.GetChars(bytes[..length], chars);
    }
}
