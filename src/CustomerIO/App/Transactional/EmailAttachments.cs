using System.Linq;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace CustomerIO.App;

/// <summary>
/// The files of a <see cref="TransactionalEmail"/>, by file name, sent as base64. Customer.io takes all of them
/// together under <see cref="MaxTotalBytes"/> (2 MB): adding a file that would reach it is refused at once, so an
/// email that cannot be sent never leaves.
/// </summary>
public sealed class EmailAttachments : IReadOnlyCollection<KeyValuePair<string, ReadOnlyMemory<byte>>>
{
    /// <summary>All attachments together must stay under this many bytes (before base64): 2 MB.</summary>
    public const long MaxTotalBytes = 2 * 1024 * 1024;

    private readonly List<KeyValuePair<string, ReadOnlyMemory<byte>>> _files = [];

    /// <summary>The files' total size in bytes (before base64).</summary>
    public long TotalBytes { get; private set; }

    /// <inheritdoc/>
    public int Count => _files.Count;

    /// <summary>Adds a file from bytes (kept, not copied).</summary>
    /// <param name="fileName">The name the recipient sees, unique within the email.</param>
    /// <param name="content">The file's bytes.</param>
    /// <returns>This collection, for chaining.</returns>
    /// <exception cref="CustomerIOValidationException">The name is empty or taken, or the total would reach 2 MB.</exception>
    public EmailAttachments Add(string fileName, ReadOnlyMemory<byte> content)
    {
        var total = CheckRoom(fileName, content.Length);
        _files.Add(new(fileName, content));
        TotalBytes = total;
        return this;
    }

    /// <summary>Adds a file read from a stream to its end (reading stops at the limit, so a huge stream is not read whole).</summary>
    /// <param name="fileName">The name the recipient sees.</param>
    /// <param name="content">The stream, read from its current position; not disposed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task that completes when the file is added.</returns>
    /// <exception cref="CustomerIOValidationException">The name is empty or taken, or the total would reach 2 MB.</exception>
    public async Task AddAsync(string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        // Reading stops at the first byte that would reach the limit; the refusal then names the size reached so far.
        var (bytes, read) = await BoundedRead.ReadAsync(content, MaxTotalBytes - TotalBytes - 1, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            CheckRoom(fileName, read); // throws: the name is taken, or the size reached is the limit or more
        }

        Add(fileName, bytes);
    }

    /// <summary>The total with a file of this name and length added; throws when the name is taken or the total reaches the limit.</summary>
    private long CheckRoom(string fileName, long length)
    {
        Validation.Guard.NotEmpty(fileName, nameof(fileName), "attachment file name");
        if (_files.Any(f => string.Equals(f.Key, fileName, StringComparison.Ordinal)))
        {
            throw new CustomerIOValidationException(nameof(fileName), "An email has one attachment per file name; the name is already used.");
        }

        var total = TotalBytes + length;
        if (total >= MaxTotalBytes)
        {
            throw new CustomerIOValidationException(
                "attachments",
                string.Format(CultureInfo.InvariantCulture, "Attachments must stay under {0} bytes together; adding this file makes {1}.", MaxTotalBytes, total),
                MaxTotalBytes,
                total);
        }

        return total;
    }

    /// <summary>Adds a file from disk.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="fileName">The name the recipient sees; the file's own name when omitted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task that completes when the file is added.</returns>
    /// <exception cref="CustomerIOValidationException">The name is taken, or the total would reach 2 MB.</exception>
    public async Task AddFileAsync(string path, string? fileName = null, CancellationToken cancellationToken = default)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        await AddAsync(fileName ?? Path.GetFileName(path), file, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, ReadOnlyMemory<byte>>> GetEnumerator() => _files.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("attachments");
        foreach (var file in _files)
        {
            writer.WriteBase64String(file.Key, file.Value.Span);
        }

        writer.WriteEndObject();
    }
}
