using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace CustomerIO.Emulator.Webhooks;

/// <summary>
/// Sends reporting webhooks the way Customer.io does: the raw JSON body, <c>X-CIO-Timestamp</c>
/// (unix seconds) and <c>X-CIO-Signature</c> = lower-case hex HMAC-SHA256 keyed with the signing
/// secret over <c>"v0:" + timestamp + ":" + body</c>, with Customer.io's 4-second answer timeout.
/// </summary>
internal sealed class ReportingWebhookSender(TimeProvider time) : IDisposable
{
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(4) };

    public static string Sign(string signingSecret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"v0:{timestamp}:"));
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message));
    }

    /// <summary>Posts the signed payload and answers the receiver's status code.</summary>
    public Task<int> SendAsync(Uri target, string signingSecret, string payloadJson, CancellationToken cancellationToken) =>
        SendAsync(target, signingSecret, payloadJson, ReportingWebhookTampering.None, cancellationToken);

    /// <summary>Posts the payload, signed or spoilt as <paramref name="tampering"/> says, and answers the receiver's status code.</summary>
    public async Task<int> SendAsync(Uri target, string signingSecret, string payloadJson, ReportingWebhookTampering tampering, CancellationToken cancellationToken)
    {
        if (!target.IsAbsoluteUri || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The webhook target must be an absolute http or https URL.", nameof(target));
        }

        if (target.Host.EndsWith("customer.io", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The emulator never calls Customer.io hosts.", nameof(target));
        }

        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        var body = Encoding.UTF8.GetBytes(payloadJson);
        var now = time.GetUtcNow();
        var timestamp = (tampering == ReportingWebhookTampering.StaleTimestamp ? now - ReportingWebhookSenderDefaults.StaleBy : now).ToUnixTimeSeconds();
        var signature = Sign(signingSecret, timestamp, body);
        if (tampering == ReportingWebhookTampering.WrongSignature)
        {
            // Still 64 lower-case hex characters, so the receiver's answer is "wrong", not "malformed".
            signature = (signature[0] == '0' ? "1" : "0") + signature[1..];
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-CIO-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-CIO-Signature", signature);
        using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return (int)response.StatusCode;
    }

    public void Dispose() => _client.Dispose();
}
