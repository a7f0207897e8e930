using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.Track;

public sealed class EventTests
{
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task Track_posts_name_generated_ulid_and_data_to_person_events()
    {
        var client = TestTrackClient.Create(_handler);

        await client.TrackAsync(PersonIdentifier.Id("user-42"), "purchase", new Dictionary<string, object?> { ["price"] = 23.45, ["currency"] = "EUR" });

        var request = _handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://track.example.test/api/v1/customers/user-42/events", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: true);
        var (body, _) = TestTrackClient.WithoutGeneratedId(request.Body);
        Assert.Equal("{\"name\":\"purchase\",\"id\":\"ULID\",\"data\":{\"price\":23.45,\"currency\":\"EUR\"}}", body);
    }

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
    public async Task Track_with_typed_data_uses_the_callers_type_info()
    {
        var client = TestTrackClient.Create(_handler);
        var data = new OrderData { OrderId = "o-1", Total = 19.90m, PlacedAt = TestTimes.T1700000000, Items = ["book", "pen"] };

        await client.TrackAsync("user-42", "order_placed", data, TrackTestJsonContext.Default.OrderData, new EventOptions { Id = "01HZZZZZZZZZZZZZZZZZZZZZZZ" });

        var request = _handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://track.example.test/api/v1/customers/user-42/events", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: true);
        Assert.Equal(
            "{\"name\":\"order_placed\",\"id\":\"01HZZZZZZZZZZZZZZZZZZZZZZZ\",\"data\":{\"order_id\":\"o-1\",\"total\":19.90,\"placed_at\":1700000000,\"items\":[\"book\",\"pen\"]}}",
            request.Body);
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
    public async Task Page_view_is_a_page_event_named_by_url()
    {
        var client = TestTrackClient.Create(_handler);

        await client.TrackPageViewAsync("user-42", "https://shop.example.test/cart?x=1", new Dictionary<string, object?> { ["referrer"] = "/home" }, new EventOptions { Timestamp = TestTimes.T1700000000 });

        var request = _handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://track.example.test/api/v1/customers/user-42/events", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: true);
        var (body, _) = TestTrackClient.WithoutGeneratedId(request.Body);
        Assert.Equal("{\"name\":\"https://shop.example.test/cart?x=1\",\"id\":\"ULID\",\"type\":\"page\",\"timestamp\":1700000000,\"data\":{\"referrer\":\"/home\"}}", body);
    }

    [Fact]
    public async Task Screen_view_is_a_screen_event()
    {
        var client = TestTrackClient.Create(_handler);

        await client.TrackScreenViewAsync(PersonIdentifier.Email("ann@example.com"), "Checkout", options: new EventOptions { Id = "01HV5A3KQ8XN2CJ7RTW9000003" });

        var request = _handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://track.example.test/api/v1/customers/ann%40example.com/events", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: true);
        Assert.Equal("{\"name\":\"Checkout\",\"id\":\"01HV5A3KQ8XN2CJ7RTW9000003\",\"type\":\"screen\"}", request.Body);
    }

    [Fact]
    public async Task Anonymous_event_posts_anonymous_id_first_to_events()
    {
        var client = TestTrackClient.Create(_handler);

        await client.TrackAnonymousAsync("anon-5f2", "viewed_pricing", new Dictionary<string, object?> { ["plan"] = "pro" }, new EventOptions { Timestamp = TestTimes.T1704067200 });

        var request = _handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://track.example.test/api/v1/events", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: true);
        var (body, _) = TestTrackClient.WithoutGeneratedId(request.Body);
        Assert.Equal("{\"anonymous_id\":\"anon-5f2\",\"name\":\"viewed_pricing\",\"id\":\"ULID\",\"timestamp\":1704067200,\"data\":{\"plan\":\"pro\"}}", body);
    }

    [Fact]
    public async Task Anonymous_event_with_typed_data()
    {
        var client = TestTrackClient.Create(_handler);
        var data = new OrderData { OrderId = "o-2", Total = 5m, PlacedAt = TestTimes.T1704067200 };

        await client.TrackAnonymousAsync("anon-5f2", "cart", data, TrackTestJsonContext.Default.OrderData, new EventOptions { Id = "01HV5A3KQ8XN2CJ7RTW9000004" });

        var request = _handler.Single;
        Assert.Equal("https://track.example.test/api/v1/events", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: true);
        Assert.Equal("{\"anonymous_id\":\"anon-5f2\",\"name\":\"cart\",\"id\":\"01HV5A3KQ8XN2CJ7RTW9000004\",\"data\":{\"order_id\":\"o-2\",\"total\":5,\"placed_at\":1704067200}}", request.Body);
    }

    [Fact]
    public async Task Invite_posts_recipient_first_in_data_and_no_anonymous_id()
    {
        var client = TestTrackClient.Create(_handler);

        await client.TrackInviteAsync("invited", "friend@example.com", new Dictionary<string, object?> { ["inviter"] = "Ann" });

        var request = _handler.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("https://track.example.test/api/v1/events", request.Url);
        TestTrackClient.AssertStandardHeaders(request, hasBody: true);
        var (body, _) = TestTrackClient.WithoutGeneratedId(request.Body);
        Assert.Equal("{\"name\":\"invited\",\"id\":\"ULID\",\"data\":{\"recipient\":\"friend@example.com\",\"inviter\":\"Ann\"}}", body);
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
