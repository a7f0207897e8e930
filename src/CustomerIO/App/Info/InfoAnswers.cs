using System.Text.Json.Serialization;

namespace CustomerIO.App;

/// <summary><c>{"ip_addresses":[..]}</c>: the addresses Customer.io sends webhooks and messages from.</summary>
internal sealed class IpAddressesAnswer
{
    [JsonPropertyName("ip_addresses")]
    public IReadOnlyList<string> IpAddresses { get; set; } = [];
}
