using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace CustomerIO.Transport;

/// <summary>
/// A <c>multipart/form-data</c> body (RFC 7578), for uploads such as CSV imports and attachments. Part names and
/// file names are quoted here, the same way on every target framework; a file name that is not ASCII also goes
/// out as <c>filename*</c> (RFC 6266), with an ASCII fallback in <c>filename</c>, since HTTP headers are ASCII.
/// </summary>
internal sealed class MultipartApiContent : ApiContent
{
    private readonly IReadOnlyList<MultipartPart> _parts;

    /// <summary>Describes the form.</summary>
    /// <param name="parts">The parts, in order.</param>
    /// <param name="boundary">The boundary; a new random one when empty (tests pass their own).</param>
    public MultipartApiContent(IReadOnlyList<MultipartPart> parts, string? boundary = null)
    {
        _parts = parts;
        Boundary = boundary ?? "cio-" + Guid.NewGuid().ToString("N");
    }

    /// <summary>The boundary between parts.</summary>
    public string Boundary { get; }

    /// <inheritdoc/>
    public override HttpContent Create()
    {
        var form = new MultipartFormDataContent(Boundary);
        foreach (var part in _parts)
        {
            var content = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(part.Content, out var segment)
                ? new ByteArrayContent(segment.Array!, segment.Offset, segment.Count)
                : new ByteArrayContent(part.Content.ToArray());
            content.Headers.TryAddWithoutValidation("Content-Disposition", Disposition(part));
            if (part.ContentType is not null)
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(part.ContentType);
            }

            form.Add(content);
        }

        return form;
    }

    private static string Disposition(MultipartPart part)
    {
        var disposition = new StringBuilder("form-data; name=").Append(Quote(part.Name));
        if (part.FileName is { } fileName)
        {
            var ascii = IsAscii(fileName);
            disposition.Append("; filename=").Append(Quote(ascii ? fileName : AsciiFallback(fileName)));
            if (!ascii)
            {
                disposition.Append("; filename*=utf-8''").Append(Uri.EscapeDataString(fileName));
            }
        }

        return disposition.ToString();
    }

    private static string Quote(string value)
    {
        if (!IsAscii(value))
        {
            // Names come from the SDK's own tables, file names are already made ASCII: reaching this is a bug.
            throw new ArgumentException("A multipart part name must be printable ASCII.", nameof(value));
        }

        return "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }

    private static bool IsAscii(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static string AsciiFallback(string value)
    {
        var fallback = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            fallback.Append(c is < ' ' or > '~' ? '_' : c);
        }

        return fallback.ToString();
    }
}

/// <summary>One part of a <see cref="MultipartApiContent"/>.</summary>
/// <param name="Name">The form field's name (ASCII).</param>
/// <param name="Content">The part's bytes.</param>
/// <param name="FileName">The file name, for a file part.</param>
/// <param name="ContentType">The part's media type, for example <c>text/csv</c>; none when empty.</param>
internal sealed record MultipartPart(string Name, ReadOnlyMemory<byte> Content, string? FileName = null, string? ContentType = null);
