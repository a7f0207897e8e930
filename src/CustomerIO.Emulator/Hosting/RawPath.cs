using System.Buffers;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CustomerIO.Emulator.Hosting;

/// <summary>
/// Path identifiers read from the raw request target: Kestrel leaves <c>%2F</c> encoded in route
/// values, so decoding them again would double-decode a literal <c>%25</c>. Decoding the raw segment once is exact.
/// </summary>
internal static class RawPath
{
    /// <summary>The percent-decoded path segment at <paramref name="index"/> (0 is the first after the leading '/').</summary>
    public static string Segment(HttpContext context, int index)
    {
        var target = RawTarget(context);
        var query = target.IndexOf('?', StringComparison.Ordinal);
        var path = query >= 0 ? target.AsSpan(0, query) : target.AsSpan();
        var segment = 0;
        foreach (var range in path.TrimStart('/').Split('/'))
        {
            if (segment++ == index)
            {
                return Uri.UnescapeDataString(path.TrimStart('/')[range].ToString());
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// Whether the request target (path and query) percent-decodes to UTF-8. <see cref="Uri.UnescapeDataString(string)"/>
    /// (and so <see cref="Segment"/>) keeps an undecodable <c>%FF%FE</c> as that literal text, which would then
    /// collide with the identifier really spelled <c>%FF%FE</c> (sent as <c>%25FF%25FE</c>); the front door
    /// refuses such targets first. A '%' not followed by two hex digits stays a literal '%', as before.
    /// </summary>
    public static bool IsDecodable(HttpContext context)
    {
        var target = RawTarget(context).AsSpan();
        if (!target.Contains('%'))
        {
            return true;
        }

        byte[]? rented = null;
        var bytes = target.Length <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(target.Length));
        try
        {
            var length = 0;
            for (var i = 0; i < target.Length; i++)
            {
                var c = target[i];
                if (c == '%' && i + 2 < target.Length && char.IsAsciiHexDigit(target[i + 1]) && char.IsAsciiHexDigit(target[i + 2]))
                {
                    bytes[length++] = (byte)((HexValue(target[i + 1]) << 4) | HexValue(target[i + 2]));
                    i += 2;
                }
                else if (char.IsAscii(c))
                {
                    bytes[length++] = (byte)c;
                }
                else
                {
                    // Kestrel hands over a raw target of ASCII; anything else is left to the decoder's own rules.
                    return true;
                }
            }

            return Utf8.IsValid(bytes[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static string RawTarget(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
