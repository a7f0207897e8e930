using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Track;

public sealed class RedirectTests
{
    private const string IdentifyBody = "{\"plan\":\"pro\"}";
    private readonly RecordingHandler _handler = new();

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task Redirect_on_the_same_host_is_followed_with_the_same_method_body_and_credentials(int status)
    {
        _handler.EnqueueRedirect(status, "/api/v1/customers/moved-42");
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        await client.IdentifyAsync("user-42", new Dictionary<string, object?> { ["plan"] = "pro" });

        Assert.Equal(2, _handler.Requests.Count);
        var (first, second) = (_handler.Requests[0], _handler.Requests[1]);
        Assert.Equal("https://track.example.test/api/v1/customers/user-42", first.Url);
        Assert.Equal("https://track.example.test/api/v1/customers/moved-42", second.Url);
        foreach (var request in new[] { first, second })
        {
            Assert.Equal("PUT", request.Method);
            Assert.Equal(IdentifyBody, request.Body);
            TestTrackClient.AssertStandardHeaders(request, hasBody: true);
        }
    }

    [Fact]
    public async Task Redirect_to_the_eu_customer_io_host_keeps_credentials()
    {
        _handler.EnqueueRedirect(301, "https://track-eu.customer.io/api/v1/customers/user-42/events");
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        await client.TrackAsync("user-42", "purchase", options: new EventOptions { Id = "01HV5A3KQ8XN2CJ7RTW9000006" });

        var second = _handler.Requests[1];
        Assert.Equal(2, _handler.Requests.Count);
        Assert.Equal("https://track-eu.customer.io/api/v1/customers/user-42/events", second.Url);
        Assert.Equal("POST", second.Method);
        Assert.Equal("{\"name\":\"purchase\",\"id\":\"01HV5A3KQ8XN2CJ7RTW9000006\"}", second.Body);
        Assert.Equal(TestTrackClient.ExpectedAuthorization, second.Authorization);
    }

    [Theory]
    [InlineData("https://evil.example.test/api/v1/customers/user-42")]
    [InlineData("https://customer.io.evil.example.test/api/v1/customers/user-42")]
    [InlineData("https://evilcustomer.io/api/v1/customers/user-42")]
    [InlineData("https://track.example.test:8443/api/v1/customers/user-42")]
    [InlineData("http://track.example.test/api/v1/customers/user-42")]
    [InlineData("http://track-eu.customer.io/api/v1/customers/user-42")]
    public async Task Redirect_elsewhere_or_to_plain_http_drops_credentials_but_keeps_method_and_body(string location)
    {
        _handler.EnqueueRedirect(307, location);
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        await client.IdentifyAsync("user-42", new Dictionary<string, object?> { ["plan"] = "pro" });

        Assert.Equal(TestTrackClient.ExpectedAuthorization, _handler.Requests[0].Authorization);
        var second = _handler.Requests[1];
        Assert.Equal(location, second.Url);
        Assert.Equal("PUT", second.Method);
        Assert.Equal(IdentifyBody, second.Body);
        Assert.Null(second.Authorization);
        Assert.Equal(TestTrackClient.ExpectedUserAgent, second.UserAgent);
    }

    [Fact]
    public async Task Credentials_once_dropped_are_not_restored_by_a_redirect_back()
    {
        _handler.EnqueueRedirect(302, "https://evil.example.test/x").EnqueueRedirect(302, "https://track.example.test/api/v1/customers/user-42");
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        await client.DeletePersonAsync("user-42");

        Assert.Equal([TestTrackClient.ExpectedAuthorization, null, null], _handler.Requests.Select(r => r.Authorization));
        Assert.All(_handler.Requests, r => Assert.Equal("DELETE", r.Method));
    }

    [Fact]
    public async Task Unsubscribe_stays_without_credentials_after_a_redirect_to_customer_io()
    {
        _handler.EnqueueRedirect(301, "https://track-eu.customer.io/unsubscribe/dlv_1");
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        await client.UnsubscribeAsync("dlv_1");

        Assert.All(_handler.Requests, r => Assert.Null(r.Authorization));
        Assert.Equal("{\"unsubscribe\":true}", _handler.Requests[1].Body);
    }

    [Fact]
    public async Task Five_redirects_are_followed()
    {
        for (var i = 1; i <= 5; i++)
        {
            _handler.EnqueueRedirect(307, $"/hop/{i}");
        }

        var client = TestTrackClient.CreateWithoutRetries(_handler);

        await client.TrackMetricAsync(new DeliveryMetric("d", MetricName.Opened));

        Assert.Equal(
            ["/api/v1/metrics", "/hop/1", "/hop/2", "/hop/3", "/hop/4", "/hop/5"],
            _handler.Requests.Select(r => r.PathAndQuery));
        Assert.All(_handler.Requests, r => Assert.Equal("{\"delivery_id\":\"d\",\"metric\":\"opened\"}", r.Body));
    }

    [Fact]
    public async Task A_sixth_redirect_is_not_followed_and_becomes_an_error()
    {
        for (var i = 1; i <= 6; i++)
        {
            _handler.EnqueueRedirect(301, $"/hop/{i}");
        }

        _handler.Enqueue(HttpStatusCode.OK); // would answer a seventh request; must stay unused
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => client.TrackMetricAsync(new DeliveryMetric("d", MetricName.Opened)));

        Assert.Equal(6, _handler.Requests.Count);
        Assert.Equal("/hop/5", _handler.Requests[5].PathAndQuery);
        Assert.Equal(1, _handler.PendingResponses);
        Assert.Equal(HttpStatusCode.MovedPermanently, error.StatusCode);
        Assert.Equal("/api/v1/metrics", error.Path);
    }
}
