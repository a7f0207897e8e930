namespace CustomerIO.App;

/// <summary>The upload, written by hand: its body is a multipart form built from the file, not JSON from a row.</summary>
public partial class AssetsClient
{
    /// <summary>Uploads an asset file (<c>POST /v1/assets/files</c>, a <c>multipart/form-data</c> body). Not repeated after an ambiguous failure.</summary>
    /// <param name="upload">The file, its media type, and optionally a display name and a folder.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored file.</returns>
    /// <exception cref="CustomerIOValidationException">The file is empty, over 2 MB, or of a media type Customer.io does not accept.</exception>
    public virtual Task<AssetFile> UploadFileAsync(AssetUpload upload, CancellationToken cancellationToken = default)
    {
        if (upload is null)
        {
            throw new ArgumentNullException(nameof(upload));
        }

        var request = AppOperations.AssetsUploadFile.For().WithContent(upload.ToContent(nameof(upload)));
        return Pipeline.SendAsync(request, AppJsonContext.Wire.AssetFileAnswer, static answer => answer.Asset, cancellationToken);
    }
}
