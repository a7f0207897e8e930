using System.IO;
using System.Text.RegularExpressions;
using CustomerIO.App;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.App;

/// <summary>
/// The asset upload (<c>POST /v1/assets/files</c>), written by hand: its multipart form exactly, the answer, that it is
/// not repeated after an ambiguous failure, and every rule refused before anything is sent.
/// </summary>
public sealed class AssetUploadTests
{
    private static readonly byte[] Gif = "GIF89a;"u8.ToArray();

    [Fact]
    public async Task The_file_name_and_folder_go_out_as_a_multipart_form_and_the_stored_file_comes_back()
    {
        var handler = new RecordingHandler().Enqueue(200, AppSamples.AssetFileAnswer);

        var file = await TestAppClient.Create(handler).Assets.UploadFileAsync(new AssetUpload("banner.gif", Gif, "image/GIF", name: "Banner", parentFolderId: 5));

        var request = Assert.Single(handler.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://api.example.test/v1/assets/files", request.Url);
        Assert.Equal("Bearer " + TestAppClient.ApiKey, request.Authorization);
        var boundary = Boundary(request);
        Assert.Equal(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"banner.gif\"\r\nContent-Type: image/gif\r\n\r\nGIF89a;\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nBanner\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"parent_folder_id\"\r\n\r\n5\r\n"
            + $"--{boundary}--\r\n",
            request.Body);
        Assert.Equal(31, file.Id);
        Assert.Equal("banner.png", file.Name);
        Assert.Equal(5, file.ParentFolderId);
        Assert.Equal(2048, file.Size);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1773856017), file.Created);
    }

    [Fact]
    public async Task Without_a_name_or_folder_only_the_file_part_is_sent()
    {
        var handler = new RecordingHandler().Enqueue(200, AppSamples.AssetFileAnswer);

        await TestAppClient.Create(handler).Assets.UploadFileAsync(new AssetUpload("a.pdf", "%PDF-1.7"u8.ToArray(), "application/pdf"));

        var request = Assert.Single(handler.Requests);
        var boundary = Boundary(request);
        Assert.Equal(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\r\n--{boundary}--\r\n",
            request.Body);
    }

    [Fact]
    public async Task It_is_not_repeated_after_an_ambiguous_failure()
    {
        var handler = new RecordingHandler().Enqueue(503).Enqueue(200, AppSamples.AssetFileAnswer);

        await Assert.ThrowsAnyAsync<CustomerIOException>(() => TestAppClient.Create(handler).Assets.UploadFileAsync(new AssetUpload("banner.gif", Gif, "image/gif")));

        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("image/svg+xml", "upload.ContentType", "Customer.io accepts asset files of these media types only: image/bmp, image/jpeg, image/jpg, image/png, image/gif, application/pdf. (Parameter 'upload.ContentType')")]
    [InlineData("", "upload.ContentType", "The media type must not be empty. (Parameter 'upload.ContentType')")]
    public async Task A_media_type_customer_io_refuses_is_refused_before_sending(string contentType, string parameter, string message)
    {
        var handler = new RecordingHandler();

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => TestAppClient.Create(handler).Assets.UploadFileAsync(new AssetUpload("x.svg", Gif, contentType)));

        Assert.Equal(parameter, error.ParameterName);
        Assert.Equal(message, error.Message);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_file_over_2_mb_is_refused_naming_the_limit_and_an_empty_one_too()
    {
        var handler = new RecordingHandler();
        var app = TestAppClient.Create(handler);

        var tooLarge = await Assert.ThrowsAsync<CustomerIOValidationException>(() => app.Assets.UploadFileAsync(new AssetUpload("big.png", new byte[AssetUpload.MaxBytes + 1], "image/png")));
        var empty = await Assert.ThrowsAsync<CustomerIOValidationException>(() => app.Assets.UploadFileAsync(new AssetUpload("none.png", Array.Empty<byte>(), "image/png")));
        await app.Assets.UploadFileAsync(new AssetUpload("max.png", new byte[AssetUpload.MaxBytes], "image/png")).ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.Equal("upload.Content", tooLarge.ParameterName);
        Assert.Equal("An asset file must be at most 2097152 bytes (2 MB); this one has 2097153. (Parameter 'upload.Content')", tooLarge.Message);
        Assert.Equal("An asset file must not be empty. (Parameter 'upload.Content')", empty.Message);
        Assert.Single(handler.Requests); // the file of exactly 2 MB went out
    }

    [Fact]
    public async Task A_stream_is_read_only_until_it_passes_the_limit()
    {
        using var stream = new MemoryStream(new byte[(3 * AssetUpload.MaxBytes) + 5]);

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => AssetUpload.FromStreamAsync("big.png", stream, "image/png"));

        Assert.Equal("content", error.ParameterName);
        Assert.True(stream.Position < 2 * AssetUpload.MaxBytes, "The whole stream was read.");
        Assert.EndsWith("or more. (Parameter 'content')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_on_disk_takes_its_media_type_from_its_extension()
    {
        var path = Path.Combine(Path.GetTempPath(), "cio-asset-" + Guid.NewGuid().ToString("N") + ".JPG");
        await File.WriteAllBytesAsync(path, [0xFF, 0xD8, 0xFF]);
        try
        {
            var upload = await AssetUpload.FromFileAsync(path);

            Assert.Equal("image/jpeg", upload.ContentType);
            Assert.Equal(Path.GetFileName(path), upload.FileName);
            Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, upload.Content.ToArray());
            var unknown = await Assert.ThrowsAsync<CustomerIOValidationException>(() => AssetUpload.FromFileAsync("notes.txt"));
            Assert.Equal("contentType", unknown.ParameterName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Boundary(RecordedRequest request)
    {
        var match = Regex.Match(request.ContentType ?? string.Empty, "^multipart/form-data; boundary=\"?([^\"]+)\"?$", RegexOptions.CultureInvariant);
        Assert.True(match.Success, "Not a multipart form: " + request.ContentType);
        return match.Groups[1].Value;
    }
}
