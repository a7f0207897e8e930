using System.IO;
using System.Net.Http;
using CustomerIO.Transport;

namespace CustomerIO.App;

/// <summary>The download helper, written by hand: the signed link is fetched without the App API key.</summary>
public partial class ExportsClient
{
    /// <summary>
    /// Downloads a finished export into <paramref name="destination"/>: asks for its signed link
    /// (<see cref="GetDownloadUrlAsync"/>), then streams the file from it. The link is another host (storage), so the
    /// request carries no credentials.
    /// </summary>
    /// <param name="exportId">The export's id.</param>
    /// <param name="destination">Where the file's bytes go; not disposed.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>How many bytes were written.</returns>
    /// <exception cref="CustomerIOException">The link could not be had, or the file's host answered an error.</exception>
    public virtual async Task<long> DownloadAsync(long exportId, Stream destination, CancellationToken cancellationToken = default)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        var link = await GetDownloadUrlAsync(exportId, cancellationToken).ConfigureAwait(false);
        if (link.Url is not { IsAbsoluteUri: true } url)
        {
            throw new CustomerIOException("GET /v1/exports/{export_id}/download answered no download link.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await Pipeline.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new CustomerIOException($"The export's download link answered {(int)response.StatusCode}.");
        }

#if NET5_0_OR_GREATER
        using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            await destination.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
            total += read;
        }

        return total;
    }
}
