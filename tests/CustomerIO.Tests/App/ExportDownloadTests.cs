using System.IO;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.App;

/// <summary>The export download helper: the signed link is asked for with the key, the file fetched without it.</summary>
public sealed class ExportDownloadTests
{
    [Fact]
    public async Task The_file_is_streamed_from_the_signed_link_without_credentials()
    {
        var handler = new RecordingHandler().Enqueue(200, AppSamples.ExportDownload).Enqueue(200, "id,email\n1,ann@example.com\n");
        using var file = new MemoryStream();

        var written = await TestAppClient.Create(handler).Exports.DownloadAsync(110, file);

        Assert.Equal(2, handler.Requests.Count);
        handler.Requests[0].AssertIs("GET", "/v1/exports/110/download", null, WireApi.App);
        Assert.Equal("https://files.example.test/exports/110.csv?signature=abc", handler.Requests[1].Url);
        Assert.Null(handler.Requests[1].Authorization);
        Assert.Equal("id,email\n1,ann@example.com\n", Encoding.UTF8.GetString(file.ToArray()));
        Assert.Equal(file.Length, written);
    }

    [Fact]
    public async Task A_link_that_answers_an_error_is_an_exception_naming_the_status_only()
    {
        var handler = new RecordingHandler().Enqueue(200, AppSamples.ExportDownload).Enqueue(403, "<Error>AccessDenied</Error>");

        var error = await Assert.ThrowsAsync<CustomerIOException>(() => TestAppClient.Create(handler).Exports.DownloadAsync(110, new MemoryStream()));

        Assert.Equal("The export's download link answered 403.", error.Message);
    }
}
