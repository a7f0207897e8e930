using System.Net.Http;
using System.Net.Http.Headers;
using CustomerIO.Transport;

namespace CustomerIO.Pipelines.Wire;

/// <summary>
/// A Pipelines body stamped with <c>sentAt</c> at each attempt: the body's bytes up to (not including) its closing
/// <c>}</c>, then <c>,"sentAt":"&lt;now&gt;"}</c> written when the transport asks for the attempt's content.
/// </summary>
internal sealed class SentAtContent(byte[] open, int length, TimeProvider time) : ApiContent
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    /// <summary>A single message (its JSON, closing brace included) sent alone.</summary>
    public static SentAtContent ForMessage(byte[] json, TimeProvider time) => new(json, json.Length - 1, time);

    /// <inheritdoc/>
    public override HttpContent Create()
    {
        var body = new byte[length + SentAt.ClosingLength];
        Buffer.BlockCopy(open, 0, body, 0, length);
        SentAt.WriteClosing(time.GetUtcNow(), body.AsSpan(length));
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = JsonContentType;
        return content;
    }
}
