using System.Net.Http;
using System.Net.Http.Headers;

namespace CustomerIO.Transport;

/// <summary>
/// What a request carries. Each attempt gets a fresh <see cref="HttpContent"/> (<see cref="Create"/>), because
/// the transport disposes what it sent and a retry must send the same bytes again.
/// </summary>
internal abstract class ApiContent
{
    /// <summary>A new content object for one attempt.</summary>
    /// <returns>The content, headers set.</returns>
    public abstract HttpContent Create();
}

/// <summary>A UTF-8 JSON body (<c>Content-Type: application/json</c>).</summary>
internal sealed class JsonApiContent(ReadOnlyMemory<byte> bytes) : ApiContent
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    /// <summary>The body.</summary>
    public ReadOnlyMemory<byte> Bytes { get; } = bytes;

    /// <inheritdoc/>
    public override HttpContent Create()
    {
        // Sends the caller's array in place when there is one: bodies can be a batch's megabytes.
        var content = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(Bytes, out var segment)
            ? new ByteArrayContent(segment.Array!, segment.Offset, segment.Count)
            : new ByteArrayContent(Bytes.ToArray());
        content.Headers.ContentType = JsonContentType;
        return content;
    }
}
