using System.Text.Json.Serialization;
using CustomerIO.Serialization;
using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;
using CustomerIO.Transport;

namespace CustomerIO.Tests.Transport;

public sealed class TypedAnswerTests
{
    private static readonly ApiOperation GetSegment = new("app", HttpMethod.Get, "/v1/segments/{segment_id}", idempotent: true);
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task A_documented_answer_is_read_through_its_type_info()
    {
        _handler.Enqueue(HttpStatusCode.OK, "{\"url\":\"https://track-eu.customer.io\",\"region\":\"eu\",\"environment_id\":98765}");

        var region = await Pipeline().SendAsync(Request(), CustomerIOJsonContext.Wire.RegionInfo, CancellationToken.None);

        Assert.Equal("https://track-eu.customer.io", region.Url);
        Assert.Equal("eu", region.Region);
        Assert.Equal(98765L, region.EnvironmentId);
        _handler.Single.AssertIs("GET", "/v1/segments/42", null, WireApi.Track.WithoutCredentials);
    }

    [Fact]
    public async Task An_envelope_answer_yields_the_part_the_selector_picks()
    {
        _handler.Enqueue(HttpStatusCode.OK, "{\"segment\":{\"id\":42,\"name\":\"VIPs\"},\"other\":true}");

        var segment = await Pipeline().SendAsync(Request(), AnswerTestJsonContext.Default.SegmentEnvelope, static e => e.Segment, CancellationToken.None);

        Assert.Equal(42, segment.Id);
        Assert.Equal("VIPs", segment.Name);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"segment\":null}")]
    public async Task An_envelope_without_its_part_is_a_customerio_exception(string body)
    {
        _handler.Enqueue(HttpStatusCode.OK, body);

        var error = await Assert.ThrowsAsync<CustomerIOException>(
            () => Pipeline().SendAsync(Request(), AnswerTestJsonContext.Default.SegmentEnvelope, static e => e.Segment, CancellationToken.None));

        Assert.Equal(typeof(CustomerIOException), error.GetType());
        Assert.Equal("GET /v1/segments/{segment_id} answered JSON without the expected content.", error.Message);
    }

    [Fact]
    public async Task A_json_null_answer_is_an_empty_body()
    {
        _handler.Enqueue(HttpStatusCode.OK, "null");

        var error = await Assert.ThrowsAsync<CustomerIOException>(() => Pipeline().SendAsync(Request(), AnswerTestJsonContext.Default.Segment, CancellationToken.None));

        Assert.Equal("GET /v1/segments/{segment_id} answered an empty body.", error.Message);
        Assert.Null(error.InnerException);
    }

    [Theory]
    [InlineData("<html>captive portal secret-7</html>")]
    [InlineData("")]
    [InlineData("{\"id\":\"secret-7\",\"name\":\"VIPs\"}")]
    [InlineData("{\"id\":42,\"name\":\"secret-7\"} trailing")]
    public async Task A_2xx_body_that_is_not_the_documented_json_names_method_and_template_never_the_body(string body)
    {
        _handler.Enqueue(HttpStatusCode.OK, body);

        var error = await Assert.ThrowsAsync<CustomerIOException>(() => Pipeline().SendAsync(Request(), AnswerTestJsonContext.Default.Segment, CancellationToken.None));

        Assert.Equal(typeof(CustomerIOException), error.GetType());
        Assert.Equal("GET /v1/segments/{segment_id} answered a body that is not the expected JSON.", error.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
        Assert.DoesNotContain("secret-7", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/v1/segments/42", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_status_stays_an_api_exception_and_is_not_read_as_an_answer()
    {
        _handler.Enqueue(HttpStatusCode.NotFound, "{\"meta\":{\"error\":\"no such segment\"}}");

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => Pipeline().SendAsync(Request(), AnswerTestJsonContext.Default.Segment, CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("/v1/segments/{segment_id}", error.Path);
    }

    [Fact]
    public async Task A_download_answers_the_body_bytes_as_they_came()
    {
        byte[] bytes = [0xFF, 0x00, 0x01, (byte)'\n', 0xFE];
        _handler.Enqueue(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) });

        var body = await Pipeline().DownloadAsync(Request(), CancellationToken.None);

        Assert.Equal(bytes, body);
    }

    [Fact]
    public async Task A_download_without_a_body_is_empty()
    {
        _handler.Enqueue(HttpStatusCode.NoContent, null);

        Assert.Empty(await Pipeline().DownloadAsync(Request(), CancellationToken.None));
    }

    private static ApiRequest Request() => GetSegment.For(PathValue.Number(42, "segmentId"));

    private HttpPipeline Pipeline() =>
        new("app", TestTrackClient.Endpoint, credentials: null, TestTrackClient.Options(_handler, o => o.Retry.MaxRetries = 0), "tests");
}

/// <summary>An App-style answer that wraps its value: <c>{"segment": {...}}</c>.</summary>
public sealed class SegmentEnvelope
{
    [JsonPropertyName("segment")]
    public TestSegment? Segment { get; init; }
}

/// <summary>A small read model.</summary>
public sealed class TestSegment
{
    [JsonPropertyName("id")]
    public int Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }
}

[JsonSerializable(typeof(SegmentEnvelope))]
[JsonSerializable(typeof(TestSegment), TypeInfoPropertyName = "Segment")]
internal sealed partial class AnswerTestJsonContext : JsonSerializerContext;
