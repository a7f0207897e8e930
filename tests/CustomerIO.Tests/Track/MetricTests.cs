using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Track;

public sealed class MetricTests
{
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task Delivery_metric_with_required_fields_only()
    {
        var client = TestTrackClient.Create(_handler);

        await client.TrackMetricAsync(new DeliveryMetric("dlv_123", MetricName.Bounced));

        Assert.Equal("{\"delivery_id\":\"dlv_123\",\"metric\":\"bounced\"}", _handler.Single.Body);
    }

    [Theory]
    [InlineData("opened")]
    [InlineData("converted")]
    [InlineData("delivered")]
    public async Task Push_metric_posts_to_push_events(string metric)
    {
        var client = TestTrackClient.Create(_handler);

        await client.TrackPushMetricAsync("dlv_9", MetricName.FromString(metric), "apns-token-1", TestTimes.T1704067200);

        var request = _handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://track.example.test/api/v1/push/events", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: true);
        Assert.Equal($"{{\"delivery_id\":\"dlv_9\",\"event\":\"{metric}\",\"device_id\":\"apns-token-1\",\"timestamp\":1704067200}}", request.Body);
    }

    [Fact]
    public async Task Push_metric_without_timestamp_leaves_it_out()
    {
        var client = TestTrackClient.Create(_handler);

        await client.TrackPushMetricAsync("dlv_9", MetricName.Opened, "apns-token-1");

        Assert.Equal("{\"delivery_id\":\"dlv_9\",\"event\":\"opened\",\"device_id\":\"apns-token-1\"}", _handler.Single.Body);
    }

    [Theory]
    [InlineData("clicked")]
    [InlineData("bounced")]
    [InlineData("Opened")]
    public async Task Push_metric_other_than_opened_converted_delivered_is_refused(string metric)
    {
        var client = TestTrackClient.Create(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackPushMetricAsync("dlv_9", MetricName.FromString(metric), "apns-token-1"));

        Assert.Equal("metric", error.ParameterName);
        Assert.Equal("A push metric is opened, converted or delivered. (Parameter 'metric')", error.Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Push_metric_refuses_empty_delivery_id_and_token()
    {
        var client = TestTrackClient.Create(_handler);

        var delivery = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackPushMetricAsync("", MetricName.Opened, "t"));
        var token = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackPushMetricAsync("d", MetricName.Opened, "  "));

        Assert.Equal("deliveryId", delivery.ParameterName);
        Assert.Equal("deviceToken", token.ParameterName);
        Assert.Empty(_handler.Requests);
    }
}
