using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.AspNetCore.Internal;

/// <summary>
/// A request body read once, whole, into a pooled buffer (the signature is over its exact bytes), refusing to read
/// past a limit. Dispose returns the buffer, cleared: bodies hold personal data.
/// </summary>
internal sealed class WebhookBody : IDisposable
{
    private byte[] _buffer;

    private WebhookBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    /// <summary>Reads the body; null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<WebhookBody?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > maxBytes)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 4096, maxBytes) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new WebhookBody(buffer, length);
                }

                length += read;
                if (length > maxBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                    return null;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
            throw;
        }
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }
}
