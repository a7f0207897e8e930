using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.Track;

public sealed class DeviceTests
{
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task Add_device_puts_every_field()
    {
        var client = TestTrackClient.Create(_handler);
        var device = new Device("apns-token-1", DevicePlatform.Ios)
        {
            LastUsed = TestTimes.T1700000000,
            OperatingSystem = "iOS 17.2",
            Model = "iPhone15,2",
            AppVersion = "2.1.0",
            SdkVersion = "3.0.1",
            Locale = "fr-FR",
            PushEnabled = true,
            CustomAttributes = new Dictionary<string, string> { ["theme"] = "dark" },
        };

        await client.AddDeviceAsync(PersonIdentifier.Email("ann@example.com"), device);

        var request = _handler.Single;
        Assert.Equal("PUT", request.Method);
        Assert.Equal("https://track.example.test/api/v1/customers/ann%40example.com/devices", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: true);
        Assert.Equal(
            "{\"device\":{\"id\":\"apns-token-1\",\"platform\":\"ios\",\"last_used\":1700000000,\"attributes\":{"
            + "\"device_os\":\"iOS 17.2\",\"device_model\":\"iPhone15,2\",\"app_version\":\"2.1.0\",\"cio_sdk_version\":\"3.0.1\","
            + "\"device_locale\":\"fr-FR\",\"push_enabled\":\"true\",\"theme\":\"dark\"}}}",
            request.Body);
    }

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
    public async Task Delete_device_encodes_the_token_in_the_path()
    {
        var client = TestTrackClient.Create(_handler);

        await client.DeleteDeviceAsync(PersonIdentifier.CioId("a3000001"), "fcm:tok/en+1");

        var request = _handler.Single;
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("https://track.example.test/api/v1/customers/cio_a3000001/devices/fcm%3Atok%2Fen%2B1", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: false);
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
