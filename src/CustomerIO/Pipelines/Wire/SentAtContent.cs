using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using CustomerIO.Transport;

namespace CustomerIO.Pipelines.Wire;

/// <summary>
/// A Pipelines body stamped with <c>sentAt</c> at each attempt: the body's bytes up to where its closing starts, then
/// <c>,"sentAt":"&lt;now&gt;"}</c> written when the transport asks for the attempt's content (so the transport's own
/// retries carry their own time too). The body's bytes are sent in place, not copied.
/// </summary>
internal sealed class SentAtContent(ReadOnlyMemory<byte> open, TimeProvider time) : ApiContent
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    /// <summary>A single message (its JSON, closing brace included) sent alone.</summary>
    public static SentAtContent ForMessage(byte[] json, TimeProvider time) => new(json.AsMemory(0, json.Length - 1), time);

    /// <summary>A whole body that already ends with a <c>sentAt</c> closing (the queue's batches): that closing is written anew.</summary>
    public static SentAtContent Restamp(ReadOnlyMemory<byte> body, TimeProvider time) => new(body.Slice(0, body.Length - SentAt.ClosingLength), time);

    /// <inheritdoc/>
    public override HttpContent Create()
    {
        var closing = new byte[SentAt.ClosingLength];
        SentAt.WriteClosing(time.GetUtcNow(), closing);
        return new Stamped(open, closing);
    }

    /// <summary>The two parts written one after the other.</summary>
    private sealed class Stamped : HttpContent
    {
        private readonly ReadOnlyMemory<byte> _open;
        private readonly byte[] _closing;

        public Stamped(ReadOnlyMemory<byte> open, byte[] closing)
        {
            _open = open;
            _closing = closing;
            Headers.ContentType = JsonContentType;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            if (MemoryMarshal.TryGetArray(_open, out var segment))
            {
                await stream.WriteAsync(segment.Array!, segment.Offset, segment.Count).ConfigureAwait(false);
            }
            else
            {
                var copy = _open.ToArray();
                await stream.WriteAsync(copy, 0, copy.Length).ConfigureAwait(false);
            }

            await stream.WriteAsync(_closing, 0, _closing.Length).ConfigureAwait(false);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _open.Length + _closing.Length;
            return true;
        }
    }
}
