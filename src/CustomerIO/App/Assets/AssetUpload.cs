using System.IO;
using System.Linq;
using System.Text;
using CustomerIO.Transport;

namespace CustomerIO.App;

/// <summary>
/// A file to upload as an asset (<c>POST /v1/assets/files</c>, a <c>multipart/form-data</c> body): an image or a PDF of
/// at most <see cref="MaxBytes"/>, with its media type, and optionally a display name and a folder. Refused before
/// sending when it breaks one of those rules.
/// </summary>
public sealed class AssetUpload
{
    /// <summary>The largest file Customer.io accepts: 2 MB.</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>The media types Customer.io accepts.</summary>
    public static IReadOnlyList<string> AcceptedContentTypes { get; } = ["image/bmp", "image/jpeg", "image/jpg", "image/png", "image/gif", "application/pdf"];

    /// <summary>Describes the upload.</summary>
    /// <param name="fileName">The file's name (sent as the part's file name; the display name unless <see cref="Name"/> is set).</param>
    /// <param name="content">The file's bytes (at most <see cref="MaxBytes"/>).</param>
    /// <param name="contentType">Its media type, one of <see cref="AcceptedContentTypes"/>.</param>
    /// <param name="name">A display name other than the file's name.</param>
    /// <param name="parentFolderId">The folder to put it in; the root when omitted.</param>
    public AssetUpload(string fileName, ReadOnlyMemory<byte> content, string contentType, string? name = null, long? parentFolderId = null)
    {
        FileName = fileName;
        Content = content;
        ContentType = contentType;
        Name = name;
        ParentFolderId = parentFolderId;
    }

    /// <summary>The file's name.</summary>
    public string FileName { get; }

    /// <summary>The file's bytes.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>The file's media type.</summary>
    public string ContentType { get; }

    /// <summary>A display name other than the file's name.</summary>
    public string? Name { get; }

    /// <summary>The folder to put it in; the root when omitted.</summary>
    public long? ParentFolderId { get; }

    /// <summary>An upload read from a stream (reading stops past the limit, so a huge stream is not read whole).</summary>
    /// <param name="fileName">The file's name.</param>
    /// <param name="content">The stream, read from its current position; not disposed.</param>
    /// <param name="contentType">Its media type, one of <see cref="AcceptedContentTypes"/>.</param>
    /// <param name="name">A display name other than the file's name.</param>
    /// <param name="parentFolderId">The folder to put it in; the root when omitted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The upload.</returns>
    /// <exception cref="CustomerIOValidationException">The stream holds more than <see cref="MaxBytes"/>.</exception>
    public static async Task<AssetUpload> FromStreamAsync(
        string fileName, Stream content, string contentType, string? name = null, long? parentFolderId = null, CancellationToken cancellationToken = default)
    {
        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        var (bytes, read) = await BoundedRead.ReadAsync(content, MaxBytes, cancellationToken).ConfigureAwait(false);
        return bytes is null
            ? throw TooLarge(nameof(content), read, orMore: true)
            : new AssetUpload(fileName, bytes, contentType, name, parentFolderId);
    }

    /// <summary>An upload read from disk, its media type taken from the extension when not given.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="contentType">Its media type; from the extension (<c>.png</c>, <c>.jpg</c>, <c>.jpeg</c>, <c>.gif</c>, <c>.bmp</c>, <c>.pdf</c>) when omitted.</param>
    /// <param name="name">A display name other than the file's name.</param>
    /// <param name="parentFolderId">The folder to put it in; the root when omitted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The upload.</returns>
    /// <exception cref="CustomerIOValidationException">The extension is not one of those and no media type was given, or the file is too large.</exception>
    public static async Task<AssetUpload> FromFileAsync(
        string path, string? contentType = null, string? name = null, long? parentFolderId = null, CancellationToken cancellationToken = default)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var type = contentType ?? Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".PNG" => "image/png",
            ".JPG" or ".JPEG" => "image/jpeg",
            ".GIF" => "image/gif",
            ".BMP" => "image/bmp",
            ".PDF" => "application/pdf",
            _ => throw new CustomerIOValidationException(nameof(contentType), "The file's extension names no accepted media type; give the media type."),
        };
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        return await FromStreamAsync(Path.GetFileName(path), file, type, name, parentFolderId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The form, after checking every rule: the <c>file</c> part, then <c>name</c> and <c>parent_folder_id</c> when set.</summary>
    internal MultipartApiContent ToContent(string parameterName)
    {
        Validation.Guard.NotEmpty(FileName, parameterName + ".FileName", "file name");
        Validation.Guard.NotEmpty(ContentType, parameterName + ".ContentType", "media type");
        if (Content.Length == 0)
        {
            throw new CustomerIOValidationException(parameterName + ".Content", "An asset file must not be empty.");
        }

        if (Content.Length > MaxBytes)
        {
            throw TooLarge(parameterName + ".Content", Content.Length, orMore: false);
        }

        if (!AcceptedContentTypes.Contains(ContentType.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            throw new CustomerIOValidationException(
                parameterName + ".ContentType",
                $"Customer.io accepts asset files of these media types only: {string.Join(", ", AcceptedContentTypes)}.");
        }

        if (Name is not null)
        {
            Validation.Guard.NotEmpty(Name, parameterName + ".Name", "asset name");
        }

        var parts = new List<MultipartPart> { new("file", Content, FileName, ContentType.Trim().ToLowerInvariant()) };
        if (Name is not null)
        {
            parts.Add(new("name", Encoding.UTF8.GetBytes(Name)));
        }

        if (ParentFolderId is { } folder)
        {
            parts.Add(new("parent_folder_id", Encoding.ASCII.GetBytes(folder.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return new MultipartApiContent(parts);
    }

    private static CustomerIOValidationException TooLarge(string parameterName, long actual, bool orMore) =>
        new(parameterName, $"An asset file must be at most {MaxBytes} bytes (2 MB); this one has {actual}{(orMore ? " or more" : string.Empty)}.", MaxBytes, actual);
}
