using System.Security.Cryptography;

namespace CustomerIO.Tests.Webhooks;

/// <summary>
/// The test's own signer, written from Customer.io's documentation and not through the code under test: lower-case
/// hex of HMAC-SHA256 keyed with the secret over the UTF-8 bytes of <c>"v0:" + timestamp + ":" + body</c>.
/// </summary>
internal static class WebhookSigning
{
    public static string Sign(string secret, string timestamp, string body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes("v0:" + timestamp + ":" + body));
        return string.Concat(hash.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
