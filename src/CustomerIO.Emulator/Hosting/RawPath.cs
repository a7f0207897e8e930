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
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;
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
}
