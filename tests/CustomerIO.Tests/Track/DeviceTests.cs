using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Track;

public sealed class DeviceTests
{
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task Add_device_with_token_and_platform_only()
    {
        var client = TestTrackClient.Create(_handler);

        await client.AddDeviceAsync("user-42", new Device("fcm:token/1", DevicePlatform.Android));

        Assert.Equal("/api/v1/customers/user-42/devices", _handler.Single.PathAndQuery);
        Assert.Equal("{\"device\":{\"id\":\"fcm:token/1\",\"platform\":\"android\"}}", _handler.Single.Body);
    }

    [Fact]
    public async Task Push_disabled_is_sent_as_the_text_false()
    {
        var client = TestTrackClient.Create(_handler);

        await client.AddDeviceAsync("user-42", new Device("t", DevicePlatform.Android) { PushEnabled = false });

        Assert.Equal("{\"device\":{\"id\":\"t\",\"platform\":\"android\",\"attributes\":{\"push_enabled\":\"false\"}}}", _handler.Single.Body);
    }

    [Fact]
    public async Task Add_device_with_a_custom_platform_value()
    {
        var client = TestTrackClient.Create(_handler);

        await client.AddDeviceAsync("user-42", new Device("t", "web"));

        Assert.Equal("{\"device\":{\"id\":\"t\",\"platform\":\"web\"}}", _handler.Single.Body);
    }

    [Fact]
    public async Task Empty_device_token_is_refused_before_sending()
    {
        var client = TestTrackClient.Create(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.DeleteDeviceAsync("user-42", " "));

        Assert.Equal("deviceToken", error.ParameterName);
        Assert.Empty(_handler.Requests);
        Assert.Equal("token", Assert.Throws<CustomerIOValidationException>(() => new Device("", DevicePlatform.Ios)).ParameterName);
    }
}
