using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Tests.Track;

public sealed class ErrorTests
{
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task Meta_error_shape()
    {
        const string body = "{\"meta\":{\"error\":\"attribute too long\"}}";
        _handler.Enqueue(HttpStatusCode.BadRequest, body);
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => client.IdentifyAsync(PersonIdentifier.Email("ann@example.com"), new Dictionary<string, object?> { ["a"] = 1 }));

        Assert.Equal(typeof(CustomerIOApiException), error.GetType());
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("PUT", error.Method);
        Assert.Equal("/api/v1/customers/{identifier}", error.Path);
        var single = Assert.Single(error.Errors);
        Assert.Equal("attribute too long", single.Message);
        Assert.Null(single.Reason);
        Assert.Null(single.Field);
        Assert.Null(single.BatchIndex);
        Assert.Equal(body, error.RawBody);
        Assert.Equal("Customer.io answered 400 (BadRequest) to PUT /api/v1/customers/{identifier} with 1 error; see Errors.", error.Message);
        Assert.DoesNotContain("ann", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meta_errors_list_shape()
    {
        const string body = "{\"meta\":{\"errors\":[\"a\",\"b\"]}}";
        _handler.Enqueue(HttpStatusCode.BadRequest, body);
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => client.TrackAsync("user-42", "purchase"));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("POST", error.Method);
        Assert.Equal("/api/v1/customers/{identifier}/events", error.Path);
        Assert.Equal(["a", "b"], error.Errors.Select(e => e.Message));
        Assert.Equal(body, error.RawBody);
        Assert.Equal("Customer.io answered 400 (BadRequest) to POST /api/v1/customers/{identifier}/events with 2 errors; see Errors.", error.Message);
        Assert.DoesNotContain("user-42", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detailed_errors_shape()
    {
        const string body = "{\"errors\":[{\"reason\":\"r\",\"field\":\"f\",\"message\":\"m\",\"batch_index\":3}]}";
        _handler.Enqueue(422, body);
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => client.MergePeopleAsync("user-1", "user-2"));

        Assert.Equal((HttpStatusCode)422, error.StatusCode);
        Assert.Equal("POST", error.Method);
        Assert.Equal("/api/v1/merge_customers", error.Path);
        var single = Assert.Single(error.Errors);
        Assert.Equal("m", single.Message);
        Assert.Equal("r", single.Reason);
        Assert.Equal("f", single.Field);
        Assert.Equal(3, single.BatchIndex);
        Assert.Equal("[3] f (r)", single.ToString());
        Assert.Equal(body, error.RawBody);
        Assert.Equal("Customer.io answered 422 (UnprocessableEntity) to POST /api/v1/merge_customers with 1 error ([3] f (r)); see Errors.", error.Message);
    }

    [Fact]
    public async Task Wrong_datacenter_shape_without_location_is_an_error()
    {
        const string body = "{\"errors\":[{\"detail\":\"wrong datacenter\",\"status\":\"301\"}]}";
        _handler.Enqueue(HttpStatusCode.MovedPermanently, body);
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => client.DeleteDeviceAsync("user-42", "tok"));

        Assert.Equal(HttpStatusCode.MovedPermanently, error.StatusCode);
        Assert.Equal("DELETE", error.Method);
        Assert.Equal("/api/v1/customers/{identifier}/devices/{token}", error.Path);
        var single = Assert.Single(error.Errors);
        Assert.Equal("wrong datacenter", single.Message);
        Assert.Null(single.Reason);
        Assert.Equal(body, error.RawBody);
        Assert.Single(_handler.Requests);
    }

    [Theory]
    [InlineData("<html><body>Bad gateway</body></html>")]
    [InlineData("")]
    [InlineData("[\"not an object\"]")]
    public async Task Body_that_is_not_an_error_object_gives_no_errors_but_keeps_the_raw_body(string body)
    {
        _handler.Enqueue(HttpStatusCode.BadGateway, body, ("Content-Type", "text/html"));
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => client.SuppressAsync("user-42"));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal("POST", error.Method);
        Assert.Equal("/api/v1/customers/{identifier}/suppress", error.Path);
        Assert.Empty(error.Errors);
        Assert.Equal(body, error.RawBody);
        Assert.Equal("Customer.io answered 502 (BadGateway) to POST /api/v1/customers/{identifier}/suppress.", error.Message);
        Assert.Single(_handler.Requests);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Unauthorized_and_forbidden_are_authentication_errors(int status)
    {
        _handler.Enqueue(status, "{\"meta\":{\"error\":\"Unauthorized request\"}}");
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOAuthenticationException>(() => client.GetRegionAsync());

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal("GET", error.Method);
        Assert.Equal("/api/v1/accounts/region", error.Path);
        Assert.Equal("Unauthorized request", Assert.Single(error.Errors).Message);
        Assert.DoesNotContain(TestTrackClient.ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_is_a_rate_limit_error_with_retry_after_seconds()
    {
        _handler.Enqueue(HttpStatusCode.TooManyRequests, "{\"meta\":{\"error\":\"slow down\"}}", ("Retry-After", "120"));
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        var error = await Assert.ThrowsAsync<CustomerIORateLimitException>(() => client.TrackAnonymousAsync("anon-1", "e"));

        Assert.Equal((HttpStatusCode)429, error.StatusCode);
        Assert.Equal("POST", error.Method);
        Assert.Equal("/api/v1/events", error.Path);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal("slow down", Assert.Single(error.Errors).Message);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task Retry_after_as_http_date_is_measured_from_the_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
        _handler.Enqueue(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "Wed, 01 May 2024 12:01:30 GMT"));
        var client = TestTrackClient.CreateWithoutRetries(_handler, o => o.TimeProvider = time);

        var error = await Assert.ThrowsAsync<CustomerIORateLimitException>(() => client.TrackMetricAsync(new DeliveryMetric("d", MetricName.Opened)));

        Assert.Equal(TimeSpan.FromSeconds(90), error.RetryAfter);
        Assert.Equal("/api/v1/metrics", error.Path);
    }

    [Fact]
    public async Task Too_many_requests_without_retry_after()
    {
        _handler.Enqueue(HttpStatusCode.TooManyRequests, "{}");
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        var error = await Assert.ThrowsAsync<CustomerIORateLimitException>(() => client.AddToSegmentAsync(5, ["a"]));

        Assert.Null(error.RetryAfter);
        Assert.Equal("/api/v1/segments/{segment_id}/add_customers", error.Path);
        Assert.Empty(error.Errors);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    [InlineData(202)]
    [InlineData(204)]
    [InlineData(299)]
    public async Task Any_2xx_is_success(int status)
    {
        _handler.Enqueue(status, status == 204 ? null : "{}").Enqueue(status, null).Enqueue(status, "").Enqueue(status, "not json");
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        await client.IdentifyAsync("user-42");
        await client.TrackAsync("user-42", "e");
        await client.SubmitFormAsync("f", new Dictionary<string, string> { ["id"] = "1" });
        await client.UnsubscribeAsync("d");

        Assert.Equal(4, _handler.Requests.Count);
    }

    [Theory]
    [InlineData(404, "/api/v1/forms/{form_id}/submit")]
    [InlineData(500, "/api/v1/forms/{form_id}/submit")]
    public async Task Path_template_never_holds_the_identifiers(int status, string template)
    {
        _handler.Enqueue(status, "{\"meta\":{\"error\":\"nope\"}}");
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(
            () => client.SubmitFormAsync("secret-form", new Dictionary<string, string> { ["email"] = "ann@example.com" }));

        Assert.Equal(template, error.Path);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.DoesNotContain("secret-form", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ann@example.com", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_error_path_is_its_template()
    {
        _handler.Enqueue(HttpStatusCode.NotFound, "{\"meta\":{\"error\":\"delivery not found\"}}");
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => client.UnsubscribeAsync("dlv_42"));

        Assert.Equal("/unsubscribe/{delivery_id}", error.Path);
        Assert.Equal("POST", error.Method);
    }

    [Fact]
    public async Task Region_lookup_with_an_empty_json_body_fails_clearly()
    {
        _handler.Enqueue(HttpStatusCode.OK, "null");
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOException>(() => client.GetRegionAsync());

        Assert.Equal("The region lookup answered an empty body.", error.Message);
    }

    [Theory]
    [InlineData("<html>captive portal</html>")]
    [InlineData("")]
    [InlineData("{\"url\":\"https://track.customer.io\",\"region\":\"us\",\"environment_id\":\"not a number\"}")]
    public async Task Region_lookup_with_an_unreadable_body_is_a_customerio_exception(string body)
    {
        _handler.Enqueue(HttpStatusCode.OK, body);
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOException>(() => client.GetRegionAsync());

        Assert.Equal(typeof(CustomerIOException), error.GetType());
        Assert.Equal("The region lookup answered a body that is not the expected JSON.", error.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }
}
