using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Track;

public sealed class EventTests
{
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task Track_without_data_sends_name_and_id_only()
    {
        var client = TestTrackClient.Create(_handler);

        await client.TrackAsync(PersonIdentifier.Email("ann@example.com"), "logged_in");

        Assert.Equal("/api/v1/customers/ann%40example.com/events", _handler.Single.PathAndQuery);
        var (body, _) = TestTrackClient.WithoutGeneratedId(_handler.Single.Body);
        Assert.Equal("{\"name\":\"logged_in\",\"id\":\"ULID\"}", body);
    }

    [Fact]
    public async Task Every_event_gets_its_own_ulid()
    {
        var client = TestTrackClient.Create(_handler);

        await client.TrackAsync("user-42", "a");
        await client.TrackAsync("user-42", "a");

        var first = TestTrackClient.WithoutGeneratedId(_handler.Requests[0].Body).Id;
        var second = TestTrackClient.WithoutGeneratedId(_handler.Requests[1].Body).Id;
        Assert.Equal(26, first.Length);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Track_uses_the_callers_id_verbatim_and_timestamp_in_unix_seconds()
    {
        var client = TestTrackClient.Create(_handler);
        var options = new EventOptions { Id = "01HV5A3KQ8XN2CJ7RTW9000001", Timestamp = TestTimes.T1704067200 };

        await client.TrackAsync(PersonIdentifier.CioId("a3000001"), "purchase", null, options);

        Assert.Equal("/api/v1/customers/cio_a3000001/events", _handler.Single.PathAndQuery);
        Assert.Equal("{\"name\":\"purchase\",\"id\":\"01HV5A3KQ8XN2CJ7RTW9000001\",\"timestamp\":1704067200}", _handler.Single.Body);
    }

    [Fact]
    public async Task Track_data_keeps_nested_values_nulls_dates_and_utf8()
    {
        var client = TestTrackClient.Create(_handler);
        var data = new Dictionary<string, object?>
        {
            ["recipient"] = "ann@example.com",
            ["when"] = TestTimes.T1700000000,
            ["coupon"] = null,
            ["lines"] = new object?[] { new Dictionary<string, object?> { ["sku"] = "Ä-1", ["qty"] = 2 }, null },
            ["note"] = "café ☕",
        };

        await client.TrackAsync("user-42", "achat réussi", data, new EventOptions { Id = "01HV5A3KQ8XN2CJ7RTW9000002" });

        Assert.Equal(
            "{\"name\":\"achat réussi\",\"id\":\"01HV5A3KQ8XN2CJ7RTW9000002\",\"data\":{\"recipient\":\"ann@example.com\",\"when\":1700000000,\"coupon\":null,"
            + "\"lines\":[{\"sku\":\"Ä-1\",\"qty\":2},null],\"note\":\"café ☕\"}}",
            _handler.Single.Body);
    }

    [Fact]
    public async Task Invite_without_further_data()
    {
        var client = TestTrackClient.Create(_handler);

        await client.TrackInviteAsync("invited", "friend@example.com", options: new EventOptions { Id = "01HV5A3KQ8XN2CJ7RTW9000005", Timestamp = TestTimes.T1700000000 });

        Assert.Equal("{\"name\":\"invited\",\"id\":\"01HV5A3KQ8XN2CJ7RTW9000005\",\"timestamp\":1700000000,\"data\":{\"recipient\":\"friend@example.com\"}}", _handler.Single.Body);
    }

    [Fact]
    public async Task Application_id_is_appended_to_the_user_agent()
    {
        var client = TestTrackClient.Create(_handler, o => o.ApplicationId = "MyShop/2.1");

        await client.TrackAsync("user-42", "a");

        Assert.Equal(TestTrackClient.ExpectedUserAgent + " MyShop/2.1", _handler.Single.UserAgent);
        Assert.Matches(@"^CustomerIO-DotNet/\d+\.\d+\.\d+(-[0-9A-Za-z.\-]+)? MyShop/2\.1$", _handler.Single.UserAgent);
    }
}
