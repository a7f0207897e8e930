using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Track;

/// <summary>
/// The call's own times are Unix seconds, so none can be before 1970; a caller's event id must be a ULID, which is
/// what Customer.io de-duplicates by. Both are refused before sending, in the SDK's words, without quoting the value.
/// </summary>
public sealed class TimeAndEventIdValidationTests
{
    private const string BeforeEpoch = "The time is before 1970-01-01T00:00:00Z; Customer.io takes times as Unix seconds, which start there.";

    private static readonly DateTimeOffset Epoch = DateTimeOffset.FromUnixTimeSeconds(0);
    private static readonly DateTimeOffset JustBefore = Epoch.AddTicks(-1);

    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task Every_time_of_a_call_before_1970_is_refused_naming_its_parameter()
    {
        var client = TestTrackClient.CreateWithoutRetries(_handler);
        await using var queue = new TrackQueue(client);
        var tooEarly = new EventOptions { Timestamp = JustBefore };
        var minValue = new EventOptions { Timestamp = DateTimeOffset.MinValue };
        var device = new Device("tok", DevicePlatform.Ios) { LastUsed = JustBefore };

        (string Parameter, Exception Error)[] refused =
        [
            ("options.Timestamp", await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackAsync("u", "e", options: tooEarly))),
            ("options.Timestamp", await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackAsync("u", "e", options: minValue))),
            ("options.Timestamp", await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackAnonymousAsync("anon", "e", options: tooEarly))),
            ("options.CreatedAt", await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.IdentifyAsync("u", null, new IdentifyOptions { CreatedAt = JustBefore }))),
            ("options.Timestamp", await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.IdentifyAsync("u", null, new IdentifyOptions { Timestamp = JustBefore }))),
            ("device.LastUsed", await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.AddDeviceAsync("u", device))),
            ("metric.Timestamp", await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackMetricAsync(new DeliveryMetric("d", MetricName.Opened) { Timestamp = JustBefore }))),
            ("timestamp", await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackPushMetricAsync("d", MetricName.Opened, "tok", JustBefore))),
            ("options.Timestamp", Assert.Throws<CustomerIOValidationException>(() => PersonOperation.Event("u", "e", options: tooEarly))),
            ("options.CreatedAt", Assert.Throws<CustomerIOValidationException>(() => PersonOperation.Identify("u", options: new IdentifyOptions { CreatedAt = JustBefore }))),
            ("device.LastUsed", Assert.Throws<CustomerIOValidationException>(() => PersonOperation.AddDevice("u", device))),
            ("timestamp", Assert.Throws<CustomerIOValidationException>(() => ObjectOperation.Identify(ObjectIdentifier.Of("1", "o"), timestamp: JustBefore))),
            ("timestamp", Assert.Throws<CustomerIOValidationException>(() => DeliveryOperation.Event("d", MetricName.Opened, timestamp: JustBefore))),
        ];

        Assert.All(refused, r => Assert.Equal($"{BeforeEpoch} (Parameter '{r.Parameter}')", r.Error.Message));
        Assert.Equal($"{BeforeEpoch} (Parameter 'options.Timestamp')", queue.Track("u", "e", options: minValue).Message);
        Assert.Equal($"{BeforeEpoch} (Parameter 'options.CreatedAt')", queue.Identify("u", options: new IdentifyOptions { CreatedAt = DateTimeOffset.MinValue }).Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task The_first_second_of_1970_itself_is_sent_as_zero()
    {
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        await client.TrackAsync("u", "e", options: new EventOptions { Id = TestUlids.Of(1), Timestamp = Epoch });
        await client.IdentifyAsync("u", null, new IdentifyOptions { CreatedAt = Epoch });

        Assert.Equal(
            ["{\"name\":\"e\",\"id\":\"01HV5A3KQ8XN2CJ7RTW9000001\",\"timestamp\":0}", "{\"created_at\":0}"],
            _handler.Requests.Select(r => r.Body));
    }

    [Fact]
    public async Task A_time_before_1970_inside_attributes_is_data_and_sent_as_negative_seconds()
    {
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        await client.IdentifyAsync("u", new Dictionary<string, object?> { ["born"] = new DateTimeOffset(1969, 12, 31, 23, 59, 0, TimeSpan.Zero) });

        Assert.Equal("{\"born\":-60}", _handler.Single.Body);
    }

    public static TheoryData<string, string> NotUlids => new()
    {
        { "a name", "order-2024-0001" },
        { "25 characters", "01HV5A3KQ8XN2CJ7RTW900000" },
        { "27 characters", "01HV5A3KQ8XN2CJ7RTW90000001" },
        { "first character over 7 (overflows 128 bits)", "81HV5A3KQ8XN2CJ7RTW9000001" },
        { "an I", "01HV5A3KQ8XN2CJ7RTW900000I" },
        { "an L", "01HV5A3KQ8XN2CJ7RTW900000L" },
        { "an O", "01HV5A3KQ8XN2CJ7RTW900000O" },
        { "a U", "01HV5A3KQ8XN2CJ7RTW900000U" },
        { "a hyphen", "01HV5A3KQ8XN2CJ7RTW900000-" },
        { "a GUID", "3f2504e0-4f89-11d3-9a0c-0305e82c3301" },
    };

    [Theory]
    [MemberData(nameof(NotUlids))]
    public async Task A_caller_given_event_id_that_is_no_ULID_is_refused(string description, string id)
    {
        var client = TestTrackClient.CreateWithoutRetries(_handler);
        await using var queue = new TrackQueue(client);
        var options = new EventOptions { Id = id };
        var expected = "The event id must be a ULID: 26 characters of Crockford's base 32 (0-9 and A-Z without I, L, O and U), the first at most 7; "
            + $"this one has {id.Length} characters and is not. (Parameter 'options.Id')";

        var v1 = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackAsync("u", "e", options: options));
        var v2 = Assert.Throws<CustomerIOValidationException>(() => PersonOperation.Page("u", "/p", options: options));
        var fastPath = queue.Track("u", "e", options: options);

        Assert.Equal(expected, v1.Message);
        Assert.Equal(expected, v2.Message);
        Assert.Equal((EnqueueStatus.Invalid, expected), (fastPath.Status, fastPath.Message));
        Assert.Empty(_handler.Requests);
        Assert.NotEmpty(description);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task An_empty_event_id_is_refused_as_empty(string id)
    {
        var client = TestTrackClient.CreateWithoutRetries(_handler);

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackAsync("u", "e", options: new EventOptions { Id = id }));

        Assert.Equal("The event id must not be empty. (Parameter 'options.Id')", error.Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_ULID_is_taken_in_either_case_and_sent_as_given()
    {
        var client = TestTrackClient.CreateWithoutRetries(_handler);
        const string lower = "01hv5a3kq8xn2cj7rtw90000az";
        const string highest = "7ZZZZZZZZZZZZZZZZZZZZZZZZZ";

        await client.TrackAsync("u", "e", options: new EventOptions { Id = lower });
        await client.TrackAsync("u", "e", options: new EventOptions { Id = highest });

        Assert.Equal(
            ["{\"name\":\"e\",\"id\":\"" + lower + "\"}", "{\"name\":\"e\",\"id\":\"" + highest + "\"}"],
            _handler.Requests.Select(r => r.Body));
    }
}
