using CustomerIO.Track;

namespace CustomerIO.Tests.TrackV2;

public sealed class DeliveryOperationTests
{
    [Fact]
    public void Event_with_device_token_and_timestamp()
    {
        var operation = DeliveryOperation.Event("dlv_123", MetricName.Opened, "tok-abc", V2.T1700000000);

        V2.AssertOperation(
            operation,
            "{\"type\":\"delivery\",\"action\":\"event\",\"identifiers\":{\"id\":\"dlv_123\"},\"name\":\"opened\",\"timestamp\":1700000000,\"attributes\":{\"device_token\":\"tok-abc\"}}",
            "delivery",
            "event",
            isIdempotent: false,
            eventId: null,
            "dlv_123",
            "tok-abc");
    }

    [Fact]
    public void Event_without_device_token_has_no_attributes()
    {
        var operation = DeliveryOperation.Event("dlv_123", MetricName.Delivered);

        V2.AssertOperation(
            operation,
            "{\"type\":\"delivery\",\"action\":\"event\",\"identifiers\":{\"id\":\"dlv_123\"},\"name\":\"delivered\"}",
            "delivery",
            "event",
            isIdempotent: false,
            eventId: null,
            "dlv_123");
    }

    [Theory]
    [InlineData("opened")]
    [InlineData("converted")]
    [InlineData("delivered")]
    public void Event_accepts_the_three_push_metrics(string metric)
    {
        var operation = DeliveryOperation.Event("dlv_123", new MetricName(metric));

        Assert.Equal("{\"type\":\"delivery\",\"action\":\"event\",\"identifiers\":{\"id\":\"dlv_123\"},\"name\":\"" + metric + "\"}", V2.JsonOf(operation));
        Assert.False(operation.IsIdempotent);
    }

    [Theory]
    [InlineData("clicked")]
    [InlineData("bounced")]
    [InlineData("spammed")]
    [InlineData("Opened")]
    [InlineData("read")]
    public void Event_refuses_any_other_metric(string metric)
    {
        var error = Assert.Throws<CustomerIOValidationException>(() => DeliveryOperation.Event("dlv_123", new MetricName(metric), "tok-abc"));

        Assert.Equal("metric", error.ParameterName);
        Assert.Null(error.Limit);
        Assert.DoesNotContain("dlv_123", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_refuses_an_empty_delivery_id()
    {
        Assert.Equal("deliveryId", Assert.Throws<CustomerIOValidationException>(() => DeliveryOperation.Event("", MetricName.Opened)).ParameterName);
        Assert.Throws<ArgumentNullException>("deliveryId", () => DeliveryOperation.Event(null!, MetricName.Opened));
    }
}
