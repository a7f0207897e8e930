using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;
using CustomerIO.Transport;

namespace CustomerIO.Tests.Transport;

public sealed class MultipartContentTests
{
    private static readonly ApiOperation Import = new("app", HttpMethod.Post, "/v1/imports", idempotent: true);
    private readonly RecordingHandler _handler = new();

    private static MultipartApiContent Form(string fileName = "people.csv") => new(
        [
            new MultipartPart("name", Encoding.UTF8.GetBytes("spring import")),
            new MultipartPart("file", Encoding.UTF8.GetBytes("id,email\n1,ann@example.com\n"), fileName, "text/csv"),
        ],
        "test-boundary");

    [Fact]
    public async Task A_multipart_form_goes_out_with_its_boundary_parts_and_content_type()
    {
        await Pipeline().SendAsync(Import.For().WithContent(Form()), CancellationToken.None);

        var request = _handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://track.example.test/v1/imports", request.Url);
        Assert.Equal("multipart/form-data; boundary=\"test-boundary\"", request.ContentType);
        Assert.Equal(
            "--test-boundary\r\n"
            + "Content-Disposition: form-data; name=\"name\"\r\n\r\n"
            + "spring import\r\n"
            + "--test-boundary\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + "id,email\n1,ann@example.com\n\r\n"
            + "--test-boundary--\r\n",
            request.Body);
    }

    [Fact]
    public async Task A_file_name_that_is_not_ascii_goes_out_as_filename_star_with_an_ascii_fallback()
    {
        await Pipeline().SendAsync(Import.For().WithContent(Form("Übersicht \"Q1\".csv")), CancellationToken.None);

        Assert.Contains(
            "Content-Disposition: form-data; name=\"file\"; filename=\"_bersicht \\\"Q1\\\".csv\"; filename*=utf-8''%C3%9Cbersicht%20%22Q1%22.csv\r\n",
            _handler.Single.Body,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_sends_the_same_form_again()
    {
        _handler.Enqueue(503);

        await Pipeline(o =>
        {
            o.Retry.MaxRetries = 1;
            o.Retry.BaseDelay = TimeSpan.FromTicks(1);
            o.Retry.MaxDelay = TimeSpan.FromTicks(1);
            o.Random = () => 0;
        }).SendAsync(Import.For().WithContent(Form()), CancellationToken.None);

        Assert.Equal(2, _handler.Requests.Count);
        Assert.Equal(_handler.Requests[0].Body, _handler.Requests[1].Body);
        Assert.Equal(_handler.Requests[0].ContentType, _handler.Requests[1].ContentType);
    }

    [Fact]
    public void A_random_boundary_is_made_when_none_is_given()
    {
        var first = new MultipartApiContent([]);
        var second = new MultipartApiContent([]);

        Assert.Matches("^cio-[0-9a-f]{32}$", first.Boundary);
        Assert.NotEqual(first.Boundary, second.Boundary);
    }

    [Fact]
    public void A_part_name_that_is_not_ascii_is_a_programming_error()
    {
        var form = new MultipartApiContent([new MultipartPart("naïve", Array.Empty<byte>())], "b");

        Assert.Throws<ArgumentException>(() => form.Create());
    }

    private HttpPipeline Pipeline(Action<TrackClientOptions>? configure = null) =>
        new("app", TestTrackClient.Endpoint, credentials: null, TestTrackClient.Options(_handler, configure ?? (o => o.Retry.MaxRetries = 0)), "tests");
}
