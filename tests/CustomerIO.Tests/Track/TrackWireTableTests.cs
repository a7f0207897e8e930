using System.Reflection;
using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;
using Row = CustomerIO.Tests.Infrastructure.WireRow<CustomerIO.Track.TrackClient>;

namespace CustomerIO.Tests.Track;

/// <summary>
/// Every <see cref="TrackClient"/> operation as one row: the call, the exact request it sends, the template its
/// errors name, and whether it is repeated after an ambiguous failure. Hand tests elsewhere cover the variations
/// (identifier kinds, options, validation); a new operation starts here with one row.
/// </summary>
public sealed class TrackWireTableTests
{
    private const string Customer = "/api/v1/customers/{identifier}";

    private static readonly Dictionary<string, string> FormData = new() { ["email"] = "ann@example.com", ["first_name"] = "Ännie" };

    private static readonly WireTable<TrackClient> Table = new(
        (handler, configure) => TestTrackClient.Create(handler, configure),
        new Row("GetRegionAsync", c => c.GetRegionAsync(), "GET", "/api/v1/accounts/region", null, "/api/v1/accounts/region", true)
        {
            Answer = (200, "{\"url\":\"https://track-eu.customer.io\",\"region\":\"eu\",\"environment_id\":98765}"),
        },
        new Row(
            "IdentifyAsync(dictionary)",
            c => c.IdentifyAsync(PersonIdentifier.Id("user-42"), new Dictionary<string, object?> { ["first_name"] = "Ann", ["orders"] = 3, ["vip"] = true }),
            "PUT", "/api/v1/customers/user-42", "{\"first_name\":\"Ann\",\"orders\":3,\"vip\":true}", Customer, true),
        new Row(
            "IdentifyAsync<T>",
            c => c.IdentifyAsync(
                PersonIdentifier.Email("ann@example.com"),
                new ShopperAttributes { FirstName = "Ann", Plan = null, SignedUpAt = TestTimes.T1700000000, Orders = 12, Vip = true },
                TrackTestJsonContext.Default.ShopperAttributes,
                new IdentifyOptions { CreatedAt = TestTimes.T1704067200 }),
            "PUT", "/api/v1/customers/ann%40example.com", "{\"created_at\":1704067200,\"first_name\":\"Ann\",\"signed_up_at\":1700000000,\"orders\":12,\"vip\":true}", Customer, true),
        new Row("DeletePersonAsync", c => c.DeletePersonAsync(PersonIdentifier.Email("ann@example.com")), "DELETE", "/api/v1/customers/ann%40example.com", null, Customer, true),
        new Row("SuppressAsync", c => c.SuppressAsync(PersonIdentifier.CioId("a3000001")), "POST", "/api/v1/customers/cio_a3000001/suppress", null, Customer + "/suppress", true),
        new Row("UnsuppressAsync", c => c.UnsuppressAsync("user 42"), "POST", "/api/v1/customers/user%2042/unsuppress", null, Customer + "/unsuppress", true),
        new Row(
            "AddDeviceAsync",
            c => c.AddDeviceAsync(PersonIdentifier.Email("ann@example.com"), new Device("apns-token-1", DevicePlatform.Ios)
            {
                LastUsed = TestTimes.T1700000000,
                OperatingSystem = "iOS 17.2",
                Model = "iPhone15,2",
                AppVersion = "2.1.0",
                SdkVersion = "3.0.1",
                Locale = "fr-FR",
                PushEnabled = true,
                CustomAttributes = new Dictionary<string, string> { ["theme"] = "dark" },
            }),
            "PUT", "/api/v1/customers/ann%40example.com/devices",
            "{\"device\":{\"id\":\"apns-token-1\",\"platform\":\"ios\",\"last_used\":1700000000,\"attributes\":{"
            + "\"device_os\":\"iOS 17.2\",\"device_model\":\"iPhone15,2\",\"app_version\":\"2.1.0\",\"cio_sdk_version\":\"3.0.1\","
            + "\"device_locale\":\"fr-FR\",\"push_enabled\":\"true\",\"theme\":\"dark\"}}}",
            Customer + "/devices", true),
        new Row(
            "DeleteDeviceAsync", c => c.DeleteDeviceAsync(PersonIdentifier.CioId("a3000001"), "fcm:tok/en+1"),
            "DELETE", "/api/v1/customers/cio_a3000001/devices/fcm%3Atok%2Fen%2B1", null, Customer + "/devices/{token}", true),
        new Row(
            "MergePeopleAsync", c => c.MergePeopleAsync(PersonIdentifier.Id("user-1"), PersonIdentifier.Email("old@example.com")),
            "POST", "/api/v1/merge_customers", "{\"primary\":{\"id\":\"user-1\"},\"secondary\":{\"email\":\"old@example.com\"}}", "/api/v1/merge_customers", false),
        new Row(
            "AddToSegmentAsync", c => c.AddToSegmentAsync(42, ["a", "b c", "ü@example.com"], IdentifierKind.Email),
            "POST", "/api/v1/segments/42/add_customers?id_type=email", "{\"ids\":[\"a\",\"b c\",\"ü@example.com\"]}", "/api/v1/segments/{segment_id}/add_customers", true),
        new Row(
            "RemoveFromSegmentAsync", c => c.RemoveFromSegmentAsync(7, ["x"], IdentifierKind.CioId),
            "POST", "/api/v1/segments/7/remove_customers?id_type=cio_id", "{\"ids\":[\"x\"]}", "/api/v1/segments/{segment_id}/remove_customers", true),
        new Row(
            "TrackAsync(dictionary)", c => c.TrackAsync(PersonIdentifier.Id("user-42"), "purchase", new Dictionary<string, object?> { ["price"] = 23.45, ["currency"] = "EUR" }),
            "POST", "/api/v1/customers/user-42/events", "{\"name\":\"purchase\",\"id\":\"ULID\",\"data\":{\"price\":23.45,\"currency\":\"EUR\"}}", Customer + "/events", true),
        new Row(
            "TrackAsync<T>",
            c => c.TrackAsync(
                "user-42", "order_placed", new OrderData { OrderId = "o-1", Total = 19.90m, PlacedAt = TestTimes.T1700000000, Items = ["book", "pen"] },
                TrackTestJsonContext.Default.OrderData, new EventOptions { Id = "01HZZZZZZZZZZZZZZZZZZZZZZZ" }),
            "POST", "/api/v1/customers/user-42/events",
            "{\"name\":\"order_placed\",\"id\":\"01HZZZZZZZZZZZZZZZZZZZZZZZ\",\"data\":{\"order_id\":\"o-1\",\"total\":19.90,\"placed_at\":1700000000,\"items\":[\"book\",\"pen\"]}}",
            Customer + "/events", true),
        new Row(
            "TrackPageViewAsync",
            c => c.TrackPageViewAsync("user-42", "https://shop.example.test/cart?x=1", new Dictionary<string, object?> { ["referrer"] = "/home" }, new EventOptions { Timestamp = TestTimes.T1700000000 }),
            "POST", "/api/v1/customers/user-42/events",
            "{\"name\":\"https://shop.example.test/cart?x=1\",\"id\":\"ULID\",\"type\":\"page\",\"timestamp\":1700000000,\"data\":{\"referrer\":\"/home\"}}", Customer + "/events", true),
        new Row(
            "TrackScreenViewAsync",
            c => c.TrackScreenViewAsync(PersonIdentifier.Email("ann@example.com"), "Checkout", options: new EventOptions { Id = "01HV5A3KQ8XN2CJ7RTW9000003" }),
            "POST", "/api/v1/customers/ann%40example.com/events", "{\"name\":\"Checkout\",\"id\":\"01HV5A3KQ8XN2CJ7RTW9000003\",\"type\":\"screen\"}", Customer + "/events", true),
        new Row(
            "TrackAnonymousAsync(dictionary)",
            c => c.TrackAnonymousAsync("anon-5f2", "viewed_pricing", new Dictionary<string, object?> { ["plan"] = "pro" }, new EventOptions { Timestamp = TestTimes.T1704067200 }),
            "POST", "/api/v1/events", "{\"anonymous_id\":\"anon-5f2\",\"name\":\"viewed_pricing\",\"id\":\"ULID\",\"timestamp\":1704067200,\"data\":{\"plan\":\"pro\"}}", "/api/v1/events", true),
        new Row(
            "TrackAnonymousAsync<T>",
            c => c.TrackAnonymousAsync(
                "anon-5f2", "cart", new OrderData { OrderId = "o-2", Total = 5m, PlacedAt = TestTimes.T1704067200 }, TrackTestJsonContext.Default.OrderData, new EventOptions { Id = "01HV5A3KQ8XN2CJ7RTW9000004" }),
            "POST", "/api/v1/events",
            "{\"anonymous_id\":\"anon-5f2\",\"name\":\"cart\",\"id\":\"01HV5A3KQ8XN2CJ7RTW9000004\",\"data\":{\"order_id\":\"o-2\",\"total\":5,\"placed_at\":1704067200}}", "/api/v1/events", true),
        new Row(
            "TrackInviteAsync", c => c.TrackInviteAsync("invited", "friend@example.com", new Dictionary<string, object?> { ["inviter"] = "Ann" }),
            "POST", "/api/v1/events", "{\"name\":\"invited\",\"id\":\"ULID\",\"data\":{\"recipient\":\"friend@example.com\",\"inviter\":\"Ann\"}}", "/api/v1/events", true),
        new Row(
            "TrackMetricAsync",
            c => c.TrackMetricAsync(new DeliveryMetric("dlv_123", MetricName.Clicked)
            {
                Timestamp = TestTimes.T1700000000,
                Recipient = "ann@example.com",
                Reason = "none",
                Href = "https://shop.example.test/?a=1&b=2",
            }),
            "POST", "/api/v1/metrics",
            "{\"delivery_id\":\"dlv_123\",\"metric\":\"clicked\",\"timestamp\":1700000000,\"recipient\":\"ann@example.com\",\"reason\":\"none\",\"href\":\"https://shop.example.test/?a=1&b=2\"}",
            "/api/v1/metrics", false),
        new Row(
            "TrackPushMetricAsync", c => c.TrackPushMetricAsync("dlv_9", MetricName.Opened, "apns-token-1", TestTimes.T1704067200),
            "POST", "/api/v1/push/events", "{\"delivery_id\":\"dlv_9\",\"event\":\"opened\",\"device_id\":\"apns-token-1\",\"timestamp\":1704067200}", "/api/v1/push/events", false),
        new Row(
            "SubmitFormAsync", c => c.SubmitFormAsync("newsletter signup", FormData),
            "POST", "/api/v1/forms/newsletter%20signup/submit", "{\"data\":{\"email\":\"ann@example.com\",\"first_name\":\"Ännie\"}}", "/api/v1/forms/{form_id}/submit", false)
        {
            Answer = (204, null),
        },
        new Row("UnsubscribeAsync", c => c.UnsubscribeAsync("dlv/9 x"), "POST", "/unsubscribe/dlv%2F9%20x", "{\"unsubscribe\":true}", "/unsubscribe/{delivery_id}", true)
        {
            Api = WireApi.Track.WithoutCredentials,
        },
        new Row(
            "SendAsync", c => c.SendAsync(PersonOperation.Identify("user-42", new Dictionary<string, object?> { ["plan"] = "pro" })),
            "POST", "/api/v2/entity", "{\"type\":\"person\",\"action\":\"identify\",\"identifiers\":{\"id\":\"user-42\"},\"attributes\":{\"plan\":\"pro\"}}", "/api/v2/entity", true),
        new Row(
            "SendAsync(not idempotent)", c => c.SendAsync(DeliveryOperation.Event("dlv_123", MetricName.Delivered)),
            "POST", "/api/v2/entity", "{\"type\":\"delivery\",\"action\":\"event\",\"identifiers\":{\"id\":\"dlv_123\"},\"name\":\"delivered\"}", "/api/v2/entity", false),
        new Row(
            "SendBatchAsync", c => c.SendBatchAsync([PersonOperation.Delete("user-42")]),
            "POST", "/api/v2/batch", "{\"batch\":[{\"type\":\"person\",\"action\":\"delete\",\"identifiers\":{\"id\":\"user-42\"}}]}", "/api/v2/batch", true),
        new Row(
            "SendBatchAsync(not idempotent)", c => c.SendBatchAsync([PersonOperation.Delete("user-42"), DeliveryOperation.Event("dlv_123", MetricName.Delivered)]),
            "POST", "/api/v2/batch",
            "{\"batch\":[{\"type\":\"person\",\"action\":\"delete\",\"identifiers\":{\"id\":\"user-42\"}},{\"type\":\"delivery\",\"action\":\"event\",\"identifiers\":{\"id\":\"dlv_123\"},\"name\":\"delivered\"}]}",
            "/api/v2/batch", false));

    public static TheoryData<string> Operations => Table.Names;

    [Theory]
    [MemberData(nameof(Operations))]
    public Task Operation_sends_exactly_its_row(string operation) => Table.AssertGoesOutAsync(operation);

    [Theory]
    [MemberData(nameof(Operations))]
    public Task Operation_is_repeated_after_a_503_only_when_idempotent(string operation) => Table.AssertIdempotencyAsync(operation);

    [Theory]
    [MemberData(nameof(Operations))]
    public Task Operation_errors_name_its_method_and_template(string operation) => Table.AssertErrorNamesTemplateAsync(operation);

    [Fact]
    public void Every_public_operation_of_the_client_has_a_row()
    {
        var methods = typeof(TrackClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType))
            .Select(m => m.Name)
            .Distinct()
            .Order(StringComparer.Ordinal);
        var rows = Table.Rows.Select(r => r.Name.Split('(', '<')[0]).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(methods, rows);
    }

    [Fact]
    public void Every_track_template_is_in_the_table_and_no_row_names_another()
    {
        var templates = typeof(CustomerIO.Track.TrackOperations)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (CustomerIO.Transport.ApiOperation)f.GetValue(null)!)
            .Select(o => o.Method.Method + " " + o.PathTemplate)
            .Distinct()
            .Order(StringComparer.Ordinal);
        var rows = Table.Rows.Select(r => r.Method + " " + r.Template).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(templates, rows);
    }
}
