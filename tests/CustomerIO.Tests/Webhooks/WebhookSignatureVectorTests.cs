using System.Security.Cryptography;
using CustomerIO.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Tests.Webhooks;

/// <summary>Fixed signature vectors, each computed outside the verifier.</summary>
public sealed class WebhookSignatureVectorTests
{
    private const string Body = """{"event_id":"01E4C4HDG5TYDBBF1WPZ0SB5Q2","object_type":"email","metric":"sent","timestamp":1613063089,"data":{"delivery_id":"RPILAgABcRhIBqSp7kiPekGBIeVh"}}""";

    [Fact]
    public void The_test_signer_reproduces_RFC_4231s_published_HMAC_SHA256_vector()
    {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?". Checks the HMAC the vectors below
        // rest on; a signer that hashed, keyed or hex-encoded differently would fail here.
        using var hmac = new HMACSHA256("Jefe"u8.ToArray());
        var hex = Convert.ToHexStringLower(hmac.ComputeHash("what do ya want for nothing?"u8.ToArray()));

        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", hex);
    }

    [Fact]
    public void A_fixed_vector_computed_by_hand_is_accepted_and_one_changed_character_is_not()
    {
        // Computed once with `printf 'v0:1613063089:%s' "$BODY" | openssl dgst -sha256 -hmac whsec_test_secret` and
        // written down here, so neither the verifier nor the test's signer is trusted.
        const string Expected = "dc8edde5f407ddeff2fb48326d0d95538024fb857dbf5dffeab28e90116c5654";
        var signature = WebhookSigning.Sign("whsec_test_secret", "1613063089", Body);
        Assert.Equal(Expected, signature);

        var verifier = new WebhookSignatureVerifier("whsec_test_secret", At(1_613_063_089));
        Assert.Equal(WebhookRefusalReason.None, verifier.Verify("1613063089", Expected, Encoding.UTF8.GetBytes(Body)).Refusal);
        Assert.Equal(WebhookRefusalReason.WrongSignature, verifier.Verify("1613063089", Expected, Encoding.UTF8.GetBytes(Body.Replace("sent", "sEnt", StringComparison.Ordinal))).Refusal);
        Assert.Equal(WebhookRefusalReason.WrongSignature, verifier.Verify("1613063090", Expected, Encoding.UTF8.GetBytes(Body)).Refusal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{\"emoji\":\"\u00e9\u4e2d\ud83d\ude00\"}")]
    public void The_signature_is_over_the_raw_utf8_bytes(string body)
    {
        var verifier = new WebhookSignatureVerifier("s3cr3t", At(1_700_000_000));

        var result = verifier.Verify("1700000000", WebhookSigning.Sign("s3cr3t", "1700000000", body), Encoding.UTF8.GetBytes(body));

        Assert.Equal((true, 0), (result.IsValid, result.SecretIndex));
    }

    [Fact]
    public void Upper_case_hex_is_the_same_signature()
    {
        var verifier = new WebhookSignatureVerifier("s3cr3t", At(1_700_000_000));

        var result = verifier.Verify("1700000000", WebhookSigning.Sign("s3cr3t", "1700000000", Body).ToUpperInvariant(), Encoding.UTF8.GetBytes(Body));

        Assert.True(result.IsValid);
    }

    private static WebhookSignatureVerifierOptions At(long unixSeconds) =>
        new() { TimeProvider = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)) };
}
