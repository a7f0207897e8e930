using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Track;

public sealed class AccountFormUnsubscribeTests
{
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task Region_lookup_gets_and_parses_the_answer()
    {
        _handler.Enqueue(HttpStatusCode.OK, "{\"url\":\"https://track-eu.customer.io\",\"region\":\"eu\",\"environment_id\":98765}");
        var client = TestTrackClient.Create(_handler);

        var region = await client.GetRegionAsync();

        var request = _handler.Single;
        Assert.Equal("GET", request.Method);
        Assert.Equal("https://track.example.test/api/v1/accounts/region", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: false);
        Assert.Equal("https://track-eu.customer.io", region.Url);
        Assert.Equal("eu", region.Region);
        Assert.Equal(98765L, region.EnvironmentId);
        Assert.Same(CustomerIORegion.EU, CustomerIORegion.FromName(region.Region));
    }

    [Fact]
    public async Task Submit_form_with_id_instead_of_email()
    {
        _handler.Enqueue(HttpStatusCode.NoContent, null);
        var client = TestTrackClient.Create(_handler);

        await client.SubmitFormAsync("f1", new Dictionary<string, string> { ["id"] = "user-42" });

        Assert.Equal("{\"data\":{\"id\":\"user-42\"}}", _handler.Single.Body);
    }

    [Fact]
    public async Task Submit_form_without_email_or_id_is_refused()
    {
        var client = TestTrackClient.Create(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(
            () => client.SubmitFormAsync("f1", new Dictionary<string, string> { ["name"] = "Ann", ["Email"] = "ann@example.com" }));

        Assert.Equal("data", error.ParameterName);
        Assert.Contains("'email' or an 'id'", error.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Requests);
    }

    [Theory]
    [InlineData(true, "{\"unsubscribe\":true}")]
    [InlineData(false, "{\"unsubscribe\":false}")]
    public async Task Unsubscribe_posts_to_the_host_root_without_credentials(bool unsubscribe, string expectedBody)
    {
        var client = TestTrackClient.Create(_handler);

        await client.UnsubscribeAsync("dlv/9 x", unsubscribe);

        var request = _handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://track.example.test/unsubscribe/dlv%2F9%20x", request.Url);
        Assert.Null(request.Authorization);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.Equal(TestTrackClient.ExpectedUserAgent, request.UserAgent);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal(expectedBody, request.Body);
    }

    [Fact]
    public async Task Unsubscribe_with_the_default_region_goes_to_the_us_track_host()
    {
        var client = new TrackClient(TestTrackClient.SiteId, TestTrackClient.ApiKey, new TrackClientOptions { HttpClient = new HttpClient(_handler) });

        await client.UnsubscribeAsync("dlv_1");

        Assert.Equal("https://track.customer.io/unsubscribe/dlv_1", _handler.Single.Url);
        Assert.Null(_handler.Single.Authorization);
    }
}
