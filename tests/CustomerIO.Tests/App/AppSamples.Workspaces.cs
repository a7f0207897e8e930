namespace CustomerIO.Tests.App;

/// <summary>Samples of the workspace, opt-out and info reads, shaped as Customer.io's OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string WorkspacesAnswer =
        """{"workspaces":[{"billable_messages_sent":75124,"id":130000,"messages_sent":100202,"name":"Workspace 1","object_types":4,"objects":10,"people":25666}]}""";

    public const string OptOutsPage =
        """{"next":"MTox","optouts":[{"cio_id":"cio_03000001","customer_id":"abc123","optouts":[{"channel":"sms","from":"+15551234567"},{"channel":"whatsapp","from":"+15559876543"}]}]}""";

    public const string IpAddressesAnswer = """{"ip_addresses":["34.122.160.119","35.188.170.64"]}""";
}
