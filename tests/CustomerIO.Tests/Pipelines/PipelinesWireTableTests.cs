using CustomerIO.Pipelines;
using CustomerIO.Tests.Infrastructure;
using static CustomerIO.Tests.Infrastructure.TestPipelinesClient;
using Row = CustomerIO.Tests.Infrastructure.WireRow<CustomerIO.Pipelines.PipelinesClient>;

namespace CustomerIO.Tests.Pipelines;

/// <summary>
/// Every <see cref="PipelinesClient"/> call and every semantic event as one row: the exact request it sends (body to
/// the byte, <c>sentAt</c> included), the template its errors name, and that it is repeated after an ambiguous failure
/// (every message carries its <c>messageId</c>, Customer.io's de-duplication key).
/// </summary>
public sealed class PipelinesWireTableTests
{
    private static readonly WireTable<PipelinesClient> Table = new(
        (handler, configure) => Create(handler, configure),
        Single(
            "IdentifyAsync",
            c => c.IdentifyAsync("user-42", new Dictionary<string, object?> { ["email"] = "ann@example.com", ["plan"] = "pro", ["seats"] = 3 }, Pinned()),
            "/v1/identify",
            "{\"type\":\"identify\",\"userId\":\"user-42\",\"traits\":{\"email\":\"ann@example.com\",\"plan\":\"pro\",\"seats\":3}," + Tail()),
        Single(
            "IdentifyAsync(anonymous, both ids)",
            c => c.IdentifyAsync(new PipelinesUser("user-42", "anon-7"), null, Pinned()),
            "/v1/identify",
            "{\"type\":\"identify\",\"userId\":\"user-42\",\"anonymousId\":\"anon-7\"," + Tail()),
        Single(
            "TrackAsync",
            c => c.TrackAsync(PipelinesUser.Anonymous("anon-7"), "Order Completed", new Dictionary<string, object?> { ["total"] = 19.9, ["currency"] = "EUR", ["gift"] = false }, Pinned()),
            "/v1/track",
            "{\"type\":\"track\",\"anonymousId\":\"anon-7\",\"event\":\"Order Completed\",\"properties\":{\"total\":19.9,\"currency\":\"EUR\",\"gift\":false}," + Tail()),
        Single(
            "TrackAsync(context, integrations)",
            c => c.TrackAsync("user-42", "Signed Up", null, new PipelinesMessageOptions
            {
                MessageId = "m-1",
                Timestamp = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(1)),
                Context = new PipelinesContext { Ip = "203.0.113.9", Locale = "fr-FR", Page = new PipelinesContextPage { Path = "/join" } },
                Integrations = new Dictionary<string, bool> { ["All"] = false, ["Customer.io"] = true },
            }),
            "/v1/track",
            "{\"type\":\"track\",\"userId\":\"user-42\",\"event\":\"Signed Up\",\"context\":{\"ip\":\"203.0.113.9\",\"locale\":\"fr-FR\",\"page\":{\"path\":\"/join\"},"
            + Library + "},\"integrations\":{\"All\":false,\"Customer.io\":true},\"messageId\":\"m-1\",\"timestamp\":\"2026-12-01T08:00:00.000Z\"}"),
        Single(
            "ScreenAsync(every typed context field, extra keys)",
            c => c.ScreenAsync(PipelinesUser.Anonymous("anon-7"), "Basket", null, PipelinesContextSamples.Pinned(PipelinesContextSamples.Mobile)),
            "/v1/screen",
            "{\"type\":\"screen\",\"anonymousId\":\"anon-7\",\"name\":\"Basket\"," + Tail(context: PipelinesContextSamples.MobileJson + ",")),
        Single(
            "PageAsync(every typed web context field)",
            c => c.PageAsync("user-42", "Pricing", null, PipelinesContextSamples.Pinned(PipelinesContextSamples.Web)),
            "/v1/page",
            "{\"type\":\"page\",\"userId\":\"user-42\",\"name\":\"Pricing\"," + Tail(context: PipelinesContextSamples.WebJson + ",")),
        Single(
            "PageAsync",
            c => c.PageAsync("user-42", "Pricing", new Dictionary<string, object?> { ["url"] = "https://example.com/pricing", ["title"] = "Prix" }, Pinned()),
            "/v1/page",
            "{\"type\":\"page\",\"userId\":\"user-42\",\"name\":\"Pricing\",\"properties\":{\"url\":\"https://example.com/pricing\",\"title\":\"Prix\"}," + Tail()),
        Single(
            "SendAsync(Page with category)",
            c => c.SendAsync(PipelinesMessage.Page("user-42", "Pricing", null, Pinned(), category: "Docs")),
            "/v1/page",
            "{\"type\":\"page\",\"userId\":\"user-42\",\"name\":\"Pricing\",\"category\":\"Docs\"," + Tail()),
        Single(
            "ScreenAsync",
            c => c.ScreenAsync(PipelinesUser.Anonymous("anon-7"), "Basket", new Dictionary<string, object?> { ["items"] = 2 }, Pinned()),
            "/v1/screen",
            "{\"type\":\"screen\",\"anonymousId\":\"anon-7\",\"name\":\"Basket\",\"properties\":{\"items\":2}," + Tail()),
        Single(
            "GroupAsync",
            c => c.GroupAsync("user-42", "acme", new Dictionary<string, object?> { ["name"] = "Acme", ["employees"] = 120 }, Pinned()),
            "/v1/group",
            "{\"type\":\"group\",\"userId\":\"user-42\",\"groupId\":\"acme\",\"traits\":{\"name\":\"Acme\",\"employees\":120}," + Tail()),
        Single(
            "SendAsync(Object)",
            c => c.SendAsync(PipelinesMessage.Object(
                "user-42", "acme", "2", new Dictionary<string, object?> { ["name"] = "Acme" }, new Dictionary<string, object?> { ["role"] = "admin" }, Pinned())),
            "/v1/group",
            "{\"type\":\"group\",\"userId\":\"user-42\",\"groupId\":\"acme\",\"traits\":{\"object_type_id\":\"2\",\"relationshipAttributes\":{\"role\":\"admin\"},\"name\":\"Acme\"}," + Tail()),
        Single(
            "AliasAsync",
            c => c.AliasAsync("user-42", "anon-7", Pinned()),
            "/v1/alias",
            "{\"type\":\"alias\",\"userId\":\"user-42\",\"previousId\":\"anon-7\"," + Tail()),
        Single(
            "SendAsync(UserDeleted)",
            c => c.SendAsync(PipelinesSemanticEvents.UserDeleted("user-42", Pinned())),
            "/v1/track",
            "{\"type\":\"track\",\"userId\":\"user-42\",\"event\":\"User Deleted\"," + Tail()),
        Single(
            "SendAsync(UserSuppressed)",
            c => c.SendAsync(PipelinesSemanticEvents.UserSuppressed("user-42", Pinned())),
            "/v1/track",
            "{\"type\":\"track\",\"userId\":\"user-42\",\"event\":\"User Suppressed\"," + Tail()),
        Single(
            "SendAsync(UserUnsuppressed)",
            c => c.SendAsync(PipelinesSemanticEvents.UserUnsuppressed("user-42", Pinned())),
            "/v1/track",
            "{\"type\":\"track\",\"userId\":\"user-42\",\"event\":\"User Unsuppressed\"," + Tail()),
        Single(
            "SendAsync(DeviceCreatedOrUpdated)",
            c => c.SendAsync(PipelinesSemanticEvents.DeviceCreatedOrUpdated("user-42", "apns-token-1", PipelinesDeviceType.Ios, Pinned())),
            "/v1/track",
            "{\"type\":\"track\",\"userId\":\"user-42\",\"event\":\"Device Created or Updated\"," + Tail(context: "\"device\":{\"token\":\"apns-token-1\",\"type\":\"ios\"},")),
        Single(
            "SendAsync(DeviceDeleted)",
            c => c.SendAsync(PipelinesSemanticEvents.DeviceDeleted("user-42", "fcm-token-2", options: Pinned())),
            "/v1/track",
            "{\"type\":\"track\",\"userId\":\"user-42\",\"event\":\"Device Deleted\"," + Tail(context: "\"device\":{\"token\":\"fcm-token-2\"},")),
        Single(
            "SendAsync(ObjectDeleted)",
            c => c.SendAsync(PipelinesSemanticEvents.ObjectDeleted("anon-7", "acme", 2, Pinned())),
            "/v1/track",
            "{\"type\":\"track\",\"anonymousId\":\"anon-7\",\"event\":\"Object Deleted\",\"properties\":{\"objectId\":\"acme\",\"objectTypeId\":2}," + Tail()),
        Single(
            "SendAsync(RelationshipDeleted)",
            c => c.SendAsync(PipelinesSemanticEvents.RelationshipDeleted("user-42", "acme", options: Pinned())),
            "/v1/track",
            "{\"type\":\"track\",\"userId\":\"user-42\",\"event\":\"Relationship Deleted\",\"properties\":{\"objectId\":\"acme\"}," + Tail()),
        Single(
            "SendAsync(ReportDeliveryEvent)",
            c => c.SendAsync(PipelinesSemanticEvents.ReportDeliveryEvent(
                "dlv-9", PipelinesDeliveryMetric.Clicked, new PipelinesDeliveryReport { Recipient = "ann@example.com", ActionValue = "buy", Href = "https://example.com/a" }, Pinned())),
            "/v1/track",
            "{\"type\":\"track\",\"event\":\"Report Delivery Event\",\"properties\":{\"deliveryId\":\"dlv-9\",\"metric\":\"clicked\",\"recipient\":\"ann@example.com\",\"actionValue\":\"buy\",\"href\":\"https://example.com/a\"}," + Tail()),
        Single(
            "SendAsync(ReportContentEvent)",
            c => c.SendAsync(PipelinesSemanticEvents.ReportContentEvent(PipelinesContentAction.ViewedContent, 41, 7, Pinned())),
            "/v1/track",
            "{\"type\":\"track\",\"event\":\"Report Content Event\",\"properties\":{\"actionType\":\"viewed_content\",\"contentId\":41,\"templateId\":7}," + Tail()),
        new Row(
            "SendBatchAsync",
            c => c.SendBatchAsync([PipelinesMessage.Identify("user-42", null, Pinned("m-1")), PipelinesMessage.Track("user-42", "Signed Up", null, Pinned("m-2"))]),
            "POST",
            "/v1/batch",
            "{\"batch\":[{\"type\":\"identify\",\"userId\":\"user-42\"," + Tail("m-1") + ",{\"type\":\"track\",\"userId\":\"user-42\",\"event\":\"Signed Up\"," + Tail("m-2") + "],\"sentAt\":\"" + SentAt + "\"}",
            "/v1/batch",
            true) { Api = Api },
        new Row(
            "SendBatchAsync(batch context, integrations)",
            c => c.SendBatchAsync(
                [PipelinesMessage.Identify("user-42", null, Pinned("m-1"))],
                new PipelinesContext { Channel = PipelinesChannel.Server, Ip = "203.0.113.9", Extra = new Dictionary<string, object?> { ["groupId"] = "acme" } },
                new Dictionary<string, bool> { ["All"] = true, ["Mixpanel"] = false }),
            "POST",
            "/v1/batch",
            "{\"batch\":[{\"type\":\"identify\",\"userId\":\"user-42\"," + Tail("m-1") + "],\"context\":{\"ip\":\"203.0.113.9\",\"channel\":\"server\",\"groupId\":\"acme\"},"
            + "\"integrations\":{\"All\":true,\"Mixpanel\":false},\"sentAt\":\"" + SentAt + "\"}",
            "/v1/batch",
            true) { Api = Api });

    public static TheoryData<string> Rows => Table.Names;

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_call_sends_exactly_its_request(string row)
    {
        var request = await Table.AssertGoesOutAsync(row);

        Assert.Equal("1", request.Header("X-Strict-Mode"));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Each_call_is_sent_again_byte_for_byte_after_an_ambiguous_failure(string row) => Table.AssertIdempotencyAsync(row);

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Each_error_names_the_path_template(string row) => Table.AssertErrorNamesTemplateAsync(row);

    private static Row Single(string name, Func<PipelinesClient, Task> call, string path, string message) =>
        new(name, call, "POST", path, Sent(message), path, true) { Api = Api };
}
