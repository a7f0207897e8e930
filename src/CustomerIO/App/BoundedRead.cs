using System.IO;

namespace CustomerIO.App;

/// <summary>Reads a caller's stream into memory for an upload, stopping at its limit so a huge stream is not read whole.</summary>
internal static class BoundedRead
{
    /// <summary>The stream's bytes to its end, or null (with how many were read) as soon as more than <paramref name="maxBytes"/> were.</summary>
    public static async Task<(byte[]? Bytes, long Read)> ReadAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return (null, buffer.Length);
            }
        }

        return (buffer.ToArray(), buffer.Length);
    }
}
