using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>Samples of the live notification operations, shaped as Customer.io's OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string InstanceId = "01HV3Z5Y7K8M9N0P1Q2R3S4T5V";

    public const string LiveNotificationStartJson =
        """{"identifiers":{"internal":"cio_a1"},"notification_type":"io.customer.livenotifications.segments","device_id":"tok-1","platform":"ios","app_identifier":"com.example.shop","expiration":1700003600,"attributes":{"header":"Order 42"},"content_state":{"status":"Packed","segmentsTotal":4,"segmentsComplete":1},"push_payload":{"alert":{"title":"Order 42","body":"Packed","sound":"default"}},"deep_link":"shop://orders/42"}""";

    public const string LiveNotificationUpdateJson =
        """{"instance_id":"01HV3Z5Y7K8M9N0P1Q2R3S4T5V","attributes":{"header":"Order 42"},"content_state":{"status":"Shipped"}}""";

    public const string LiveNotificationEndJson = """{"instance_id":"01HV3Z5Y7K8M9N0P1Q2R3S4T5V","deep_link":"shop://orders/42"}""";

    public const string LiveNotificationAnswer = """{"instance_id":"01HV3Z5Y7K8M9N0P1Q2R3S4T5V"}""";

    public const string LiveNotification =
        """{"ended_at":null,"expires_at":1700021600,"failure_reason":null,"instance_id":"01HV3Z5Y7K8M9N0P1Q2R3S4T5V","last_delivery":{"created_at":1700000100,"id":"dlv_9","operation":"update","source":"api","status":"sent"},"notification_type":"io.customer.livenotifications.segments","platform":"ios","started_at":1700000000,"state":"active"}""";

    public static LiveNotificationStart LiveNotificationStart => new(
        CustomerIdentifier.CioId("a1"),
        "io.customer.livenotifications.segments",
        new Dictionary<string, object?> { ["header"] = "Order 42" },
        new Dictionary<string, object?> { ["status"] = "Packed", ["segmentsTotal"] = 4, ["segmentsComplete"] = 1 })
    {
        DeviceId = "tok-1",
        Platform = MobilePlatform.Ios,
        AppIdentifier = "com.example.shop",
        Expiration = DateTimeOffset.FromUnixTimeSeconds(1_700_003_600),
        Alert = new LiveNotificationAlert("Order 42", "Packed") { Sound = "default" },
        DeepLink = "shop://orders/42",
    };

    public static LiveNotificationUpdate LiveNotificationUpdate =>
        new(InstanceId, new Dictionary<string, object?> { ["status"] = "Shipped" }) { Attributes = new Dictionary<string, object?> { ["header"] = "Order 42" } };

    public static LiveNotificationEnd LiveNotificationEnd => new(InstanceId) { DeepLink = "shop://orders/42" };
}
