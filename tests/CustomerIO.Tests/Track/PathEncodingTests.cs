using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Track;

public sealed class PathEncodingTests
{
    private readonly RecordingHandler _handler = new();

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a+b", "a%2Bb")]
    [InlineData("50%?#&=", "50%25%3F%23%26%3D")]
    [InlineData("ü", "%C3%BC")]
    [InlineData("日本", "%E6%97%A5%E6%9C%AC")]
    [InlineData("😀", "%F0%9F%98%80")]
    [InlineData("...", "...")]
    [InlineData(".a", ".a")]
    [InlineData("a.b_c-d~e", "a.b_c-d~e")]
    public async Task Identifiers_are_percent_encoded_in_paths(string identifier, string encoded)
    {
        var client = TestTrackClient.Create(_handler);

        await client.IdentifyAsync(PersonIdentifier.Id(identifier));
        await client.TrackAsync(PersonIdentifier.Email(identifier), "e");
        await client.DeleteDeviceAsync(PersonIdentifier.CioId(identifier), identifier);

        Assert.Equal(
            [
                "https://track.example.test/api/v1/customers/" + encoded,
                "https://track.example.test/api/v1/customers/" + encoded + "/events",
                "https://track.example.test/api/v1/customers/cio_" + encoded + "/devices/" + encoded,
            ],
            _handler.Requests.Select(r => r.Url));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task Dot_segments_are_refused_because_they_would_change_the_path(string dots)
    {
        // new Uri(root, "api/v1/customers/../events") is https://host/api/v1/events: an identified event would
        // become an anonymous one (and "%2E%2E" is decoded back to ".." by System.Uri).
        var client = TestTrackClient.Create(_handler);

        var identify = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.IdentifyAsync(PersonIdentifier.Id(dots)));
        var track = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackAsync(PersonIdentifier.Email(dots), "e"));
        var token = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.DeleteDeviceAsync("user-42", dots));
        var form = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.SubmitFormAsync(dots, new Dictionary<string, string> { ["id"] = "1" }));
        var delivery = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.UnsubscribeAsync(dots));

        Assert.Equal(["person", "person", "deviceToken", "formId", "deliveryId"], new[] { identify, track, token, form, delivery }.Select(e => e.ParameterName));
        Assert.Equal("The person identifier cannot be '.' or '..' in a URL path. (Parameter 'person')", identify.Message);
        Assert.Equal("The device token cannot be '.' or '..' in a URL path. (Parameter 'deviceToken')", token.Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_cio_id_of_dots_is_safe_because_of_its_prefix()
    {
        var client = TestTrackClient.Create(_handler);

        await client.DeletePersonAsync(PersonIdentifier.CioId(".."));

        Assert.Equal("https://track.example.test/api/v1/customers/cio_..", _handler.Single.Url);
    }

    [Fact]
    public async Task Phone_identifier_in_a_v1_path_is_refused_before_sending()
    {
        var client = TestTrackClient.Create(_handler);
        var phone = PersonIdentifier.Phone("+14155550100");

        var errors = new List<CustomerIOValidationException>
        {
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.IdentifyAsync(phone)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.DeletePersonAsync(phone)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.SuppressAsync(phone)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.UnsuppressAsync(phone)),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackAsync(phone, "e")),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackPageViewAsync(phone, "/p")),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackScreenViewAsync(phone, "s")),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.AddDeviceAsync(phone, new Device("t", DevicePlatform.Ios))),
            await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.DeleteDeviceAsync(phone, "t")),
        };

        Assert.All(errors, e =>
        {
            Assert.Equal("person", e.ParameterName);
            Assert.Equal("Track v1 paths take an id, email or cio_id; a phone number works only with Track v2 operations. (Parameter 'person')", e.Message);
        });
        Assert.Empty(_handler.Requests);
    }
}
